import { beforeEach, describe, expect, it } from 'vitest';
import { Backoff } from './backoff';
import { type EventSourceLike, LiveConnection, type LiveState, type Timers } from './connection';

class ScriptedSource implements EventSourceLike {
  onopen: ((ev: Event) => unknown) | null = null;
  onerror: ((ev: Event) => unknown) | null = null;
  closed = false;
  readonly listeners = new Map<string, (ev: MessageEvent) => void>();
  addEventListener(type: string, listener: (ev: MessageEvent) => void): void {
    this.listeners.set(type, listener);
  }
  close(): void {
    this.closed = true;
  }
  open(): void {
    this.onopen?.({} as Event);
  }
  fail(): void {
    this.onerror?.({} as Event);
  }
  emit(type: string, data: string): void {
    this.listeners.get(type)?.({ data } as MessageEvent);
  }
}

/** Virtual time: timers fire only when advance() passes their due time. */
class VirtualTimers implements Timers {
  now = 0;
  private next = 1;
  private readonly tasks = new Map<number, { due: number; fn: () => void; every: number | null }>();
  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.next++;
    this.tasks.set(id, { due: this.now + ms, fn, every: null });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.tasks.delete(handle as number);
  }
  setInterval(fn: () => void, ms: number): unknown {
    const id = this.next++;
    this.tasks.set(id, { due: this.now + ms, fn, every: ms });
    return id;
  }
  clearInterval(handle: unknown): void {
    this.tasks.delete(handle as number);
  }
  advance(ms: number): void {
    const end = this.now + ms;
    for (;;) {
      const due = [...this.tasks.entries()].filter(([, t]) => t.due <= end).sort((a, b) => a[1].due - b[1].due)[0];
      if (!due) break;
      const [id, task] = due;
      this.now = task.due;
      if (task.every === null) this.tasks.delete(id);
      else task.due += task.every;
      task.fn();
    }
    this.now = end;
  }
}

describe('LiveConnection', () => {
  let sources: ScriptedSource[];
  let timers: VirtualTimers;
  let states: LiveState[];
  let messages: [string, unknown][];
  let polls: number[];
  let live: LiveConnection;

  beforeEach(() => {
    sources = [];
    timers = new VirtualTimers();
    states = [];
    messages = [];
    polls = [];
    live = new LiveConnection({
      url: '/api/events/stream',
      eventTypes: ['reading', 'component'],
      open: () => {
        const s = new ScriptedSource();
        sources.push(s);
        return s;
      },
      timers,
      backoff: new Backoff(1000, 4000),
      pollMs: 5000,
      onState: (s) => states.push(s),
      onMessage: (type, data) => messages.push([type, data]),
      onPoll: () => polls.push(timers.now),
    });
  });

  it('reports live once the stream opens and passes parsed events on', () => {
    live.start();
    sources[0].open();
    sources[0].emit('reading', '{"componentId":"nvme0","sensor":"temperature","value":41.5}');
    expect(states).toEqual(['connecting', 'live']);
    expect(messages).toEqual([['reading', { componentId: 'nvme0', sensor: 'temperature', value: 41.5 }]]);
    expect(polls).toEqual([]);
  });

  it('polls every five seconds while the stream is down and reconnects with growing delays', () => {
    live.start();
    sources[0].open();
    sources[0].fail();
    expect(sources[0].closed).toBe(true);
    expect(states.at(-1)).toBe('reconnecting');
    expect(polls).toEqual([0]);

    timers.advance(1000);
    expect(sources).toHaveLength(2);
    sources[1].fail();
    timers.advance(1999);
    expect(sources).toHaveLength(2);
    timers.advance(1);
    expect(sources).toHaveLength(3);
    sources[2].fail();
    timers.advance(4000);
    expect(sources).toHaveLength(4);
    expect(polls).toEqual([0, 5000]);
  });

  it('stops polling and catches up once after the stream comes back', () => {
    live.start();
    sources[0].open();
    sources[0].fail();
    timers.advance(1000);
    sources[1].open();
    expect(states).toEqual(['connecting', 'live', 'reconnecting', 'live']);
    expect(polls).toEqual([0, 1000]);
    timers.advance(60000);
    expect(polls).toEqual([0, 1000]);
  });

  it('ignores events from a source it already replaced', () => {
    live.start();
    const first = sources[0];
    first.open();
    first.fail();
    first.emit('reading', '{"value":1}');
    expect(messages).toEqual([]);
  });

  it('stops all timers and the source on stop', () => {
    live.start();
    sources[0].fail();
    live.stop();
    timers.advance(60000);
    expect(sources).toHaveLength(1);
    expect(polls).toEqual([0]);
    expect(live.current()).toBe('stopped');
  });
});
