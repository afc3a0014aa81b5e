import { describe, expect, it } from 'vitest';
import type { Component } from './api/types';
import { applyReading, compareComponents, formatAddress, formatAge, formatCelsius, formatClock, formatCount, formatDuration, formatInstant, formatSpeed, formatUnit, otherPortErrors, summarize } from './model';

function drive(id: string, overrides: Partial<Component> = {}, health: Partial<Component['health']> = {}): Component {
  return {
    id,
    componentClass: 'DRIVE',
    name: `Drive ${id}`,
    location: { bus: 'smbus0', address: 0x1d, slot: `Bay ${id.replace(/\D/g, '')}` },
    state: 'PRESENT',
    endpoint: { network: 1, eid: 9 },
    assets: { serialNumber: `SN-${id}` },
    health: { status: 'OK', temperatureCelsius: 35, percentageUsed: 3, warnings: [], readAt: '2026-01-01T00:00:00Z', ...health },
    ...overrides,
  };
}

describe('applyReading', () => {
  it('sets the temperature and read time of the matching component', () => {
    const list = [drive('nvme0'), drive('nvme1')];
    const changed = applyReading(list, { componentId: 'nvme1', sensor: 'temperature', value: 47.25, unit: 'Cel', at: '2026-01-01T00:00:05Z' });
    expect(changed?.id).toBe('nvme1');
    expect(list[1].health.temperatureCelsius).toBe(47.25);
    expect(list[1].health.readAt).toBe('2026-01-01T00:00:05Z');
    expect(list[0].health.temperatureCelsius).toBe(35);
  });

  it('sets percentage used from its own sensor', () => {
    const list = [drive('nvme0')];
    applyReading(list, { componentId: 'nvme0', sensor: 'percentageUsed', value: 12, unit: '%', at: '2026-01-01T00:00:05Z' });
    expect(list[0].health.percentageUsed).toBe(12);
  });

  it('ignores readings for unknown components, unknown sensors and older times', () => {
    const list = [drive('nvme0')];
    expect(applyReading(list, { componentId: 'nvme9', sensor: 'temperature', value: 50, unit: 'Cel', at: '2026-01-01T00:00:05Z' })).toBeNull();
    expect(applyReading(list, { componentId: 'nvme0', sensor: 'power', value: 50, unit: 'W', at: '2026-01-01T00:00:05Z' })).toBeNull();
    expect(applyReading(list, { componentId: 'nvme0', sensor: 'temperature', value: 50, unit: 'Cel', at: '2025-12-31T23:59:59Z' })).toBeNull();
    expect(list[0].health.temperatureCelsius).toBe(35);
  });
});

describe('summarize', () => {
  it('counts present, absent and unhealthy components and finds the hottest present drive', () => {
    const s = summarize([
      drive('nvme0', {}, { temperatureCelsius: 40 }),
      drive('nvme1', {}, { status: 'WARNING', temperatureCelsius: 55.5 }),
      drive('nvme2', {}, { status: 'CRITICAL', temperatureCelsius: 51 }),
      drive('nvme3', { state: 'ABSENT' }, { status: 'UNKNOWN', temperatureCelsius: 90 }),
    ]);
    expect(s).toEqual({ present: 3, absent: 1, warnings: 1, critical: 1, hottest: { id: 'nvme1', name: 'Drive nvme1', celsius: 55.5 } });
  });

  it('has no hottest drive without readings', () => {
    expect(summarize([drive('nvme0', {}, { temperatureCelsius: null })]).hottest).toBeNull();
  });
});

describe('formatting', () => {
  it('orders slots naturally', () => {
    const ids = [drive('nvme10'), drive('nvme2'), drive('nvme0')].sort(compareComponents).map((c) => c.id);
    expect(ids).toEqual(['nvme0', 'nvme2', 'nvme10']);
  });

  it('formats values for the tables', () => {
    expect(formatCelsius(41.26)).toBe('41.3 °C');
    expect(formatCelsius(null)).toBe('—');
    expect(formatAddress(0x1d)).toBe('0x1d');
    expect(formatAddress(0x0a)).toBe('0x0a');
    expect(formatUnit('Cel')).toBe('°C');
    expect(formatUnit('mV')).toBe('mV');
    expect(formatUnit('1')).toBe('');
    expect(formatClock(100_000)).toBe('100 kHz');
    expect(formatClock(1_000_000)).toBe('1 MHz');
    const now = Date.parse('2026-01-01T01:00:00Z');
    expect(formatAge('2026-01-01T00:59:48Z', now)).toBe('12 s ago');
    expect(formatAge('2026-01-01T00:57:00Z', now)).toBe('3 min ago');
    expect(formatAge(null, now)).toBe('—');
  });

  it('formats link speeds with duplex', () => {
    expect(formatSpeed(25_000, 'full')).toBe('25 Gb/s full');
    expect(formatSpeed(2_500)).toBe('2.5 Gb/s');
    expect(formatSpeed(100, 'half')).toBe('100 Mb/s half');
    expect(formatSpeed(0, 'full')).toBe('—');
    expect(formatSpeed(null)).toBe('—');
  });

  it('formats packet counters exactly when small and with 1000s units when large', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(9_999)).toBe('9999');
    expect(formatCount(12_345)).toBe('12.3 k');
    expect(formatCount(4_000_000_023)).toBe('4.00 G');
    expect(formatCount(null)).toBe('—');
    expect(formatCount(-1)).toBe('—');
  });

  it('names the non-zero port errors other than FCS and sums them', () => {
    const counters = {
      rxBytes: 0, txBytes: 0, rxPackets: 0, txPackets: 0, rxFcsErrors: 7, rxAlignmentErrors: 2, rxRuntPackets: 0,
      rxJabberPackets: 3, rxFalseCarrier: 0, txLateCollisions: 0, txExcessiveCollisions: 1, rxPauseXoff: 9, counterBits: 64,
      readAt: '2026-01-01T00:00:00Z',
    };
    expect(otherPortErrors(counters)).toEqual({ total: 6, parts: ['alignment 2', 'jabber 3', 'excessive collisions 1'] });
    expect(otherPortErrors({ ...counters, rxAlignmentErrors: 0, rxJabberPackets: 0, txExcessiveCollisions: 0 }))
      .toEqual({ total: 0, parts: [] });
  });

  it('formats durations in their two largest units', () => {
    expect(formatDuration(45)).toBe('45 s');
    expect(formatDuration(200)).toBe('3 min 20 s');
    expect(formatDuration(180)).toBe('3 min');
    expect(formatDuration(7_500)).toBe('2 h 5 min');
    expect(formatDuration(3_600)).toBe('1 h');
    expect(formatDuration(273_600)).toBe('3 d 4 h');
    expect(formatDuration(-5)).toBe('0 s');
    expect(formatInstant('2026-01-01T00:59:48.123Z')).toBe('2026-01-01 00:59:48');
    expect(formatInstant(null)).toBe('—');
  });
});
