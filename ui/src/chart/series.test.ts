import { describe, expect, it } from 'vitest';
import { GAP_SECONDS, TimeSeries } from './series';

describe('TimeSeries', () => {
  it('builds sorted points in seconds from one sensor of a readings page', () => {
    const s = TimeSeries.fromReadings(
      [
        { sensor: 'temperature', value: 36, unit: 'Cel', at: '2026-01-01T00:00:10Z' },
        { sensor: 'percentageUsed', value: 3, unit: '%', at: '2026-01-01T00:00:05Z' },
        { sensor: 'temperature', value: 35, unit: 'Cel', at: '2026-01-01T00:00:00Z' },
      ],
      'temperature',
      900,
    );
    const t0 = Date.parse('2026-01-01T00:00:00Z') / 1000;
    expect(s.x).toEqual([t0, t0 + 10]);
    expect(s.y).toEqual([35, 36]);
  });

  it('ignores points that are not after the last one', () => {
    const s = new TimeSeries(900);
    expect(s.add(100, 1)).toBe(true);
    expect(s.add(100, 2)).toBe(false);
    expect(s.add(99, 3)).toBe(false);
    expect(s.points()).toEqual([[100, 1]]);
  });

  it('drops points that slide out of the window', () => {
    const s = new TimeSeries(900);
    s.add(0, 30);
    s.add(500, 31);
    s.add(901, 32);
    expect(s.x).toEqual([500, 901]);
    s.trim(1500);
    expect(s.x).toEqual([901]);
    expect(s.last()).toBe(901);
  });
});

describe('TimeSeries gaps', () => {
  it('breaks the line where readings are more than GAP_SECONDS apart', () => {
    const s = new TimeSeries(3600);
    s.add(100, 30);
    s.add(101, 31);
    s.add(101 + GAP_SECONDS + 1, 25);
    expect(s.plotData()).toEqual([[100, 101, 101 + (GAP_SECONDS + 1) / 2, 101 + GAP_SECONDS + 1], [30, 31, null, 25]]);
    expect(s.points()).toEqual([[100, 30], [101, 31], [101 + GAP_SECONDS + 1, 25]]);
  });
});
