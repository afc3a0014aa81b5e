import { CLASS_GROUPS, type ClassFilter, type ClassGroup } from './inventoryGroups';

/**
 * The pages and their state as the URL hash holds it, so each can be linked:
 * {@code #/} or {@code #/?class=nic} (the dashboard, inventory filtered to a class group) and
 * {@code #/components/19} or {@code #/components/19?port=1} (a component, one NIC port's history open).
 */
export type Route =
  | { kind: 'dashboard'; filter: ClassFilter }
  | { kind: 'detail'; id: string; port: number | null };

export function parseRoute(hash: string): Route {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  const detail = /^\/components\/([^/]+)\/?$/.exec(path);
  if (detail) {
    const port = params.get('port');
    return { kind: 'detail', id: decodeURIComponent(detail[1]), port: port !== null && /^\d+$/.test(port) ? Number(port) : null };
  }
  const cls = (params.get('class') ?? '').toUpperCase();
  return { kind: 'dashboard', filter: (CLASS_GROUPS as readonly string[]).includes(cls) ? (cls as ClassGroup) : 'ALL' };
}

export function dashboardHash(filter: ClassFilter): string {
  return filter === 'ALL' ? '#/' : `#/?class=${filter.toLowerCase()}`;
}

export function componentHash(id: string, port?: number | null): string {
  const base = `#/components/${encodeURIComponent(id)}`;
  return port === null || port === undefined ? base : `${base}?port=${port}`;
}
