import { h } from '../dom';
import type { Summary } from '../model';
import { formatCelsius } from '../model';

/** The summary tiles above the inventory: every component (drives, HBAs, NICs, other), whatever its class. */
export function renderSummary(summary: Summary): HTMLElement {
  const tile = (testid: string, label: string, value: string, note: string, tone = '') =>
    h('div', { className: `tile ${tone}`, 'data-testid': testid },
      h('div', { className: 'tile-label' }, label),
      h('div', { className: 'tile-value' }, value),
      h('div', { className: 'tile-note' }, note),
    );
  const attention = summary.warnings + summary.critical;
  return h('section', { className: 'tiles', 'data-testid': 'summary' },
    tile('tile-present', 'Present', String(summary.present), `of ${summary.present + summary.absent} components`, 'ok'),
    tile('tile-absent', 'Absent', String(summary.absent), summary.absent ? 'unplugged or not answering' : 'all answering', summary.absent ? 'muted' : ''),
    tile('tile-warnings', 'Warnings', String(attention),
      summary.critical ? `${summary.critical} critical` : attention ? 'need attention' : 'all healthy',
      summary.critical ? 'crit' : attention ? 'warn' : 'ok'),
    tile('tile-hottest', 'Hottest',
      summary.hottest ? formatCelsius(summary.hottest.celsius) : '—',
      summary.hottest ? summary.hottest.name : 'no readings yet',
      summary.hottest && summary.hottest.celsius >= 70 ? 'warn' : ''),
  );
}
