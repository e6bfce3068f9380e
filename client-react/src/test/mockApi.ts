import { vi } from 'vitest';

export interface MockRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: BodyInit | null | undefined;
}

export type MockHandler = (request: MockRequest) => Response | Promise<Response>;

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export function problem(status: number, title: string, extra: Record<string, unknown> = {}): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title, status, ...extra }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

const emptyNotifications = () => json(200, { items: [], unreadCount: 0, nextCursor: null });

/**
 * Replaces global fetch with a router keyed by "METHOD /path" (query string excluded).
 * The unread-count poll gets an empty answer unless a test overrides it; any other
 * unexpected call fails loudly with a 599 so tests notice.
 */
export function mockApi(routes: Record<string, MockHandler>) {
  const requests: MockRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const request: MockRequest = {
      method: init.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: new Headers(init.headers),
      body: init.body,
    };
    requests.push(request);
    const handler = routes[`${request.method} ${request.path}`];
    if (handler) return handler(request);
    if (request.method === 'GET' && request.path === '/api/notification') return emptyNotifications();
    return problem(599, `No mock for ${request.method} ${request.path}`);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { requests, fetchMock, callsTo: (key: string) => requests.filter((r) => `${r.method} ${r.path}` === key) };
}
