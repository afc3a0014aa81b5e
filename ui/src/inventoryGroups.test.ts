import { describe, expect, it } from 'vitest';
import type { Component, Port } from './api/types';
import { childCount, classGroup, countByGroup, formatChildCount, formatPortsUp, groupInventory, slotWithinParent } from './inventoryGroups';

function component(id: string, componentClass: string, slot: string | null, overrides: Partial<Component> = {}): Component {
  return {
    id,
    componentClass,
    name: `c${id}`,
    location: { bus: 'smbus0', address: 0x1d, slot },
    state: 'PRESENT',
    assets: {},
    health: { status: 'OK', warnings: [] },
    ...overrides,
  };
}

function port(n: number, link: Port['link']): Port {
  return { port: n, link, speedMbps: link === 'UP' ? 25000 : 0, autonegotiation: true, since: '2026-01-01T00:00:00Z', seenAt: '2026-01-01T00:00:00Z' };
}

// The default board's shape: NVMe drives, an HBA reporting drives, NICs, link far ends of class UNKNOWN.
const hba = component('12', 'HBA', 'PCIe slot 3');
const board: Component[] = [
  component('19', 'NIC', 'OCP slot 0', { ports: [port(0, 'UP'), port(1, 'DOWN')] }),
  component('13', 'DRIVE', 'PCIe slot 3 / drive10', { parentId: '12' }),
  component('14', 'DRIVE', 'PCIe slot 3 / drive2', { parentId: '12', state: 'ABSENT' }),
  hba,
  component('2', 'DRIVE', 'Bay 0'),
  component('4', 'DRIVE', 'Bay 1'),
  component('3', 'UNKNOWN', 'CPU0'),
  component('20', 'NIC', 'OCP slot 1'),
];

const shape = (groups: ReturnType<typeof groupInventory>) =>
  groups.map((g) => [g.key, g.rows.map((r) => `${'>'.repeat(r.depth)}${r.component.id}${r.parent && r.depth === 0 ? `@${r.parent.id}` : ''}`)]);

describe('groupInventory', () => {
  it('groups by class in NIC, HBA, DRIVE, OTHER order with the drives behind the HBA nested under it by slot', () => {
    expect(shape(groupInventory(board, 'ALL'))).toEqual([
      ['NIC', ['19', '20']],
      ['HBA', ['12', '>14', '>13']],
      ['DRIVE', ['2', '4']],
      ['OTHER', ['3']],
    ]);
  });

  it('keeps the nested drives with their HBA when filtered to HBAs', () => {
    const groups = groupInventory(board, 'HBA');
    expect(shape(groups)).toEqual([['HBA', ['12', '>14', '>13']]]);
    expect(groups[0].rows[1].parent?.id).toBe('12');
  });

  it('lists every drive when filtered to drives, those behind an HBA after the others and naming it', () => {
    expect(shape(groupInventory(board, 'DRIVE'))).toEqual([['DRIVE', ['2', '4', '14@12', '13@12']]]);
  });

  it('shows a drive whose parent is not listed as a top-level drive and drops empty groups', () => {
    const orphan = component('30', 'DRIVE', 'PCIe slot 9 / drive1', { parentId: '99' });
    expect(shape(groupInventory([orphan], 'ALL'))).toEqual([['DRIVE', ['30']]]);
    expect(groupInventory([], 'ALL')).toEqual([]);
    expect(groupInventory([orphan], 'NIC')).toEqual([]);
  });

  it('puts classes it has no group for under OTHER', () => {
    expect(classGroup(component('1', 'UNKNOWN', null))).toBe('OTHER');
    expect(classGroup(component('1', 'PSU', null))).toBe('OTHER');
    expect(classGroup(component('1', 'nic', null))).toBe('NIC');
  });
});

describe('per-class columns', () => {
  it('takes the HBA slot prefix off the slot of a drive behind it', () => {
    expect(slotWithinParent(board[1], hba)).toBe('drive10');
    expect(slotWithinParent(component('5', 'DRIVE', 'Bay 5'), hba)).toBe('Bay 5');
    expect(slotWithinParent(component('5', 'DRIVE', null), null)).toBe('c5');
  });

  it('counts the ports with link up', () => {
    expect(formatPortsUp(board[0].ports)).toBe('1 / 2 up');
    expect(formatPortsUp(null)).toBe('—');
    expect(formatPortsUp([])).toBe('—');
  });

  it('counts the drives an HBA reports, present and all', () => {
    expect(childCount(hba, board)).toEqual({ present: 1, total: 2 });
    expect(formatChildCount({ present: 1, total: 2 })).toBe('1 of 2 present');
    expect(formatChildCount({ present: 6, total: 6 })).toBe('6 drives');
    expect(formatChildCount({ present: 1, total: 1 })).toBe('1 drive');
    expect(formatChildCount({ present: 0, total: 0 })).toBe('none');
  });

  it('counts each filter chip, drives behind an HBA as drives', () => {
    expect(countByGroup(board)).toEqual({ ALL: 8, NIC: 2, HBA: 1, DRIVE: 4, OTHER: 1 });
  });
});
