import type { Component, PortCounters, ReadingEvent } from './api/types';

export const TEMPERATURE = 'temperature';
export const PERCENTAGE_USED = 'percentageUsed';

/**
 * Applies a live `reading` event to the matching component in place.
 * Returns the component it changed, or null when the event is for another sensor or component,
 * or is older than what the component already shows.
 */
export function applyReading(components: Component[], ev: ReadingEvent): Component | null {
  const component = components.find((c) => c.id === ev.componentId);
  if (!component || typeof ev.value !== 'number' || !Number.isFinite(ev.value)) return null;
  const health = component.health;
  if (health.readAt && ev.at && Date.parse(ev.at) < Date.parse(health.readAt)) return null;
  if (ev.sensor === TEMPERATURE) health.temperatureCelsius = ev.value;
  else if (ev.sensor === PERCENTAGE_USED) health.percentageUsed = ev.value;
  else return null;
  if (ev.at) health.readAt = ev.at;
  return component;
}

export interface Summary {
  present: number;
  absent: number;
  warnings: number;
  critical: number;
  hottest: { id: string; name: string; celsius: number } | null;
}

export function summarize(components: Component[]): Summary {
  let present = 0;
  let absent = 0;
  let warnings = 0;
  let critical = 0;
  let hottest: Summary['hottest'] = null;
  for (const c of components) {
    if (c.state === 'PRESENT') present++;
    else absent++;
    if (c.health.status === 'WARNING') warnings++;
    if (c.health.status === 'CRITICAL') critical++;
    const t = c.health.temperatureCelsius;
    if (c.state === 'PRESENT' && typeof t === 'number' && (hottest === null || t > hottest.celsius)) {
      hottest = { id: c.id, name: c.name, celsius: t };
    }
  }
  return { present, absent, warnings, critical, hottest };
}

/** Natural order by slot then name ("Bay 2" before "Bay 10"). */
export function compareComponents(a: Component, b: Component): number {
  const key = (c: Component) => c.location?.slot || c.name || c.id;
  return key(a).localeCompare(key(b), undefined, { numeric: true }) || a.id.localeCompare(b.id);
}

export function formatCelsius(value: number | null | undefined): string {
  return typeof value === 'number' && Number.isFinite(value) ? `${value.toFixed(1)} °C` : '—';
}

/** Renders a UCUM unit code as people read it ("Cel" is degrees Celsius, "1" a plain count). */
export function formatUnit(unit: string): string {
  const names: Record<string, string> = { Cel: '°C', '%': '%', W: 'W', V: 'V', A: 'A', '1': '' };
  return names[unit] ?? unit;
}

export function formatPercent(value: number | null | undefined): string {
  return typeof value === 'number' && Number.isFinite(value) ? `${Math.round(value)} %` : '—';
}

export function formatAddress(value: number | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'number') return `0x${value.toString(16).padStart(2, '0')}`;
  return value;
}

export function formatClock(hz: number | null | undefined): string {
  if (typeof hz !== 'number') return '—';
  return hz >= 1_000_000 ? `${hz / 1_000_000} MHz` : `${hz / 1000} kHz`;
}

/** "12 s ago", "3 min ago"; absolute time beyond a day. */
export function formatAge(iso: string | null | undefined, now: number): string {
  if (!iso) return '—';
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return '—';
  const s = Math.max(0, Math.round((now - t) / 1000));
  if (s < 60) return `${s} s ago`;
  if (s < 3600) return `${Math.floor(s / 60)} min ago`;
  if (s < 86400) return `${Math.floor(s / 3600)} h ago`;
  return new Date(t).toISOString().replace('T', ' ').slice(0, 19);
}

/** "25 Gb/s full", "100 Mb/s", "2.5 Gb/s"; a dash without link (speed 0). */
export function formatSpeed(mbps: number | null | undefined, duplex?: string | null): string {
  if (typeof mbps !== 'number' || !(mbps > 0)) return '—';
  const speed = mbps >= 1000 ? `${mbps / 1000} Gb/s` : `${mbps} Mb/s`;
  return duplex ? `${speed} ${duplex}` : speed;
}

/** A counter, exact below 10 000, else with k / M / G / T (1000s): "9999", "12.3 k", "4.00 G"; a dash when missing. */
export function formatCount(n: number | null | undefined): string {
  if (typeof n !== 'number' || !Number.isFinite(n)) return '—';
  if (n < 0) return '—';
  if (n < 10_000) return String(n);
  const units = ['k', 'M', 'G', 'T', 'P', 'E'];
  let v = n;
  let i = -1;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return `${v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2)} ${units[i]}`;
}

/**
 * A port's receive and transmit errors other than FCS, each named: alignment, runt, jabber, false carrier, late and
 * excessive collisions (the last are frames dropped on transmit). Zero counters are left out.
 */
export function otherPortErrors(c: PortCounters): { total: number; parts: string[] } {
  const named: [string, number][] = [
    ['alignment', c.rxAlignmentErrors], ['runt', c.rxRuntPackets], ['jabber', c.rxJabberPackets],
    ['false carrier', c.rxFalseCarrier], ['late collisions', c.txLateCollisions], ['excessive collisions', c.txExcessiveCollisions],
  ];
  const nonZero = named.filter(([, v]) => v > 0);
  return { total: nonZero.reduce((sum, [, v]) => sum + v, 0), parts: nonZero.map(([k, v]) => `${k} ${v}`) };
}

/** A length of time in its two largest units: "45 s", "3 min 20 s", "2 h 5 min", "3 d 4 h". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ''}`;
  if (s < 86400) return `${Math.floor(s / 3600)} h${Math.floor((s % 3600) / 60) ? ` ${Math.floor((s % 3600) / 60)} min` : ''}`;
  return `${Math.floor(s / 86400)} d${Math.floor((s % 86400) / 3600) ? ` ${Math.floor((s % 86400) / 3600)} h` : ''}`;
}

/** An instant as UTC "2026-01-01 00:59:48"; a dash when missing. */
export function formatInstant(iso: string | null | undefined): string {
  if (!iso) return '—';
  const t = Date.parse(iso);
  return Number.isNaN(t) ? '—' : new Date(t).toISOString().replace('T', ' ').slice(0, 19);
}
