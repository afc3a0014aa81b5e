import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import * as fx from './fixtures';

// A fake of the platform's REST API and SSE stream for `npm run dev` (see docs/DESIGN.md, REST).
// GET /api/_dev/drop-stream closes every open stream once, to exercise reconnect and polling.

function json(res: ServerResponse, status: number, body: unknown, type = 'application/json'): void {
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  res.end(JSON.stringify(body));
}

function problem(res: ServerResponse, status: number, title: string, detail: string): void {
  json(res, status, { type: 'about:blank', title, status, detail }, 'application/problem+json');
}

export function fakeApi(): Plugin {
  const drives = fx.makeDrives();
  const started = Date.now() - 20 * 60 * 1000;
  const streams = new Set<ServerResponse>();
  const events: { id: number; at: string; type: string; componentId: string | null; message: string }[] = [];
  let nextEvent = 1;
  const record = (type: string, componentId: string | null, message: string) => {
    const e = { id: nextEvent++, at: new Date().toISOString(), type, componentId, message };
    events.unshift(e);
    events.length = Math.min(events.length, 100);
    return e;
  };
  for (const d of drives) record(d.present ? 'COMPONENT_DISCOVERED' : 'COMPONENT_ABSENT', d.id, d.present ? `${d.slot}: ${d.model} discovered at EID ${d.eid}` : `${d.slot} is empty`);
  const send = (type: string, data: unknown) => {
    for (const s of streams) s.write(`event: ${type}\ndata: ${JSON.stringify(data)}\n\n`);
  };

  return {
    name: 'bmc-fake-api',
    apply: 'serve',
    configureServer(server) {
      const timer = setInterval(() => {
        const now = Date.now();
        for (const d of drives) {
          if (!d.present) continue;
          send('reading', { componentId: d.id, sensor: 'temperature', value: fx.temperatureAt(d, now / 1000), unit: 'Cel', at: new Date(now).toISOString() });
        }
      }, 2000);
      timer.unref();
      server.httpServer?.on('close', () => clearInterval(timer));

      server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        if (!url.pathname.startsWith('/api/')) return next();
        const path = url.pathname;
        const now = Date.now();
        let m: RegExpExecArray | null;
        if (req.method === 'GET' && path === '/api/events/stream') {
          res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive' });
          res.write(': connected\n\n');
          streams.add(res);
          req.on('close', () => streams.delete(res));
          return;
        }
        if (path === '/api/_dev/drop-stream') {
          for (const s of streams) s.destroy();
          streams.clear();
          return json(res, 200, { dropped: true });
        }
        if (req.method === 'GET' && path === '/api/components') {
          // The fake board has only directly attached drives: nothing reports another component.
          const cls = url.searchParams.get('class');
          const all = url.searchParams.has('parent') ? [] : drives.map((d) => fx.component(d, now));
          return json(res, 200, cls ? all.filter((c) => c.componentClass === cls.toUpperCase()) : all);
        }
        if ((m = /^\/api\/components\/([^/]+)\/assets\/history$/.exec(path)) && req.method === 'GET') {
          const d = drives.find((x) => x.id === decodeURIComponent(m![1]));
          if (!d) return problem(res, 404, 'Component not found', `No component with id '${decodeURIComponent(m[1])}'. GET /api/components lists the known ids.`);
          const assets = fx.component(d, now).assets as Record<string, unknown>;
          return json(res, 200, Object.entries(assets).map(([key, value]) =>
            ({ key, value: String(value), validFrom: new Date(started).toISOString(), validTo: null })));
        }
        if ((m = /^\/api\/components\/([^/]+)(\/readings)?$/.exec(path)) && req.method === 'GET') {
          const d = drives.find((x) => x.id === decodeURIComponent(m![1]));
          if (!d) return problem(res, 404, 'Component not found', `No component with id '${decodeURIComponent(m[1])}'. GET /api/components lists the known ids.`);
          if (!m[2]) return json(res, 200, fx.componentDetail(d, now));
          const from = url.searchParams.get('from') ? Date.parse(url.searchParams.get('from')!) : now - 3600_000;
          if (Number.isNaN(from)) return problem(res, 400, 'Bad request', "Parameter 'from' must be an ISO-8601 instant, e.g. 2026-01-01T00:00:00Z.");
          return json(res, 200, fx.readings(d, Math.max(from, started), now));
        }
        if ((m = /^\/api\/simulation\/components\/([^/]+)\/(plug|unplug)$/.exec(path)) && req.method === 'POST') {
          const d = drives.find((x) => x.id === m![1]);
          if (!d) return problem(res, 404, 'Component not found', `No simulated component '${m[1]}'.`);
          d.present = m[2] === 'plug';
          const e = record(d.present ? 'COMPONENT_PLUGGED' : 'COMPONENT_UNPLUGGED', d.id, `${d.slot} ${d.present ? 'plugged' : 'unplugged'}`);
          send('component', fx.component(d, now));
          send('event', e);
          res.statusCode = 204;
          return res.end();
        }
        if (req.method === 'GET' && path === '/api/endpoints') return json(res, 200, fx.endpoints(drives, started));
        if (req.method === 'GET' && path === '/api/interfaces') return json(res, 200, fx.interfaces(started));
        if (req.method === 'GET' && path === '/api/events') {
          const limit = Number(url.searchParams.get('limit') ?? '50');
          const component = url.searchParams.get('component');
          return json(res, 200, events.filter((e) => !component || e.componentId === component).slice(0, limit));
        }
        return problem(res, 404, 'Not found', `No API resource at ${req.method} ${path}.`);
      });
    },
  };
}
