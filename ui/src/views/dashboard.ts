import type { ApiClient } from '../api/client';
import type { Component, Endpoint, MctpInterface, PlatformEvent } from '../api/types';
import { clear, h } from '../dom';
import type { ClassFilter } from '../inventoryGroups';
import { summarize } from '../model';
import { componentHash } from '../route';
import type { Banner } from './banner';
import { InventoryTable } from './inventory';
import { renderEndpoints, renderEvents, renderInterfaces } from './mctp';
import { renderSummary } from './summary';

const EVENT_LIMIT = 15;

/** The overview page: summary tiles, inventory, MCTP interfaces, endpoints and recent events. */
export class DashboardView {
  private readonly summaryBox = h('div');
  private readonly inventory: InventoryTable;
  private readonly interfacesBox = h('div', { className: 'scroll' });
  private readonly endpointsBox = h('div', { className: 'scroll' });
  private readonly eventsBox = h('div');
  private events: PlatformEvent[] = [];
  private disposed = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly api: ApiClient,
    private readonly banner: Banner,
    private readonly components: () => Component[],
    filter: ClassFilter,
  ) {
    this.inventory = new InventoryTable((id) => {
      window.location.hash = componentHash(id);
    });
    this.inventory.setFilter(filter);
  }

  /** A new class filter from the URL hash: only the inventory changes. */
  setFilter(filter: ClassFilter): void {
    this.inventory.setFilter(filter);
  }

  mount(): void {
    clear(this.root);
    this.root.append(
      this.summaryBox,
      h('section', { className: 'card' },
        h('div', { className: 'card-head' }, h('h2', {}, 'Components'), h('span', { className: 'sub' }, 'By class · temperatures and links update live')),
        h('div', { className: 'scroll' }, this.inventory.element),
      ),
      h('section', { className: 'card' },
        h('div', { className: 'card-head' }, h('h2', {}, 'MCTP interfaces'),
          h('span', { className: 'sub' }, 'Admin: set through the API · Link: the medium, as the binding reports it · counters every 5 s')),
        this.interfacesBox),
      h('div', { className: 'grid-2 wide-left' },
        h('section', { className: 'card' }, h('h2', {}, 'Endpoints'), this.endpointsBox),
        h('section', { className: 'card' }, h('h2', {}, 'Recent events'), this.eventsBox),
      ),
    );
    this.componentsChanged();
    void this.refreshMctp();
    void this.refreshEvents();
  }

  dispose(): void {
    this.disposed = true;
  }

  /** Re-renders the table and tiles after the component list was refetched. */
  componentsChanged(): void {
    const list = this.components();
    this.inventory.render(list);
    this.renderSummary(list);
  }

  /** Updates one row and the tiles after a live reading. */
  componentUpdated(c: Component): void {
    this.inventory.update(c);
    this.renderSummary(this.components());
  }

  eventArrived(ev: PlatformEvent): void {
    this.events = [ev, ...this.events.filter((e) => e.id !== ev.id)].slice(0, EVENT_LIMIT);
    this.renderEvents();
  }

  async refreshMctp(): Promise<void> {
    try {
      const [interfaces, endpoints] = await Promise.all([this.api.interfaces(), this.api.endpoints()]);
      if (this.disposed) return;
      this.banner.clear('mctp');
      this.renderMctp(interfaces, endpoints);
    } catch (e) {
      if (!this.disposed) this.banner.show('mctp', e);
    }
  }

  async refreshEvents(): Promise<void> {
    try {
      const events = await this.api.events(EVENT_LIMIT);
      if (this.disposed) return;
      this.banner.clear('events');
      this.events = events;
      this.renderEvents();
    } catch (e) {
      if (!this.disposed) this.banner.show('events', e);
    }
  }

  private renderSummary(list: Component[]): void {
    clear(this.summaryBox);
    this.summaryBox.appendChild(renderSummary(summarize(list)));
  }

  private renderMctp(interfaces: MctpInterface[], endpoints: Endpoint[]): void {
    clear(this.interfacesBox);
    this.interfacesBox.appendChild(renderInterfaces(interfaces));
    clear(this.endpointsBox);
    this.endpointsBox.appendChild(renderEndpoints(endpoints, Date.now()));
  }

  private renderEvents(): void {
    clear(this.eventsBox);
    this.eventsBox.appendChild(renderEvents(this.events, Date.now()));
  }
}
