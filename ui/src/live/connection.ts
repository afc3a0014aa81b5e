import { Backoff } from './backoff';

/** The part of the browser's EventSource this connection uses (tests pass a scripted one). */
export interface EventSourceLike {
  onopen: ((ev: Event) => unknown) | null;
  onerror: ((ev: Event) => unknown) | null;
  addEventListener(type: string, listener: (ev: MessageEvent) => void): void;
  close(): void;
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export type LiveState = 'connecting' | 'live' | 'reconnecting' | 'stopped';

export interface LiveOptions {
  url: string;
  eventTypes: string[];
  open?: (url: string) => EventSourceLike;
  timers?: Timers;
  backoff?: Backoff;
  pollMs?: number;
  onState(state: LiveState): void;
  onMessage(type: string, data: unknown): void;
  /** Called every pollMs while the stream is down, and once after it comes back (to catch up). */
  onPoll(): void;
}

const browserTimers: Timers = {
  setTimeout: (fn, ms) => window.setTimeout(fn, ms),
  clearTimeout: (h) => window.clearTimeout(h as number),
  setInterval: (fn, ms) => window.setInterval(fn, ms),
  clearInterval: (h) => window.clearInterval(h as number),
};

/**
 * Server-sent events with our own reconnect: on error the source is closed, the caller is polled
 * every pollMs, and a new source is opened after an exponential backoff.
 */
export class LiveConnection {
  private source: EventSourceLike | null = null;
  private reconnectTimer: unknown = null;
  private pollTimer: unknown = null;
  private state: LiveState = 'stopped';
  private everOpened = false;
  private readonly open: (url: string) => EventSourceLike;
  private readonly timers: Timers;
  private readonly backoff: Backoff;
  private readonly pollMs: number;

  constructor(private readonly options: LiveOptions) {
    this.open = options.open ?? ((url) => new EventSource(url));
    this.timers = options.timers ?? browserTimers;
    this.backoff = options.backoff ?? new Backoff();
    this.pollMs = options.pollMs ?? 5000;
  }

  start(): void {
    if (this.state !== 'stopped') return;
    this.setState('connecting');
    this.connect();
  }

  stop(): void {
    this.closeSource();
    this.stopPolling();
    if (this.reconnectTimer !== null) this.timers.clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    this.setState('stopped');
  }

  current(): LiveState {
    return this.state;
  }

  private connect(): void {
    this.reconnectTimer = null;
    const source = this.open(this.options.url);
    this.source = source;
    source.onopen = () => {
      if (this.source !== source) return;
      this.backoff.reset();
      const wasDown = this.pollTimer !== null || this.everOpened;
      this.everOpened = true;
      this.stopPolling();
      this.setState('live');
      if (wasDown) this.options.onPoll();
    };
    source.onerror = () => {
      if (this.source !== source) return;
      this.closeSource();
      this.setState('reconnecting');
      this.startPolling();
      this.reconnectTimer = this.timers.setTimeout(() => this.connect(), this.backoff.next());
    };
    for (const type of this.options.eventTypes) {
      source.addEventListener(type, (ev) => {
        if (this.source !== source) return;
        this.options.onMessage(type, parse(ev.data));
      });
    }
  }

  private closeSource(): void {
    if (this.source) {
      this.source.onopen = null;
      this.source.onerror = null;
      this.source.close();
    }
    this.source = null;
  }

  private startPolling(): void {
    if (this.pollTimer !== null) return;
    this.options.onPoll();
    this.pollTimer = this.timers.setInterval(() => this.options.onPoll(), this.pollMs);
  }

  private stopPolling(): void {
    if (this.pollTimer !== null) this.timers.clearInterval(this.pollTimer);
    this.pollTimer = null;
  }

  private setState(state: LiveState): void {
    if (state === this.state) return;
    this.state = state;
    this.options.onState(state);
  }
}

function parse(data: unknown): unknown {
  if (typeof data !== 'string' || data === '') return null;
  try {
    return JSON.parse(data);
  } catch {
    return data;
  }
}
