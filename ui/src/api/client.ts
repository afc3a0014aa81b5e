import type { AssetPeriod, Component, Endpoint, MctpInterface, PlatformEvent, PortChange, Problem, ReadingPage } from './types';

/** A failed API call, carrying the server's RFC 9457 problem details when it sent them. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly path: string,
  ) {
    super(detail ? `${title}: ${detail}` : title);
    this.name = 'ApiError';
  }
}

/** Builds an ApiError from a response body; uses the problem's title/detail when the body is one. */
export function problemToError(status: number, statusText: string, body: string, path: string): ApiError {
  let problem: Problem | null = null;
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed && typeof parsed === 'object') problem = parsed as Problem;
  } catch {
    problem = null;
  }
  const title = problem?.title || statusText || `HTTP ${status}`;
  const detail = problem?.detail || (problem ? '' : body.trim().slice(0, 300));
  return new ApiError(problem?.status ?? status, title, detail, path);
}

export type Fetcher = (input: string, init?: RequestInit) => Promise<Response>;

export class ApiClient {
  constructor(
    private readonly fetcher: Fetcher = (input, init) => fetch(input, init),
    private readonly base = '/api',
  ) {}

  async get<T>(path: string): Promise<T> {
    const url = this.base + path;
    let response: Response;
    try {
      response = await this.fetcher(url, { headers: { Accept: 'application/json, application/problem+json' } });
    } catch (e) {
      throw new ApiError(0, 'Server unreachable', `GET ${url} failed (${String(e)}). Check that the platform is running.`, url);
    }
    const text = await response.text();
    if (!response.ok) throw problemToError(response.status, response.statusText, text, url);
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new ApiError(response.status, 'Unreadable response', `GET ${url} did not return JSON.`, url);
    }
  }

  components(): Promise<Component[]> {
    return this.get('/components');
  }

  component(id: string): Promise<Component> {
    return this.get(`/components/${encodeURIComponent(id)}`);
  }

  /** The components one component reports (the drives behind an HBA). */
  children(parentId: string): Promise<Component[]> {
    return this.get(`/components?parent=${encodeURIComponent(parentId)}`);
  }

  portHistory(id: string, port: number, limit: number): Promise<PortChange[]> {
    return this.get(`/components/${encodeURIComponent(id)}/ports/${port}/history?limit=${limit}`);
  }

  assetHistory(id: string): Promise<AssetPeriod[]> {
    return this.get(`/components/${encodeURIComponent(id)}/assets/history`);
  }

  readings(id: string, sensor: string, from: Date): Promise<ReadingPage> {
    const q = new URLSearchParams({ sensor, from: from.toISOString() });
    return this.get(`/components/${encodeURIComponent(id)}/readings?${q.toString()}`);
  }

  interfaces(): Promise<MctpInterface[]> {
    return this.get('/interfaces');
  }

  endpoints(): Promise<Endpoint[]> {
    return this.get('/endpoints');
  }

  /** The newest events, or one component's. */
  events(limit: number, componentId?: string): Promise<PlatformEvent[]> {
    const component = componentId ? `&component=${encodeURIComponent(componentId)}` : '';
    return this.get(`/events?limit=${limit}${component}`);
  }
}
