import type { Component } from '../api/types';
import { clear, h, setText } from '../dom';
import {
  type ClassFilter,
  type ClassGroup,
  type InventoryRow,
  CLASS_GROUPS,
  GROUP_LABELS,
  childCount,
  countByGroup,
  formatChildCount,
  formatPortsUp,
  groupInventory,
  portsUp,
  slotWithinParent,
} from '../inventoryGroups';
import { formatAddress, formatCelsius, formatPercent } from '../model';
import { componentHash, dashboardHash } from '../route';
import { healthBadge, stateBadge } from './badges';

/** The column each class group has between temperature and serial number. */
const CLASS_COLUMN: Record<ClassGroup, string> = { NIC: 'Ports', HBA: 'Drives', DRIVE: 'Used', OTHER: 'Class' };
const columns = (key: ClassGroup) =>
  ['Slot / name', 'State', 'Health', 'Temperature', CLASS_COLUMN[key], 'Serial number', 'Model', 'Firmware', 'Bus / address', 'EID'];

interface RowCells {
  temperature: HTMLTableCellElement;
  used: HTMLTableCellElement | null;
}

/**
 * The component inventory by class (NICs, HBAs with the drives behind them nested, drives, other), filtered
 * to one class by the chips (the filter is in the URL hash). Rows are keyed by component id so live readings
 * update cells in place.
 */
export class InventoryTable {
  readonly element: HTMLElement;
  private readonly chips: HTMLElement;
  private readonly body: HTMLElement;
  private readonly rows = new Map<string, RowCells>();
  private filter: ClassFilter = 'ALL';
  private components: Component[] = [];

  constructor(private readonly onOpen: (id: string) => void) {
    this.chips = h('nav', { className: 'chips filter', 'data-testid': 'class-filters', 'aria-label': 'Filter by class' });
    this.body = h('div', { 'data-testid': 'inventory-table' });
    this.element = h('div', {}, this.chips, this.body);
  }

  setFilter(filter: ClassFilter): void {
    this.filter = filter;
    this.render(this.components);
  }

  render(components: Component[]): void {
    this.components = components;
    this.renderChips();
    clear(this.body);
    this.rows.clear();
    const groups = groupInventory(components, this.filter);
    if (groups.length === 0) {
      this.body.appendChild(h('p', { className: 'empty' },
        components.length === 0 ? 'No components discovered yet.' : `No ${GROUP_LABELS[this.filter as ClassGroup] ?? 'components'} on this board.`));
      return;
    }
    for (const g of groups) {
      const head = columns(g.key);
      this.body.appendChild(h('section', { className: 'inventory-group', 'data-testid': 'inventory-group', 'data-class': g.key },
        h('h3', {}, `${GROUP_LABELS[g.key]} `, h('span', { className: 'sub' }, String(g.rows.filter((r) => r.depth === 0).length))),
        h('table', { className: 'table inventory' },
          h('thead', {}, h('tr', {}, ...head.map((c) => h('th', { scope: 'col' }, c)))),
          h('tbody', {}, ...g.rows.map((r) => this.renderRow(g.key, r))),
        ),
      ));
    }
  }

  /** Refreshes the live cells of one row. */
  update(c: Component): void {
    const cells = this.rows.get(c.id);
    if (!cells) return;
    writeTemperature(cells.temperature, c);
    if (cells.used) setText(cells.used, c.state === 'PRESENT' ? formatPercent(c.health.percentageUsed) : '—');
    cells.temperature.classList.remove('flash');
    void cells.temperature.offsetWidth;
    cells.temperature.classList.add('flash');
  }

  private renderChips(): void {
    clear(this.chips);
    const counts = countByGroup(this.components);
    for (const f of ['ALL', ...CLASS_GROUPS] as ClassFilter[]) {
      const active = f === this.filter;
      this.chips.appendChild(h('a', {
        href: dashboardHash(f),
        className: `chip${active ? ' active' : ''}`,
        'data-testid': 'class-filter',
        'data-class': f,
        'aria-current': active ? 'true' : null,
      }, `${f === 'ALL' ? 'All' : GROUP_LABELS[f]} ${counts[f]}`));
    }
  }

  private renderRow(key: ClassGroup, r: InventoryRow): HTMLTableRowElement {
    const c = r.component;
    const present = c.state === 'PRESENT';
    const open = () => this.onOpen(c.id);
    const temperature = h('td', { className: 'num', 'data-testid': 'temperature' });
    writeTemperature(temperature, c);
    const classCell = this.classCell(key, r);
    const slot = r.parent ? slotWithinParent(c, r.parent) : c.location?.slot || c.name;
    const sub = r.parent && r.depth === 0
      ? h('div', { className: 'sub' }, `${c.name} · behind `, h('a', { href: componentHash(r.parent.id), 'data-testid': 'parent-link' }, r.parent.name))
      : h('div', { className: 'sub' }, c.location?.slot ? c.name : c.id);
    const row = h('tr', {
      className: `clickable${present ? '' : ' absent'}${r.depth ? ' nested' : ''}`,
      'data-testid': 'component-row',
      'data-component-id': c.id,
      'data-parent-id': r.parent?.id,
      'data-depth': r.depth,
      tabindex: 0,
      onclick: (ev: Event) => {
        if (!(ev.target instanceof HTMLAnchorElement)) open();
      },
      onkeydown: (ev: Event) => {
        if ((ev as KeyboardEvent).key === 'Enter') open();
      },
    },
      h('td', {},
        h('a', { href: componentHash(c.id), className: 'row-link', 'data-testid': 'component-link' }, slot),
        sub,
      ),
      h('td', {}, stateBadge(c.state)),
      h('td', {}, healthBadge(c.health?.status, present)),
      temperature,
      classCell,
      h('td', { className: 'mono', 'data-testid': 'serial-number' }, c.assets?.serialNumber || '—'),
      h('td', {}, c.assets?.model || '—'),
      h('td', { className: 'mono' }, c.assets?.firmwareRevision || '—'),
      h('td', { className: 'mono' }, `${c.location?.bus ?? '—'} / ${formatAddress(c.location?.address)}`),
      h('td', { className: 'num mono', 'data-testid': 'eid' }, c.endpoint ? String(c.endpoint.eid) : '—'),
    );
    this.rows.set(c.id, { temperature, used: key === 'DRIVE' || (r.depth === 1 && c.componentClass === 'DRIVE') ? classCell : null });
    return row;
  }

  /** NIC: ports up of all; HBA: its drives; drive (also one nested under its HBA): percentage used; other: the class. */
  private classCell(key: ClassGroup, r: InventoryRow): HTMLTableCellElement {
    const c = r.component;
    const present = c.state === 'PRESENT';
    if (r.depth === 1 || key === 'DRIVE') {
      return h('td', { className: 'num', 'data-testid': 'percentage-used' }, present ? formatPercent(c.health.percentageUsed) : '—');
    }
    if (key === 'NIC') {
      const n = portsUp(c.ports);
      return h('td', { className: 'num', 'data-testid': 'ports-up', 'data-up': n?.up, 'data-total': n?.total }, formatPortsUp(c.ports));
    }
    if (key === 'HBA') {
      const n = childCount(c, this.components);
      return h('td', { className: 'num', 'data-testid': 'drive-count', 'data-present': n.present, 'data-total': n.total }, formatChildCount(n));
    }
    return h('td', {}, c.componentClass);
  }
}

function writeTemperature(cell: HTMLElement, c: Component): void {
  const t = c.state === 'PRESENT' ? c.health.temperatureCelsius : null;
  setText(cell, formatCelsius(t));
  if (typeof t === 'number') cell.setAttribute('data-value', String(t));
  else cell.removeAttribute('data-value');
}
