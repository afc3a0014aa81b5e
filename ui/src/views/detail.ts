import type { ApiClient } from '../api/client';
import type { AssetPeriod, Component, PlatformEvent, Port, ReadingEvent } from '../api/types';
import { TimeSeries } from '../chart/series';
import { SensorChart } from '../chart/sensorChart';
import { clear, h } from '../dom';
import { assetChanges, firstRecorded, portTimeline } from '../history';
import { classGroup, slotWithinParent } from '../inventoryGroups';
import {
  applyReading,
  compareComponents,
  formatAddress,
  formatAge,
  formatCelsius,
  formatCount,
  formatDuration,
  formatInstant,
  formatPercent,
  formatSpeed,
  formatUnit,
  otherPortErrors,
} from '../model';
import { componentHash } from '../route';
import type { Banner } from './banner';
import { healthBadge, portLinkBadge, stateBadge } from './badges';
import { renderEvents } from './mctp';

export const CHART_WINDOW_SECONDS = 15 * 60;
/** 5 s ticks between two refetches of a NIC's ports for their packet counters (30 s, the profiles' statistics interval). */
const PORT_COUNTERS_REFRESH_TICKS = 6;
const EVENT_LIMIT = 30;
const PORT_HISTORY_LIMIT = 50;

const ASSET_LABELS: Record<string, string> = {
  serialNumber: 'Serial number',
  model: 'Model',
  firmwareRevision: 'Firmware',
  manufacturer: 'Manufacturer',
  partNumber: 'Part number',
};

/**
 * One component: identity, assets, health, a live chart per sensor of the last 15 minutes, its asset history
 * and its events; a NIC its ports (live) and one port's link history, an HBA the drives behind it, a drive
 * behind an HBA its HBA and slot.
 */
export class DetailView {
  private component: Component | null = null;
  private children: Component[] = [];
  private events: PlatformEvent[] = [];
  private readonly charts = new Map<string, SensorChart>();
  private healthBox: HTMLElement | null = null;
  private headerBadges: HTMLElement | null = null;
  private parentBox: HTMLElement | null = null;
  private portsBox: HTMLElement | null = null;
  private portHistoryBox: HTMLElement | null = null;
  private drivesBox: HTMLElement | null = null;
  private chartsBox: HTMLElement | null = null;
  private assetHistoryBox: HTMLElement | null = null;
  private eventsBox: HTMLElement | null = null;
  private ticker: number | null = null;
  private disposed = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly id: string,
    private readonly api: ApiClient,
    private readonly banner: Banner,
    private port: number | null,
  ) {}

  async load(): Promise<void> {
    clear(this.root);
    this.root.appendChild(h('p', { className: 'loading' }, 'Loading…'));
    const from = new Date(Date.now() - CHART_WINDOW_SECONDS * 1000);
    try {
      const component = await this.api.component(this.id);
      const sensors = sensorNames(component);
      const pages = await Promise.all(sensors.map((s) => this.api.readings(this.id, s, from)));
      if (this.disposed) return;
      this.banner.clear('detail');
      this.component = component;
      this.render(component, sensors.map((s, i) => TimeSeries.fromReadings(pages[i].readings ?? [], s, CHART_WINDOW_SECONDS)));
    } catch (e) {
      if (this.disposed) return;
      this.banner.show('detail', e);
      clear(this.root);
      this.root.appendChild(this.backLink());
      this.root.appendChild(h('p', { className: 'empty' }, `Component ${this.id} could not be loaded.`));
      return;
    }
    void this.loadParent();
    void this.refreshChildren();
    void this.refreshPortHistory();
    void this.refreshAssetHistory();
    void this.refreshEvents();
  }

  /** Refetches after a `component` event or while the stream is down (polling): health, ports and missed readings. */
  async refresh(): Promise<void> {
    try {
      const component = await this.api.component(this.id);
      const pages = await Promise.all([...this.charts.values()].map(async (chart) => {
        const since = chart.lastSeconds() ?? Date.now() / 1000 - CHART_WINDOW_SECONDS;
        return { chart, page: await this.api.readings(this.id, chart.sensor, new Date(since * 1000)) };
      }));
      if (this.disposed || !this.component) return;
      this.banner.clear('detail');
      this.component = component;
      this.renderHealth();
      this.renderPorts();
      for (const { chart, page } of pages) {
        for (const r of TimeSeries.fromReadings(page.readings ?? [], chart.sensor, CHART_WINDOW_SECONDS).points()) chart.append(r[0], r[1]);
      }
    } catch (e) {
      if (!this.disposed) this.banner.show('detail', e);
    }
    void this.refreshChildren();
  }

  /** Polling fallback: everything a live event would have updated. */
  poll(): void {
    void this.refresh();
    void this.refreshEvents();
    void this.refreshPortHistory();
  }

  onReading(ev: ReadingEvent): void {
    const child = this.children.find((c) => c.id === ev.componentId);
    if (child && applyReading(this.children, ev)) this.renderDrives();
    if (!this.component || ev.componentId !== this.id) return;
    const sensor = this.component.sensors?.find((s) => s.sensor === ev.sensor);
    if (sensor && !(Date.parse(ev.at) < Date.parse(sensor.readAt))) {
      sensor.value = ev.value;
      sensor.readAt = ev.at;
    }
    if (applyReading([this.component], ev) || sensor) this.renderHealth();
    this.charts.get(ev.sensor)?.append(Date.parse(ev.at) / 1000, ev.value);
  }

  /** A live event-log entry: this component's join the list; a port change reloads the ports and their history. */
  eventArrived(ev: PlatformEvent): void {
    if (!this.component) return;
    if (ev.componentId === this.id) {
      this.events = [ev, ...this.events.filter((e) => e.id !== ev.id)].slice(0, EVENT_LIMIT);
      this.renderEvents();
      if (ev.type.startsWith('PORT_LINK_') || ev.type === 'PORT_ERRORS') {
        void this.refresh();
        void this.refreshPortHistory();
      }
      if (ev.type === 'ASSET_CHANGED') void this.refreshAssetHistory();
    } else if (ev.componentId && this.children.some((c) => c.id === ev.componentId)) {
      void this.refreshChildren();
    }
  }

  /** Another port's history from the URL hash, without reloading the page. */
  selectPort(port: number | null): void {
    this.port = port;
    this.renderPorts();
    void this.refreshPortHistory();
  }

  dispose(): void {
    this.disposed = true;
    if (this.ticker !== null) window.clearInterval(this.ticker);
    for (const chart of this.charts.values()) chart.destroy();
  }

  private backLink(): HTMLElement {
    return h('a', { href: '#/', className: 'back', 'data-testid': 'back-link' }, '← All components');
  }

  private render(c: Component, series: TimeSeries[]): void {
    clear(this.root);
    const group = classGroup(c);
    this.headerBadges = h('div', { className: 'badges' });
    this.healthBox = h('div', { className: 'health-grid', 'data-testid': 'health' });
    this.parentBox = c.parentId ? h('div', { className: 'sub', 'data-testid': 'parent' }, `behind component ${c.parentId}`) : null;
    this.chartsBox = h('div', { className: 'charts' });
    this.assetHistoryBox = h('div', { 'data-testid': 'asset-history' }, h('p', { className: 'sub' }, 'Loading…'));
    this.eventsBox = h('div', { 'data-testid': 'component-events' }, h('p', { className: 'sub' }, 'Loading…'));
    const sensors = sensorNames(c);
    sensors.forEach((sensor, i) => {
      const unit = formatUnit(c.sensors?.find((s) => s.sensor === sensor)?.unit ?? 'Cel');
      const chart = new SensorChart(series[i], CHART_WINDOW_SECONDS, sensor, humanize(sensor), unit);
      this.charts.set(sensor, chart);
      this.chartsBox?.append(h('h3', {}, humanize(sensor), unit ? h('span', { className: 'sub' }, ` ${unit}`) : null), chart.element);
    });
    if (sensors.length === 0) this.chartsBox.append(h('p', { className: 'empty' }, 'This component reports no sensors.'));

    const classCards: HTMLElement[] = [];
    if (group === 'NIC' || c.ports?.length) {
      this.portsBox = h('div', { className: 'scroll' });
      this.portHistoryBox = h('div', { 'data-testid': 'port-history' });
      classCards.push(h('section', { className: 'card' },
        h('div', { className: 'card-head' }, h('h2', {}, 'Ports'), h('span', { className: 'sub' }, 'NC-SI link status, live; pick a port for its history')),
        this.portsBox, this.portHistoryBox));
    }
    if (group === 'HBA') {
      this.drivesBox = h('div', { className: 'scroll' }, h('p', { className: 'sub' }, 'Loading…'));
      classCards.push(h('section', { className: 'card' },
        h('div', { className: 'card-head' }, h('h2', {}, 'Drives'), h('span', { className: 'sub' }, 'reported by this HBA; temperatures live')),
        this.drivesBox));
    }
    this.root.append(
      this.backLink(),
      h('div', { className: 'detail-head', 'data-testid': 'component-detail', 'data-component-id': c.id, 'data-component-class': c.componentClass },
        h('div', {},
          h('h1', {}, c.name),
          h('div', { className: 'sub' }, [c.location?.slot, c.componentClass, c.profile].filter(Boolean).join(' · ')),
          this.parentBox,
        ),
        this.headerBadges,
      ),
      h('div', { className: 'grid-2' },
        h('section', { className: 'card' }, h('h2', {}, 'Health'), this.healthBox),
        h('section', { className: 'card' }, h('h2', {}, 'Assets'), this.renderAssets(c)),
      ),
      ...classCards,
      h('section', { className: 'card' },
        h('div', { className: 'card-head' }, h('h2', {}, 'Readings'), h('span', { className: 'sub' }, 'last 15 minutes, live')),
        this.chartsBox,
      ),
      h('div', { className: 'grid-2' },
        h('section', { className: 'card' }, h('h2', {}, 'Asset history'), this.assetHistoryBox),
        h('section', { className: 'card' }, h('h2', {}, 'Events'), this.eventsBox),
      ),
    );
    for (const chart of this.charts.values()) chart.mount();
    let ticks = 0;
    this.ticker = window.setInterval(() => {
      for (const chart of this.charts.values()) chart.tick();
      // port counters change without an event: refetch a NIC's ports as often as the built-in profiles read them
      if (++ticks % PORT_COUNTERS_REFRESH_TICKS === 0 && this.component?.ports?.length) void this.refresh();
    }, 5000);
    this.renderHealth();
    this.renderPorts();
  }

  private async loadParent(): Promise<void> {
    const parentId = this.component?.parentId;
    if (!parentId || !this.parentBox) return;
    try {
      const parent = await this.api.component(parentId);
      if (this.disposed || !this.component || !this.parentBox) return;
      clear(this.parentBox);
      this.parentBox.append(
        `behind ${parent.componentClass} `,
        h('a', { href: componentHash(parent.id), 'data-testid': 'parent-link' }, parent.name),
        parent.location?.slot ? ` (${parent.location.slot})` : '',
        ', slot ',
        h('span', { className: 'strong', 'data-testid': 'parent-slot' }, slotWithinParent(this.component, parent)),
      );
    } catch (e) {
      if (!this.disposed) this.banner.show('detail', e);
    }
  }

  private async refreshChildren(): Promise<void> {
    if (!this.drivesBox) return;
    try {
      const children = await this.api.children(this.id);
      if (this.disposed) return;
      this.children = children;
      this.renderDrives();
    } catch (e) {
      if (!this.disposed) this.banner.show('detail', e);
    }
  }

  private async refreshPortHistory(): Promise<void> {
    const ports = this.component?.ports ?? [];
    const port = this.selectedPort(ports);
    if (!this.portHistoryBox || port === null) return;
    try {
      const history = await this.api.portHistory(this.id, port, PORT_HISTORY_LIMIT);
      if (this.disposed || !this.portHistoryBox || port !== this.selectedPort(this.component?.ports ?? [])) return;
      clear(this.portHistoryBox);
      this.portHistoryBox.setAttribute('data-port', String(port));
      this.portHistoryBox.append(h('h3', {}, `Port ${port} link history`));
      const periods = portTimeline(history, Date.now());
      if (periods.length === 0) {
        this.portHistoryBox.append(h('p', { className: 'sub' }, 'No change recorded yet.'));
        return;
      }
      this.portHistoryBox.append(h('ol', { className: 'timeline' }, ...periods.map((p) =>
        h('li', { 'data-testid': 'port-history-entry', 'data-link': p.link },
          portLinkBadge(p.link),
          h('span', { className: 'num' }, formatSpeed(p.speedMbps)),
          h('span', { className: 'sub', title: p.at }, `from ${formatInstant(p.at)}`),
          h('span', { className: 'sub' }, p.current ? `for ${formatDuration(p.seconds)}, still` : `for ${formatDuration(p.seconds)}`),
        ))));
    } catch (e) {
      if (!this.disposed) this.banner.show('detail', e);
    }
  }

  private async refreshAssetHistory(): Promise<void> {
    try {
      const periods = await this.api.assetHistory(this.id);
      if (this.disposed || !this.assetHistoryBox) return;
      this.renderAssetHistory(periods);
    } catch (e) {
      if (!this.disposed) this.banner.show('detail', e);
    }
  }

  private async refreshEvents(): Promise<void> {
    try {
      const events = await this.api.events(EVENT_LIMIT, this.id);
      if (this.disposed) return;
      this.events = events;
      this.renderEvents();
    } catch (e) {
      if (!this.disposed) this.banner.show('detail', e);
    }
  }

  /** The port whose history is shown: the one in the URL, else the first. */
  private selectedPort(ports: Port[]): number | null {
    if (this.port !== null && ports.some((p) => p.port === this.port)) return this.port;
    return ports.length ? ports[0].port : null;
  }

  private renderPorts(): void {
    const c = this.component;
    if (!c || !this.portsBox) return;
    clear(this.portsBox);
    const ports = [...(c.ports ?? [])].sort((a, b) => a.port - b.port);
    if (ports.length === 0) {
      this.portsBox.append(h('p', { className: 'empty' }, 'No ports reported yet.'));
      return;
    }
    const selected = this.selectedPort(ports);
    const now = Date.now();
    this.portsBox.append(h('table', { className: 'table', 'data-testid': 'ports' },
      h('thead', {}, h('tr', {}, ...['Port', 'Link', 'Speed', 'Duplex', 'Autoneg', 'Since', 'RX packets', 'TX packets', 'FCS errors',
        'Other errors'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, ...ports.map((p) =>
        h('tr', { 'data-testid': 'port-row', 'data-port': p.port, 'data-link': p.link, className: p.port === selected ? 'selected' : null },
          h('td', { className: 'num' }, h('a', { href: componentHash(c.id, p.port), 'data-testid': 'port-link-history' }, String(p.port))),
          h('td', { title: p.detail ?? '' }, portLinkBadge(p.link), p.detail ? h('div', { className: 'sub' }, p.detail) : null),
          h('td', { className: 'num', 'data-testid': 'port-speed' }, formatSpeed(p.speedMbps)),
          h('td', {}, p.duplex || '—'),
          h('td', {}, p.autonegotiation ? 'on' : 'off'),
          h('td', { className: 'sub', title: p.since }, `${formatAge(p.since, now)}`),
          ...counterCells(p, now),
        ))),
    ));
  }

  private renderDrives(): void {
    const c = this.component;
    if (!c || !this.drivesBox) return;
    clear(this.drivesBox);
    if (this.children.length === 0) {
      this.drivesBox.append(h('p', { className: 'empty' }, 'No drives reported behind this HBA.'));
      return;
    }
    const head = ['Slot', 'Name', 'State', 'Health', 'Temperature', 'Serial number', 'Model'];
    this.drivesBox.append(h('table', { className: 'table', 'data-testid': 'hba-drives' },
      h('thead', {}, h('tr', {}, ...head.map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, ...[...this.children].sort((a, b) => compareComponents(a, b)).map((d) => {
        const present = d.state === 'PRESENT';
        return h('tr', { 'data-testid': 'hba-drive-row', 'data-component-id': d.id, className: present ? null : 'absent' },
          h('td', {}, h('a', { href: componentHash(d.id), 'data-testid': 'hba-drive-link' }, slotWithinParent(d, c))),
          h('td', {}, d.name),
          h('td', {}, stateBadge(d.state)),
          h('td', {}, healthBadge(d.health?.status, present)),
          h('td', { className: 'num', 'data-testid': 'temperature' }, formatCelsius(present ? d.health?.temperatureCelsius : null)),
          h('td', { className: 'mono' }, d.assets?.serialNumber || '—'),
          h('td', {}, d.assets?.model || '—'),
        );
      })),
    ));
  }

  private renderAssetHistory(periods: AssetPeriod[]): void {
    if (!this.assetHistoryBox) return;
    clear(this.assetHistoryBox);
    const changes = assetChanges(periods);
    const first = firstRecorded(periods);
    if (changes.length === 0) {
      this.assetHistoryBox.append(h('p', { className: 'sub' },
        first ? `No asset has changed since they were first recorded, ${formatInstant(first)}.` : 'No assets recorded.'));
      return;
    }
    this.assetHistoryBox.append(h('table', { className: 'table compact' },
      h('thead', {}, h('tr', {}, ...['Asset', 'Value', 'From', 'Until'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, ...changes.map((p) =>
        h('tr', { 'data-testid': 'asset-change' },
          h('td', {}, ASSET_LABELS[p.key] ?? humanize(p.key)),
          h('td', { className: 'mono' }, p.value),
          h('td', { className: 'sub' }, formatInstant(p.validFrom)),
          h('td', { className: 'sub' }, p.validTo ? formatInstant(p.validTo) : 'current'),
        ))),
    ), h('p', { className: 'sub' }, `Assets first recorded ${formatInstant(first)}.`));
  }

  private renderEvents(): void {
    if (!this.eventsBox) return;
    clear(this.eventsBox);
    this.eventsBox.append(renderEvents(this.events, Date.now()));
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
  }
}

/** The sensors to chart: every sensor the component reports, temperature first. */
function sensorNames(c: Component): string[] {
  const names = [...new Set((c.sensors ?? []).map((s) => s.sensor))];
  return names.sort((a, b) => (a === 'temperature' ? -1 : b === 'temperature' ? 1 : a.localeCompare(b, undefined, { numeric: true })));
}

function humanize(key: string): string {
  const spaced = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_.]/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1).toLowerCase();
}

/** A port's packet counters as table cells: RX / TX packets, FCS errors (marked when non-zero) and the other errors named. */
function counterCells(p: Port, now: number): HTMLElement[] {
  const c = p.counters;
  if (!c) {
    return [h('td', { className: 'sub', colspan: 4, 'data-testid': 'port-counters' }, 'no counters read')];
  }
  const read = `read ${formatAge(c.readAt, now)}`;
  const other = otherPortErrors(c);
  return [
    h('td', { className: 'num', title: `${c.rxPackets} packets, ${c.rxBytes} bytes received; ${read}`, 'data-testid': 'port-rx-packets' },
      formatCount(c.rxPackets)),
    h('td', { className: 'num', title: `${c.txPackets} packets, ${c.txBytes} bytes sent; ${read}`, 'data-testid': 'port-tx-packets' },
      formatCount(c.txPackets)),
    h('td', { className: c.rxFcsErrors > 0 ? 'num warn' : 'num', title: `frames received with a bad CRC; ${read}`, 'data-testid': 'port-fcs-errors' },
      formatCount(c.rxFcsErrors)),
    h('td', { className: 'num', title: other.parts.length ? other.parts.join(', ') : 'none', 'data-testid': 'port-other-errors' },
      formatCount(other.total)),
  ];
}
