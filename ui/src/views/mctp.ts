import type { Endpoint, MctpInterface, PlatformEvent } from '../api/types';
import { h } from '../dom';
import { formatAddress, formatAge, formatClock } from '../model';
import { endpointStateBadge, linkBadge, upBadge } from './badges';

const n = (v: number | undefined | null) => (typeof v === 'number' ? v.toLocaleString('en-US') : '—');

/**
 * MCTP interfaces: binding, administrative state (up/down through the API) and the medium's link state,
 * clock, MTU, local EID/address, traffic and drop counters.
 */
export function renderInterfaces(interfaces: MctpInterface[]): HTMLElement {
  const head = ['Interface', 'Binding', 'Admin', 'Link', 'Clock', 'MTU', 'Network', 'Local EID', 'Local addr', 'Packets in / out', 'Messages in / out', 'Drops'];
  return h('table', { className: 'table', 'data-testid': 'interfaces-table' },
    h('thead', {}, h('tr', {}, ...head.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {},
      ...(interfaces.length === 0
        ? [h('tr', {}, h('td', { colspan: head.length, className: 'empty' }, 'No interfaces.'))]
        : interfaces.map((i) =>
            h('tr', { 'data-testid': 'interface-row', 'data-interface': i.name, 'data-up': String(i.up), 'data-link-up': String(i.linkUp) },
              h('td', { className: 'strong' }, i.name),
              h('td', {}, i.binding),
              h('td', { 'data-testid': 'admin-state' }, upBadge(i.up)),
              h('td', { 'data-testid': 'link-state' }, linkBadge(i.linkUp)),
              h('td', { className: 'num' }, formatClock(i.clockHz)),
              h('td', { className: 'num' }, String(i.mtu)),
              h('td', { className: 'num' }, String(i.network)),
              h('td', { className: 'num mono' }, String(i.localEid)),
              h('td', { className: 'mono' }, formatAddress(i.localAddress)),
              h('td', { className: 'num', 'data-testid': 'packets' }, `${n(i.counters?.packetsIn)} / ${n(i.counters?.packetsOut)}`),
              h('td', { className: 'num', 'data-testid': 'messages' }, `${n(i.counters?.messagesIn)} / ${n(i.counters?.messagesOut)}`),
              h('td', { 'data-testid': 'drops' }, renderDrops(i.drops)),
            ),
          )),
    ),
  );
}

function renderDrops(drops: Record<string, number> | undefined): HTMLElement {
  const entries = Object.entries(drops ?? {}).filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1]);
  if (entries.length === 0) return h('span', { className: 'sub' }, 'none');
  return h('div', { className: 'chips' },
    ...entries.map(([reason, count]) => h('span', { className: 'chip warn', title: reason }, `${reason} ${n(count)}`)),
  );
}

/** Discovered MCTP endpoints. */
export function renderEndpoints(endpoints: Endpoint[], now: number): HTMLElement {
  const head = ['EID', 'Network', 'Interface', 'Physical addr', 'Message types', 'State', 'Component', 'Last seen'];
  const sorted = [...endpoints].sort((a, b) => a.network - b.network || a.eid - b.eid);
  return h('table', { className: 'table', 'data-testid': 'endpoints-table' },
    h('thead', {}, h('tr', {}, ...head.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {},
      ...(sorted.length === 0
        ? [h('tr', {}, h('td', { colspan: head.length, className: 'empty' }, 'No endpoints discovered yet.'))]
        : sorted.map((e) =>
            h('tr', { 'data-testid': 'endpoint-row', 'data-eid': e.eid, title: e.uuid ? `UUID ${e.uuid}` : null },
              h('td', { className: 'num mono strong' }, String(e.eid)),
              h('td', { className: 'num' }, String(e.network)),
              h('td', {}, e.interface),
              h('td', { className: 'mono' }, formatAddress(e.physicalAddress)),
              h('td', {}, h('div', { className: 'chips' }, ...(e.messageTypes ?? []).map((t) => h('span', { className: 'chip' }, t)))),
              h('td', {}, endpointStateBadge(e.state)),
              h('td', {}, e.componentId ? h('a', { href: `#/components/${encodeURIComponent(e.componentId)}` }, e.componentId) : '—'),
              h('td', { className: 'sub' }, formatAge(e.lastSeen, now)),
            ),
          )),
    ),
  );
}

/** Recent platform events, newest first. */
export function renderEvents(events: PlatformEvent[], now: number): HTMLElement {
  if (events.length === 0) return h('p', { className: 'empty' }, 'No events yet.');
  return h('ul', { className: 'events', 'data-testid': 'events-list' },
    ...events.map((e) =>
      h('li', {},
        h('span', { className: 'event-type' }, e.type),
        h('span', { className: 'event-message' },
          e.componentId ? h('a', { href: `#/components/${encodeURIComponent(e.componentId)}` }, e.componentId) : null,
          e.componentId ? ' ' : null,
          e.message),
        h('span', { className: 'event-time', title: e.at }, formatAge(e.at, now)),
      ),
    ),
  );
}
