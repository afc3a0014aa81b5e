import { describe, expect, it } from 'vitest';
import type { AssetPeriod } from './api/types';
import { assetChanges, firstRecorded, portTimeline } from './history';

describe('portTimeline', () => {
  it('makes each change last until the next one and the newest until now', () => {
    const now = Date.parse('2026-01-01T01:00:00Z');
    const periods = portTimeline([
      { at: '2026-01-01T00:50:00Z', link: 'UP', speedMbps: 25000 },
      { at: '2026-01-01T00:45:30Z', link: 'DOWN', speedMbps: 0 },
      { at: '2026-01-01T00:00:00Z', link: 'UP', speedMbps: 25000 },
    ], now);
    expect(periods).toEqual([
      { at: '2026-01-01T00:50:00Z', link: 'UP', speedMbps: 25000, seconds: 600, current: true },
      { at: '2026-01-01T00:45:30Z', link: 'DOWN', speedMbps: 0, seconds: 270, current: false },
      { at: '2026-01-01T00:00:00Z', link: 'UP', speedMbps: 25000, seconds: 2730, current: false },
    ]);
  });

  it('orders entries that arrive out of order and is empty without history', () => {
    const now = Date.parse('2026-01-01T00:10:00Z');
    const periods = portTimeline([
      { at: '2026-01-01T00:00:00Z', link: 'UP', speedMbps: 1000 },
      { at: '2026-01-01T00:05:00Z', link: 'DOWN', speedMbps: 0 },
    ], now);
    expect(periods.map((p) => [p.link, p.seconds, p.current])).toEqual([['DOWN', 300, true], ['UP', 300, false]]);
    expect(portTimeline([], now)).toEqual([]);
  });
});

describe('assetChanges', () => {
  const periods: AssetPeriod[] = [
    { key: 'firmwareRevision', value: '1.0', validFrom: '2026-01-01T00:00:00Z', validTo: '2026-01-02T00:00:00Z' },
    { key: 'firmwareRevision', value: '1.1', validFrom: '2026-01-02T00:00:00Z', validTo: null },
    { key: 'serialNumber', value: 'SN1', validFrom: '2025-12-31T00:00:00Z', validTo: null },
  ];

  it('keeps only the keys whose value changed, newest period first', () => {
    expect(assetChanges(periods).map((p) => p.value)).toEqual(['1.1', '1.0']);
    expect(assetChanges(periods.slice(2))).toEqual([]);
  });

  it('finds when the assets were first recorded', () => {
    expect(firstRecorded(periods)).toBe('2025-12-31T00:00:00Z');
    expect(firstRecorded([])).toBeNull();
  });
});
