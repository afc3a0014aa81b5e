import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { h } from '../dom';
import { TimeSeries } from './series';

/** A uPlot line chart of one sensor over a sliding window, appended live. */
export class SensorChart {
  readonly element: HTMLElement;
  private plot: uPlot | null = null;
  private readonly resize = () => this.fit();

  /** {@code unit} as people read it ("°C", "%"); {@code label} names the line in the legend. */
  constructor(
    private readonly series: TimeSeries,
    private readonly windowSeconds: number,
    readonly sensor: string,
    private readonly label: string,
    private readonly unit: string,
  ) {
    this.element = h('div', { className: 'chart', 'data-testid': 'sensor-chart', 'data-sensor': sensor, 'data-points': series.length });
  }

  /** Creates the plot; call once the element is in the document so it can be measured. */
  mount(): void {
    const width = Math.max(320, this.element.clientWidth || 800);
    const unit = this.unit;
    const label = this.label;
    const empty: [number, number] = unit === '°C' ? [20, 60] : [0, 100];
    const withUnit = (v: number, digits?: number) => `${digits === undefined ? v : v.toFixed(digits)}${unit ? ` ${unit}` : ''}`;
    const windowSeconds = this.windowSeconds;
    const options: uPlot.Options = {
      width,
      height: 280,
      cursor: { drag: { x: false, y: false } },
      legend: { live: true },
      scales: {
        x: { time: true, range: () => { const now = Date.now() / 1000; return [now - windowSeconds, now]; } },
        y: {
          range: (_u, min, max) => {
            if (min == null || max == null || !Number.isFinite(min)) return empty;
            const pad = Math.max(unit === '°C' ? 2 : 1, (max - min) * 0.15);
            return [Math.floor(min - pad), Math.ceil(max + pad)];
          },
        },
      },
      axes: [
        { stroke: '#64748b', grid: { stroke: '#e2e8f0', width: 1 }, ticks: { stroke: '#e2e8f0', width: 1 } },
        {
          stroke: '#64748b',
          grid: { stroke: '#e2e8f0', width: 1 },
          ticks: { stroke: '#e2e8f0', width: 1 },
          values: (_u, splits) => splits.map((v) => withUnit(v)),
          size: 64,
        },
      ],
      series: [
        {},
        {
          label,
          stroke: '#2563eb',
          width: 2,
          fill: 'rgba(37, 99, 235, 0.08)',
          points: { show: false },
          value: (_u, v) => (v == null ? '—' : withUnit(v, 1)),
        },
      ],
    };
    this.plot = new uPlot(options, this.series.plotData(), this.element);
    window.addEventListener('resize', this.resize);
  }

  /** Adds a reading (seconds since the epoch) and redraws. */
  append(seconds: number, value: number): void {
    if (!this.series.add(seconds, value)) return;
    this.redraw();
  }

  /** Slides the window forward even when no reading arrived. */
  tick(): void {
    this.series.trim(Date.now() / 1000);
    this.redraw();
  }

  lastSeconds(): number | null {
    return this.series.last();
  }

  destroy(): void {
    window.removeEventListener('resize', this.resize);
    this.plot?.destroy();
    this.plot = null;
  }

  private redraw(): void {
    this.element.setAttribute('data-points', String(this.series.length));
    this.plot?.setData(this.series.plotData());
  }

  private fit(): void {
    if (!this.plot) return;
    const width = Math.max(320, this.element.clientWidth);
    if (width !== this.plot.width) this.plot.setSize({ width, height: this.plot.height });
  }
}
