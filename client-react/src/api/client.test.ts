import { describe, expect, it, vi } from 'vitest';
import { json, problem } from '../test/mockApi';
import { createApiClient } from './client';
import { ApiError } from './problem';

function setup(response: Response | Error, token: string | null = 'token-123') {
  const fetchImpl = vi.fn<typeof fetch>(async () => {
    if (response instanceof Error) throw response;
    return response;
  });
  const onUnauthorized = vi.fn();
  const api = createApiClient({ getToken: () => token, onUnauthorized, fetchImpl });
  return { api, fetchImpl, onUnauthorized };
}

async function rejectionOf(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('api client', () => {
  it('sends the bearer token and query parameters on authenticated calls', async () => {
    const { api, fetchImpl } = setup(json(200, { items: [], nextCursor: null }));
    await api.getFeed({ limit: 10, cursor: 'abc==' });
    const [url, init] = fetchImpl.mock.calls[0];
    expect(url).toBe('/api/post?limit=10&cursor=abc%3D%3D');
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer token-123');
  });

  it('posts text and image as multipart form data without forcing a content type', async () => {
    const { api, fetchImpl } = setup(json(201, { id: 'p1' }));
    const image = new File(['png'], 'photo.png', { type: 'image/png' });
    await api.createPost('Hi', image);
    const init = fetchImpl.mock.calls[0][1]!;
    const body = init.body as FormData;
    expect(body.get('text')).toBe('Hi');
    expect((body.get('image') as File).name).toBe('photo.png');
    expect(new Headers(init.headers).has('Content-Type')).toBe(false);
  });

  it('maps validation problem details to field errors, matching keys case-insensitively', async () => {
    const { api } = setup(
      problem(400, 'One or more validation errors occurred.', {
        errors: { Email: ['The Email field is not a valid e-mail address.'], PASSWORD: ['Too short.'] },
      }),
    );
    const error = await rejectionOf(api.register('x', 'y'));
    expect(error.status).toBe(400);
    expect(error.fieldError('email')).toBe('The Email field is not a valid e-mail address.');
    expect(error.fieldError('Password')).toBe('Too short.');
    expect(error.message).toBe('One or more validation errors occurred.');
  });

  it('prefers the problem detail as the message', async () => {
    const { api } = setup(problem(409, 'Conflict', { detail: 'Email already registered.' }));
    expect((await rejectionOf(api.register('a@b.co', 'password1'))).message).toBe('Email already registered.');
  });

  it('falls back to a status-based message when the body is not JSON', async () => {
    const { api } = setup(new Response('<html>Bad gateway</html>', { status: 502 }));
    const error = await rejectionOf(api.getPost('p1'));
    expect(error.status).toBe(502);
    expect(error.message).toMatch(/on our side/);
  });

  it('reports a network failure as status 0 with a friendly message', async () => {
    const { api } = setup(new TypeError('Failed to fetch'));
    const error = await rejectionOf(api.getPost('p1'));
    expect(error.status).toBe(0);
    expect(error.message).toMatch(/Cannot reach the server/);
  });

  it('calls onUnauthorized when an authenticated call gets 401', async () => {
    const { api, onUnauthorized } = setup(problem(401, 'Unauthorized'));
    await rejectionOf(api.getNotifications());
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('does not log out on a 401 from login (wrong password)', async () => {
    const { api, onUnauthorized } = setup(problem(401, 'Unauthorized'));
    const error = await rejectionOf(api.login('a@b.co', 'wrongpass'));
    expect(error.status).toBe(401);
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('does not call the server without a valid token and reports it as unauthorized', async () => {
    const { api, fetchImpl, onUnauthorized } = setup(json(200, {}), null);
    const error = await rejectionOf(api.getFeed());
    expect(error.status).toBe(401);
    expect(fetchImpl).not.toHaveBeenCalled();
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('resolves 204 responses without reading a body', async () => {
    const { api, fetchImpl } = setup(new Response(null, { status: 204 }));
    await expect(api.markNotificationRead('n1')).resolves.toBeUndefined();
    expect(fetchImpl.mock.calls[0][0]).toBe('/api/notification/n1/read');
    expect(fetchImpl.mock.calls[0][1]?.method).toBe('POST');
  });

  it('polls the unread count conditionally: If-None-Match out, the ETag back, 304 as unchanged', async () => {
    const changed = setup(
      new Response(JSON.stringify({ items: [], unreadCount: 4, nextCursor: null }), {
        status: 200,
        headers: { 'Content-Type': 'application/json', ETag: '"t2"' },
      }),
    );
    await expect(changed.api.pollUnreadCount('"t1"')).resolves.toEqual({ unchanged: false, body: 4, etag: '"t2"' });
    const [url, init] = changed.fetchImpl.mock.calls[0];
    expect(url).toBe('/api/notification?limit=1');
    expect(new Headers(init?.headers).get('If-None-Match')).toBe('"t1"');

    const unchanged = setup(new Response(null, { status: 304 }));
    await expect(unchanged.api.pollUnreadCount('"t2"')).resolves.toEqual({ unchanged: true });

    const first = setup(json(200, { items: [], unreadCount: 0, nextCursor: null }));
    await first.api.pollUnreadCount(null);
    expect(new Headers(first.fetchImpl.mock.calls[0][1]?.headers).has('If-None-Match')).toBe(false);
  });
});
