import type { Component, Port } from './api/types';
import { compareComponents } from './model';

/** The inventory's class groups, in the order the page shows them; OTHER is every class not named. */
export type ClassGroup = 'NIC' | 'HBA' | 'DRIVE' | 'OTHER';
export const CLASS_GROUPS: readonly ClassGroup[] = ['NIC', 'HBA', 'DRIVE', 'OTHER'];
/** The inventory filter: one group, or ALL. */
export type ClassFilter = ClassGroup | 'ALL';

export const GROUP_LABELS: Record<ClassGroup, string> = { NIC: 'NICs', HBA: 'HBAs', DRIVE: 'Drives', OTHER: 'Other' };

export interface InventoryRow {
  component: Component;
  /** 1 for a component shown under the component that reports it (a drive under its HBA). */
  depth: 0 | 1;
  /** The component that reports this one, when it is in the list. */
  parent: Component | null;
}

export interface InventoryGroup {
  key: ClassGroup;
  rows: InventoryRow[];
}

export function classGroup(c: Component): ClassGroup {
  const k = (c.componentClass ?? '').toUpperCase();
  return k === 'NIC' || k === 'HBA' || k === 'DRIVE' ? k : 'OTHER';
}

/**
 * The inventory by class group. A component reported by another one in the list (a drive behind an HBA)
 * follows its parent at depth 1, in the parent's group. Filtered to DRIVE, the drives behind HBAs are
 * listed too, after the directly attached ones, with their parent named but not shown.
 */
export function groupInventory(components: Component[], filter: ClassFilter): InventoryGroup[] {
  const byId = new Map(components.map((c) => [c.id, c]));
  const parentOf = (c: Component) => (c.parentId ? byId.get(c.parentId) ?? null : null);
  const childrenOf = new Map<string, Component[]>();
  for (const c of components) {
    const p = parentOf(c);
    if (p) childrenOf.set(p.id, [...(childrenOf.get(p.id) ?? []), c]);
  }
  const groups: InventoryGroup[] = [];
  for (const key of CLASS_GROUPS) {
    if (filter !== 'ALL' && filter !== key) continue;
    const rows: InventoryRow[] = [];
    const top = components.filter((c) => classGroup(c) === key && !parentOf(c)).sort(compareComponents);
    for (const c of top) {
      rows.push({ component: c, depth: 0, parent: null });
      for (const child of (childrenOf.get(c.id) ?? []).sort((a, b) => compareSlots(a, b, c))) {
        rows.push({ component: child, depth: 1, parent: c });
      }
    }
    if (filter === 'DRIVE') {
      const behind = components.filter((c) => classGroup(c) === 'DRIVE' && parentOf(c)).sort(compareComponents);
      for (const c of behind) rows.push({ component: c, depth: 0, parent: parentOf(c) });
    }
    if (rows.length > 0) groups.push({ key, rows });
  }
  return groups;
}

function compareSlots(a: Component, b: Component, parent: Component): number {
  return slotWithinParent(a, parent).localeCompare(slotWithinParent(b, parent), undefined, { numeric: true }) || a.id.localeCompare(b.id);
}

/**
 * The slot of a component on its parent: the platform writes a drive behind an HBA's slot as
 * "<HBA slot> / <drive slot>" ("PCIe slot 3 / drive1" is "drive1"); without that prefix the whole slot.
 */
export function slotWithinParent(child: Component, parent: Component | null): string {
  const slot = child.location?.slot || '';
  const prefix = parent?.location?.slot ? `${parent.location.slot} / ` : null;
  if (prefix && slot.startsWith(prefix)) return slot.slice(prefix.length);
  return slot || child.name;
}

/** A NIC's ports with link UP, of all its ports; null without ports. */
export function portsUp(ports: Port[] | null | undefined): { up: number; total: number } | null {
  if (!ports || ports.length === 0) return null;
  return { up: ports.filter((p) => p.link === 'UP').length, total: ports.length };
}

/** "2 / 2 up", or a dash when the NIC has not reported ports. */
export function formatPortsUp(ports: Port[] | null | undefined): string {
  const n = portsUp(ports);
  return n ? `${n.up} / ${n.total} up` : '—';
}

/** The drives a component reports, present and all (absent drives keep their place). */
export function childCount(parent: Component, components: Component[]): { present: number; total: number } {
  const children = components.filter((c) => c.parentId === parent.id);
  return { present: children.filter((c) => c.state === 'PRESENT').length, total: children.length };
}

/** "6 drives", "5 of 6 present", "none". */
export function formatChildCount(n: { present: number; total: number }): string {
  if (n.total === 0) return 'none';
  if (n.present === n.total) return `${n.total} drive${n.total === 1 ? '' : 's'}`;
  return `${n.present} of ${n.total} present`;
}

/** How many components each filter chip stands for (a drive behind an HBA counts as a drive). */
export function countByGroup(components: Component[]): Record<ClassFilter, number> {
  const counts: Record<ClassFilter, number> = { ALL: components.length, NIC: 0, HBA: 0, DRIVE: 0, OTHER: 0 };
  for (const c of components) counts[classGroup(c)]++;
  return counts;
}
