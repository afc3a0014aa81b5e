import type { ApiClient } from '../api/client';
import type { Component, ReadingEvent } from '../api/types';
import { TimeSeries } from '../chart/series';
import { TemperatureChart } from '../chart/temperatureChart';
import { clear, h } from '../dom';
import { TEMPERATURE, applyReading, formatAddress, formatAge, formatCelsius, formatPercent, formatUnit } from '../model';
import type { Banner } from './banner';
import { healthBadge, stateBadge } from './badges';

export const CHART_WINDOW_SECONDS = 15 * 60;

const ASSET_LABELS: Record<string, string> = {
  serialNumber: 'Serial number',
  model: 'Model',
  firmwareRevision: 'Firmware',
  manufacturer: 'Manufacturer',
  partNumber: 'Part number',
};

/** One component: identity, assets, health and a live temperature chart of the last 15 minutes. */
export class DetailView {
  private component: Component | null = null;
  private chart: TemperatureChart | null = null;
  private healthBox: HTMLElement | null = null;
  private headerBadges: HTMLElement | null = null;
  private ticker: number | null = null;
  private disposed = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly id: string,
    private readonly api: ApiClient,
    private readonly banner: Banner,
  ) {}

  async load(): Promise<void> {
    clear(this.root);
    this.root.appendChild(h('p', { className: 'loading' }, 'Loading…'));
    const from = new Date(Date.now() - CHART_WINDOW_SECONDS * 1000);
    try {
      const [component, page] = await Promise.all([
        this.api.component(this.id),
        this.api.readings(this.id, TEMPERATURE, from),
      ]);
      if (this.disposed) return;
      this.banner.clear('detail');
      this.component = component;
      this.render(component, TimeSeries.fromReadings(page.readings ?? [], TEMPERATURE, CHART_WINDOW_SECONDS));
    } catch (e) {
      if (this.disposed) return;
      this.banner.show('detail', e);
      clear(this.root);
      this.root.appendChild(this.backLink());
      this.root.appendChild(h('p', { className: 'empty' }, `Component ${this.id} could not be loaded.`));
    }
  }

  /** Refetches after a `component` event or while the stream is down (polling): health and missed readings. */
  async refresh(): Promise<void> {
    try {
      const since = this.chart?.lastSeconds() ?? Date.now() / 1000 - CHART_WINDOW_SECONDS;
      const [component, page] = await Promise.all([
        this.api.component(this.id),
        this.api.readings(this.id, TEMPERATURE, new Date(since * 1000)),
      ]);
      if (this.disposed || !this.component) return;
      this.banner.clear('detail');
      this.component = component;
      this.renderHealth();
      for (const r of TimeSeries.fromReadings(page.readings ?? [], TEMPERATURE, CHART_WINDOW_SECONDS).points()) {
        this.chart?.append(r[0], r[1]);
      }
    } catch (e) {
      if (!this.disposed) this.banner.show('detail', e);
    }
  }

  onReading(ev: ReadingEvent): void {
    if (!this.component || ev.componentId !== this.id) return;
    const sensor = this.component.sensors?.find((s) => s.sensor === ev.sensor);
    if (sensor && !(Date.parse(ev.at) < Date.parse(sensor.readAt))) {
      sensor.value = ev.value;
      sensor.readAt = ev.at;
    }
    if (applyReading([this.component], ev) || sensor) this.renderHealth();
    if (ev.sensor === TEMPERATURE) this.chart?.append(Date.parse(ev.at) / 1000, ev.value);
  }

  dispose(): void {
    this.disposed = true;
    if (this.ticker !== null) window.clearInterval(this.ticker);
    this.chart?.destroy();
  }

  private backLink(): HTMLElement {
    return h('a', { href: '#/', className: 'back', 'data-testid': 'back-link' }, '← All components');
  }

  private render(c: Component, series: TimeSeries): void {
    clear(this.root);
    this.headerBadges = h('div', { className: 'badges' });
    this.healthBox = h('div', { className: 'health-grid', 'data-testid': 'health' });
    this.chart = new TemperatureChart(series, CHART_WINDOW_SECONDS);
    this.root.append(
      this.backLink(),
      h('div', { className: 'detail-head', 'data-testid': 'component-detail', 'data-component-id': c.id },
        h('div', {},
          h('h1', {}, c.name),
          h('div', { className: 'sub' }, [c.location?.slot, c.componentClass, c.profile].filter(Boolean).join(' · ')),
        ),
        this.headerBadges,
      ),
      h('div', { className: 'grid-2' },
        h('section', { className: 'card' }, h('h2', {}, 'Health'), this.healthBox),
        h('section', { className: 'card' }, h('h2', {}, 'Assets'), this.renderAssets(c)),
      ),
      h('section', { className: 'card' },
        h('div', { className: 'card-head' }, h('h2', {}, 'Temperature'), h('span', { className: 'sub' }, 'last 15 minutes, live')),
        this.chart.element,
      ),
    );
    this.chart.mount();
    this.ticker = window.setInterval(() => this.chart?.tick(), 5000);
    this.renderHealth();
  }

  private renderAssets(c: Component): HTMLElement {
    const rows: [string, string, string?][] = [];
    for (const [key, label] of Object.entries(ASSET_LABELS)) {
      const v = c.assets?.[key];
      rows.push([label, v == null || v === '' ? '—' : String(v), key === 'serialNumber' ? 'detail-serial-number' : undefined]);
    }
    for (const [key, v] of Object.entries(c.assets ?? {})) {
      if (key in ASSET_LABELS || v == null || typeof v === 'object') continue;
      rows.push([humanize(key), String(v)]);
    }
    rows.push(['Component id', c.id], ['UUID', c.uuid || '—']);
    rows.push(['Bus / address', `${c.location?.bus ?? '—'} / ${formatAddress(c.location?.address)}`]);
    rows.push(['Endpoint', c.endpoint ? `network ${c.endpoint.network}, EID ${c.endpoint.eid}` : '—']);
    return h('dl', { className: 'kv', 'data-testid': 'assets' },
      ...rows.flatMap(([k, v, testid]) => [h('dt', {}, k), h('dd', { className: 'mono', 'data-testid': testid }, v)]),
    );
  }

  private renderHealth(): void {
    const c = this.component;
    if (!c || !this.healthBox || !this.headerBadges) return;
    const present = c.state === 'PRESENT';
    clear(this.headerBadges);
    this.headerBadges.append(stateBadge(c.state), healthBadge(c.health?.status, present));
    clear(this.healthBox);
    const stat = (label: string, value: string, testid?: string) =>
      h('div', { className: 'stat' }, h('div', { className: 'stat-label' }, label), h('div', { className: 'stat-value', 'data-testid': testid }, value));
    this.healthBox.append(
      stat('Temperature', present ? formatCelsius(c.health.temperatureCelsius) : '—', 'detail-temperature'),
      stat('Percentage used', present ? formatPercent(c.health.percentageUsed) : '—'),
      stat('Last read', formatAge(c.health.readAt, Date.now())),
    );
    const warnings = c.health.warnings ?? [];
    this.healthBox.appendChild(
      warnings.length
        ? h('ul', { className: 'warnings', 'data-testid': 'warnings' }, ...warnings.map((w) => h('li', {}, w)))
        : h('p', { className: 'sub' }, present ? 'No warnings reported.' : 'Component is absent.'),
    );
    if (c.sensors?.length) {
      this.healthBox.appendChild(
        h('table', { className: 'table compact' },
          h('thead', {}, h('tr', {}, h('th', {}, 'Sensor'), h('th', {}, 'Value'), h('th', {}, 'Read'))),
          h('tbody', {}, ...c.sensors.map((s) =>
            h('tr', {}, h('td', {}, s.sensor), h('td', { className: 'num' }, `${s.value} ${formatUnit(s.unit)}`.trim()), h('td', { className: 'sub' }, formatAge(s.readAt, Date.now()))))),
        ),
      );
    }
    if (c.ports?.length) {
      this.healthBox.appendChild(
        h('table', { className: 'table compact', 'data-testid': 'ports' },
          h('thead', {}, h('tr', {}, h('th', {}, 'Port'), h('th', {}, 'Link'), h('th', {}, 'Speed'), h('th', {}, 'Since'))),
          h('tbody', {}, ...c.ports.map((p) =>
            h('tr', { 'data-testid': 'port-row', 'data-link': p.link },
              h('td', { className: 'num' }, String(p.port)),
              h('td', { title: p.detail ?? '' }, h('span', { className: `badge ${p.link === 'UP' ? 'ok' : p.link === 'DOWN' ? 'crit' : 'muted'}` }, p.link)),
              h('td', { className: 'num' }, formatSpeed(p.speedMbps, p.duplex)),
              h('td', { className: 'sub' }, formatAge(p.since, Date.now()))))),
        ),
      );
    }
  }
}

/** {@code 25 Gb/s full}, {@code 100 Mb/s}; a dash without link. */
function formatSpeed(mbps: number, duplex?: string | null): string {
  if (!mbps) return '—';
  const speed = mbps >= 1000 ? `${mbps / 1000} Gb/s` : `${mbps} Mb/s`;
  return duplex ? `${speed} ${duplex}` : speed;
}

function humanize(key: string): string {
  const spaced = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_]/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1).toLowerCase();
}
