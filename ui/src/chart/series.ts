import type { Reading } from '../api/types';

/** A time series for uPlot: x in seconds since the epoch, kept sorted and within a window. */
/** Readings further apart than this are drawn with a gap (drive absent, or the platform was down). */
export const GAP_SECONDS = 10;

export class TimeSeries {
  readonly x: number[] = [];
  readonly y: number[] = [];

  constructor(private readonly windowSeconds: number) {}

  static fromReadings(readings: Reading[], sensor: string, windowSeconds: number): TimeSeries {
    const series = new TimeSeries(windowSeconds);
    const points = readings
      .filter((r) => r.sensor === sensor && Number.isFinite(r.value))
      .map((r) => [Date.parse(r.at) / 1000, r.value] as const)
      .filter(([t]) => Number.isFinite(t))
      .sort((a, b) => a[0] - b[0]);
    for (const [t, v] of points) series.add(t, v);
    return series;
  }

  /** Appends a point; a point not after the last one is ignored. Returns whether it was added. */
  add(seconds: number, value: number): boolean {
    const last = this.x.length ? this.x[this.x.length - 1] : -Infinity;
    if (!(seconds > last) || !Number.isFinite(value)) return false;
    this.x.push(seconds);
    this.y.push(value);
    this.trim(seconds);
    return true;
  }

  /** Drops points older than the window ending at nowSeconds. */
  trim(nowSeconds: number): void {
    const cutoff = nowSeconds - this.windowSeconds;
    let drop = 0;
    while (drop < this.x.length && this.x[drop] < cutoff) drop++;
    if (drop > 0) {
      this.x.splice(0, drop);
      this.y.splice(0, drop);
    }
  }

  points(): [number, number][] {
    return this.x.map((t, i) => [t, this.y[i]]);
  }

  /** The data for uPlot: a null between readings more than GAP_SECONDS apart breaks the line there. */
  plotData(): [number[], (number | null)[]] {
    const xs: number[] = [];
    const ys: (number | null)[] = [];
    this.x.forEach((t, i) => {
      if (i > 0 && t - this.x[i - 1] > GAP_SECONDS) {
        xs.push((this.x[i - 1] + t) / 2);
        ys.push(null);
      }
      xs.push(t);
      ys.push(this.y[i]);
    });
    return [xs, ys];
  }

  last(): number | null {
    return this.x.length ? this.x[this.x.length - 1] : null;
  }

  get length(): number {
    return this.x.length;
  }
}
