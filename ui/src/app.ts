import { ApiClient } from './api/client';
import type { Component, PlatformEvent, ReadingEvent } from './api/types';
import { LiveConnection, type LiveState } from './live/connection';
import { applyReading } from './model';
import { parseRoute } from './route';
import { Banner } from './views/banner';
import { DashboardView } from './views/dashboard';
import { DetailView } from './views/detail';

const LIVE_LABEL: Record<LiveState, string> = {
  connecting: 'Connecting',
  live: 'Live',
  reconnecting: 'Reconnecting · polling',
  stopped: 'Offline',
};
const COUNTER_REFRESH_MS = 5000;

type View = { kind: 'dashboard'; view: DashboardView } | { kind: 'detail'; view: DetailView };

/** Wires the API, the live event stream and the hash router (#/?class=, #/components/{id}?port=; see route.ts). */
export class App {
  private readonly api = new ApiClient();
  private readonly banner: Banner;
  private components: Component[] = [];
  private current: View | null = null;
  private currentId: string | null = null;
  private refetchTimer: number | null = null;
  private readonly live: LiveConnection;

  constructor(
    private readonly root: HTMLElement,
    bannerEl: HTMLElement,
    private readonly indicator: HTMLElement,
    private readonly platformName: HTMLElement,
  ) {
    this.banner = new Banner(bannerEl);
    this.live = new LiveConnection({
      url: '/api/events/stream',
      eventTypes: ['reading', 'component', 'endpoint', 'event'],
      onState: (s) => this.showLiveState(s),
      onMessage: (type, data) => this.onMessage(type, data),
      onPoll: () => this.poll(),
    });
  }

  start(): void {
    window.addEventListener('hashchange', () => this.route());
    window.setInterval(() => {
      if (this.current?.kind === 'dashboard' && document.visibilityState === 'visible') void this.current.view.refreshMctp();
    }, COUNTER_REFRESH_MS);
    this.route();
    void this.loadComponents();
    void this.loadPlatformName();
    this.live.start();
  }

  private route(): void {
    const route = parseRoute(window.location.hash);
    // Within a page only its state changed (filter, port): keep the page, its charts and scroll position.
    if (route.kind === 'dashboard' && this.current?.kind === 'dashboard') {
      this.current.view.setFilter(route.filter);
      return;
    }
    if (route.kind === 'detail' && this.current?.kind === 'detail' && this.currentId === route.id) {
      this.current.view.selectPort(route.port);
      return;
    }
    this.current?.view.dispose();
    this.banner.clear('detail');
    if (route.kind === 'detail') {
      const view = new DetailView(this.root, route.id, this.api, this.banner, route.port);
      this.current = { kind: 'detail', view };
      this.currentId = route.id;
      void view.load();
    } else {
      const view = new DashboardView(this.root, this.api, this.banner, () => this.components, route.filter);
      this.current = { kind: 'dashboard', view };
      this.currentId = null;
      view.mount();
    }
    window.scrollTo(0, 0);
  }

  private async loadComponents(): Promise<void> {
    try {
      this.components = await this.api.components();
      this.banner.clear('components');
      if (this.current?.kind === 'dashboard') this.current.view.componentsChanged();
    } catch (e) {
      this.banner.show('components', e);
    }
  }

  private async loadPlatformName(): Promise<void> {
    try {
      const interfaces = await this.api.interfaces();
      const first = interfaces[0];
      if (first) this.platformName.textContent = `MCTP network ${first.network} · EID ${first.localEid}`;
    } catch {
      // The dashboard's interfaces panel reports the same failure in the banner.
    }
  }

  private onMessage(type: string, data: unknown): void {
    if (type === 'reading' && isReading(data)) {
      const changed = applyReading(this.components, data);
      if (changed && this.current?.kind === 'dashboard') this.current.view.componentUpdated(changed);
      if (this.current?.kind === 'detail') this.current.view.onReading(data);
    } else if (type === 'component') {
      this.scheduleRefetch();
      if (this.current?.kind === 'detail') void this.current.view.refresh();
    } else if (type === 'endpoint') {
      this.scheduleRefetch();
      if (this.current?.kind === 'dashboard') void this.current.view.refreshMctp();
    } else if (type === 'event' && data && typeof data === 'object') {
      const ev = data as PlatformEvent;
      // Port links and counters, health and assets are in the component list; the platform sends no `component` event for them.
      if (typeof ev.type === 'string' && (ev.type.startsWith('PORT_LINK_') || ev.type === 'PORT_ERRORS' || ev.type === 'HEALTH_CHANGED' || ev.type === 'ASSET_CHANGED')) {
        this.scheduleRefetch();
      }
      if (this.current?.kind === 'dashboard') this.current.view.eventArrived(ev);
      if (this.current?.kind === 'detail') this.current.view.eventArrived(ev);
    }
  }

  /** Coalesces bursts of component/endpoint events (a rescan emits many) into one refetch. */
  private scheduleRefetch(): void {
    if (this.refetchTimer !== null) return;
    this.refetchTimer = window.setTimeout(() => {
      this.refetchTimer = null;
      void this.loadComponents();
    }, 250);
  }

  private poll(): void {
    void this.loadComponents();
    if (this.current?.kind === 'detail') this.current.view.poll();
    if (this.current?.kind === 'dashboard') void this.current.view.refreshEvents();
  }

  private showLiveState(state: LiveState): void {
    this.indicator.setAttribute('data-state', state);
    const label = this.indicator.querySelector('.live-label');
    if (label) label.textContent = LIVE_LABEL[state];
    this.indicator.title = state === 'reconnecting' ? 'Event stream lost; refreshing every 5 s until it is back' : '';
  }
}

function isReading(data: unknown): data is ReadingEvent {
  if (!data || typeof data !== 'object') return false;
  const r = data as Record<string, unknown>;
  return typeof r.componentId === 'string' && typeof r.sensor === 'string' && typeof r.value === 'number';
}
