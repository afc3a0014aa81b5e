import { h } from '../dom';
import type { ComponentState, HealthStatus } from '../api/types';

const HEALTH_TONE: Record<string, string> = { OK: 'ok', WARNING: 'warn', CRITICAL: 'crit', UNKNOWN: 'muted' };

export function stateBadge(state: ComponentState): HTMLElement {
  return h('span', { className: `badge ${state === 'PRESENT' ? 'ok' : 'muted'}`, 'data-testid': 'state-badge', 'data-state': state }, state);
}

export function healthBadge(status: HealthStatus | undefined, present = true): HTMLElement {
  const value = present ? (status ?? 'UNKNOWN') : 'UNKNOWN';
  return h('span', { className: `badge ${HEALTH_TONE[value] ?? 'muted'}`, 'data-testid': 'health-badge', 'data-status': value }, value);
}

export function upBadge(up: boolean): HTMLElement {
  return h('span', { className: `badge ${up ? 'ok' : 'crit'}` }, up ? 'UP' : 'DOWN');
}

/** A medium's link state; unknown (an older platform without linkUp) is muted. */
export function linkBadge(linkUp: boolean | null | undefined): HTMLElement {
  if (typeof linkUp !== 'boolean') return h('span', { className: 'badge muted' }, 'UNKNOWN');
  return h('span', { className: `badge ${linkUp ? 'ok' : 'crit'}` }, linkUp ? 'LINK UP' : 'NO LINK');
}

/** A NIC port's link (NC-SI Get Link Status). */
export function portLinkBadge(link: string): HTMLElement {
  return h('span', { className: `badge ${link === 'UP' ? 'ok' : link === 'DOWN' ? 'crit' : 'muted'}`, 'data-testid': 'port-link' }, link);
}

export function endpointStateBadge(state: string): HTMLElement {
  return h('span', { className: `badge ${state === 'AVAILABLE' ? 'ok' : 'muted'}` }, state);
}
