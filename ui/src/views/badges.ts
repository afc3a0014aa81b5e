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

export function endpointStateBadge(state: string): HTMLElement {
  return h('span', { className: `badge ${state === 'AVAILABLE' ? 'ok' : 'muted'}` }, state);
}
