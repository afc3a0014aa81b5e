import type { Component } from '../api/types';
import { clear, h, setText } from '../dom';
import { compareComponents, formatAddress, formatCelsius, formatPercent } from '../model';
import { healthBadge, stateBadge } from './badges';

const COLUMNS = ['Slot / name', 'Class', 'State', 'Health', 'Temperature', 'Used', 'Serial number', 'Model', 'Firmware', 'Bus / address', 'EID'];

interface RowCells {
  row: HTMLTableRowElement;
  temperature: HTMLTableCellElement;
  used: HTMLTableCellElement;
}

/** The component inventory table; rows are keyed by component id so live readings update cells in place. */
export class InventoryTable {
  readonly element: HTMLElement;
  private readonly body: HTMLTableSectionElement;
  private readonly rows = new Map<string, RowCells>();

  constructor(private readonly onOpen: (id: string) => void) {
    this.body = h('tbody');
    this.element = h('table', { className: 'table inventory', 'data-testid': 'inventory-table' },
      h('thead', {}, h('tr', {}, ...COLUMNS.map((c) => h('th', { scope: 'col' }, c)))),
      this.body,
    );
  }

  render(components: Component[]): void {
    clear(this.body);
    this.rows.clear();
    if (components.length === 0) {
      this.body.appendChild(h('tr', {}, h('td', { colspan: COLUMNS.length, className: 'empty' }, 'No components discovered yet.')));
      return;
    }
    for (const c of [...components].sort(compareComponents)) this.body.appendChild(this.renderRow(c));
  }

  /** Refreshes the live cells of one row. */
  update(c: Component): void {
    const cells = this.rows.get(c.id);
    if (!cells) return;
    writeTemperature(cells.temperature, c);
    setText(cells.used, c.state === 'PRESENT' ? formatPercent(c.health.percentageUsed) : '—');
    cells.temperature.classList.remove('flash');
    void cells.temperature.offsetWidth;
    cells.temperature.classList.add('flash');
  }

  private renderRow(c: Component): HTMLTableRowElement {
    const present = c.state === 'PRESENT';
    const open = () => this.onOpen(c.id);
    const temperature = h('td', { className: 'num', 'data-testid': 'temperature' });
    writeTemperature(temperature, c);
    const used = h('td', { className: 'num', 'data-testid': 'percentage-used' }, present ? formatPercent(c.health.percentageUsed) : '—');
    const row = h('tr', {
      className: `clickable${present ? '' : ' absent'}`,
      'data-testid': 'component-row',
      'data-component-id': c.id,
      tabindex: 0,
      onclick: open,
      onkeydown: (ev: Event) => {
        if ((ev as KeyboardEvent).key === 'Enter') open();
      },
    },
      h('td', {},
        h('a', { href: `#/components/${encodeURIComponent(c.id)}`, className: 'row-link', 'data-testid': 'component-link' }, c.location?.slot || c.name),
        h('div', { className: 'sub' }, c.location?.slot ? c.name : c.id),
      ),
      h('td', {}, c.componentClass),
      h('td', {}, stateBadge(c.state)),
      h('td', {}, healthBadge(c.health?.status, present)),
      temperature,
      used,
      h('td', { className: 'mono', 'data-testid': 'serial-number' }, c.assets?.serialNumber || '—'),
      h('td', {}, c.assets?.model || '—'),
      h('td', { className: 'mono' }, c.assets?.firmwareRevision || '—'),
      h('td', { className: 'mono' }, `${c.location?.bus ?? '—'} / ${formatAddress(c.location?.address)}`),
      h('td', { className: 'num mono', 'data-testid': 'eid' }, c.endpoint ? String(c.endpoint.eid) : '—'),
    );
    this.rows.set(c.id, { row, temperature, used });
    return row;
  }
}

function writeTemperature(cell: HTMLElement, c: Component): void {
  const t = c.state === 'PRESENT' ? c.health.temperatureCelsius : null;
  setText(cell, formatCelsius(t));
  if (typeof t === 'number') cell.setAttribute('data-value', String(t));
  else cell.removeAttribute('data-value');
}
