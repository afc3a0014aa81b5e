import { h } from '../dom';
import type { Summary } from '../model';
import { formatCelsius } from '../model';

/** The summary tiles above the inventory. */
export function renderSummary(summary: Summary): HTMLElement {
  const tile = (testid: string, label: string, value: string, note: string, tone = '') =>
    h('div', { className: `tile ${tone}`, 'data-testid': testid },
      h('div', { className: 'tile-label' }, label),
      h('div', { className: 'tile-value' }, value),
      h('div', { className: 'tile-note' }, note),
    );
  const attention = summary.warnings + summary.critical;
  return h('section', { className: 'tiles', 'data-testid': 'summary' },
    tile('tile-present', 'Drives present', String(summary.present), `of ${summary.present + summary.absent} slots`, 'ok'),
    tile('tile-absent', 'Absent', String(summary.absent), summary.absent ? 'empty or unplugged' : 'all slots populated', summary.absent ? 'muted' : ''),
    tile('tile-warnings', 'Warnings', String(attention),
      summary.critical ? `${summary.critical} critical` : attention ? 'need attention' : 'all healthy',
      summary.critical ? 'crit' : attention ? 'warn' : 'ok'),
    tile('tile-hottest', 'Hottest drive',
      summary.hottest ? formatCelsius(summary.hottest.celsius) : '—',
      summary.hottest ? summary.hottest.name : 'no readings yet',
      summary.hottest && summary.hottest.celsius >= 70 ? 'warn' : ''),
  );
}
