import type { AssetPeriod, PortChange } from './api/types';

/** One entry of a port's link timeline: what the link was from `at`, for how long, and whether it still is. */
export interface PortPeriod {
  at: string;
  link: PortChange['link'];
  speedMbps: number;
  /** Until the next (newer) change, or until now for the current state. */
  seconds: number;
  current: boolean;
}

/**
 * A port's history (GET .../ports/{port}/history, newest first) as periods, newest first:
 * each lasts until the change after it; the newest one lasts until now.
 */
export function portTimeline(newestFirst: PortChange[], now: number): PortPeriod[] {
  const sorted = [...newestFirst].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return sorted.map((c, i) => {
    const end = i === 0 ? now : Date.parse(sorted[i - 1].at);
    return { at: c.at, link: c.link, speedMbps: c.speedMbps, seconds: Math.max(0, Math.round((end - Date.parse(c.at)) / 1000)), current: i === 0 };
  });
}

/** The asset values that changed: every period of a key that had more than one value, newest first. */
export function assetChanges(periods: AssetPeriod[]): AssetPeriod[] {
  const count = new Map<string, number>();
  for (const p of periods) count.set(p.key, (count.get(p.key) ?? 0) + 1);
  return periods
    .filter((p) => (count.get(p.key) ?? 0) > 1)
    .sort((a, b) => Date.parse(b.validFrom) - Date.parse(a.validFrom) || a.key.localeCompare(b.key));
}

/** When the component's assets were first recorded (the oldest period), or null without any. */
export function firstRecorded(periods: AssetPeriod[]): string | null {
  let first: string | null = null;
  for (const p of periods) if (first === null || Date.parse(p.validFrom) < Date.parse(first)) first = p.validFrom;
  return first;
}
