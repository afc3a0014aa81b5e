import { describe, expect, it } from 'vitest';
import { ApiClient, ApiError, problemToError } from './client';

describe('ApiClient', () => {
  it('returns parsed JSON for a successful call', async () => {
    const api = new ApiClient(async (url) => new Response(JSON.stringify([{ id: 'nvme0', url }]), { status: 200 }));
    await expect(api.components()).resolves.toEqual([{ id: 'nvme0', url: '/api/components' }]);
  });

  it('turns an RFC 9457 problem into an error carrying its title and detail', async () => {
    const body = { type: 'about:blank', title: 'Component not found', status: 404, detail: "No component 'x'. GET /api/components lists ids." };
    const api = new ApiClient(async () => new Response(JSON.stringify(body), { status: 404, statusText: 'Not Found', headers: { 'Content-Type': 'application/problem+json' } }));
    const error = await api.component('x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, title: 'Component not found', detail: "No component 'x'. GET /api/components lists ids.", path: '/api/components/x' });
  });

  it('reports an unreachable server as an error that says what to check', async () => {
    const api = new ApiClient(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(api.interfaces()).rejects.toMatchObject({ status: 0, title: 'Server unreachable' });
  });

  it('asks for readings of one sensor from an ISO-8601 instant', async () => {
    const urls: string[] = [];
    const api = new ApiClient(async (url) => {
      urls.push(url);
      return new Response('{"componentId":"nvme0","readings":[]}');
    });
    await api.readings('nvme 0', 'temperature', new Date('2026-01-01T00:00:00Z'));
    expect(urls).toEqual(['/api/components/nvme%200/readings?sensor=temperature&from=2026-01-01T00%3A00%3A00.000Z']);
  });
});

describe('problemToError', () => {
  it('falls back to the status text and body when the body is not a problem', () => {
    expect(problemToError(502, 'Bad Gateway', 'upstream down', '/api/x')).toMatchObject({ status: 502, title: 'Bad Gateway', detail: 'upstream down' });
  });
});
