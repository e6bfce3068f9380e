import { describe, expect, it, vi } from 'vitest';
import { json, problem } from '../test/mockApi';
import { createApiClient } from './client';
import { ApiError } from './problem';

/** A fetch that answers each call with the next of `answers` (an Error is thrown, as fetch does offline). */
function sequence(...answers: (Response | Error)[]) {
  const fetchImpl = vi.fn<typeof fetch>(async () => {
    const next = answers.shift();
    if (!next) throw new Error('more calls than expected');
    if (next instanceof Error) throw next;
    return next;
  });
  const api = createApiClient({ getToken: () => 'token-123', onUnauthorized: vi.fn(), fetchImpl });
  const keys = () => fetchImpl.mock.calls.map(([, init]) => new Headers(init?.headers).get('Idempotency-Key'));
  return { api, fetchImpl, keys };
}

const post = { id: 'p1', author: { id: 'u1', email: 'a@b.co' }, text: 'Hi', imageUrl: null, createdAt: '2026-01-01T00:00:00Z' };

describe('writes with an Idempotency-Key', () => {
  it('sends a fresh key with every post and every registration', async () => {
    const { api, keys } = sequence(json(201, post), json(201, post), json(201, { id: 'u1', email: 'a@b.co' }));
    await api.createPost('Hi', null);
    await api.createPost('Hi', null);
    await api.register('a@b.co', 'password1');
    const sent = keys();
    expect(sent.every((key) => /^[0-9a-f]{32}$/.test(key ?? ''))).toBe(true);
    expect(new Set(sent).size).toBe(3);
  });

  it.each([
    ['a connection error', new TypeError('Failed to fetch')],
    ['a 502', problem(502, 'Bad Gateway')],
    ['a 503', problem(503, 'Service Unavailable')],
  ])('retries a post once after %s, with the same key', async (_, failure) => {
    const { api, fetchImpl, keys } = sequence(failure, json(201, post));
    await expect(api.createPost('Hi', null)).resolves.toEqual(post);
    expect(fetchImpl).toHaveBeenCalledTimes(2);
    const [first, second] = keys();
    expect(first).toBeTruthy();
    expect(second).toBe(first);
    expect((fetchImpl.mock.calls[1][1]?.body as FormData).get('text')).toBe('Hi');
  });

  it('retries a registration once after a connection error, with the same key', async () => {
    const { api, fetchImpl, keys } = sequence(new TypeError('Failed to fetch'), json(201, { id: 'u1', email: 'a@b.co' }));
    await api.register('a@b.co', 'password1');
    expect(fetchImpl).toHaveBeenCalledTimes(2);
    expect(keys()[1]).toBe(keys()[0]);
  });

  it('gives up after the one retry and reports the last failure', async () => {
    const { api, fetchImpl } = sequence(problem(503, 'Service Unavailable'), new TypeError('Failed to fetch'));
    const error = await api.createPost('Hi', null).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(0);
    expect(fetchImpl).toHaveBeenCalledTimes(2);
  });

  it.each([400, 413, 415, 422, 500])('does not retry a definite answer (%i)', async (status) => {
    const { api, fetchImpl } = sequence(problem(status, 'No'));
    await expect(api.createPost('Hi', null)).rejects.toBeInstanceOf(ApiError);
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });

  it('never retries a write without a key, nor a read', async () => {
    const { api, fetchImpl } = sequence(new TypeError('Failed to fetch'), problem(503, 'Service Unavailable'));
    await expect(api.markNotificationRead('n1')).rejects.toBeInstanceOf(ApiError);
    await expect(api.getFeed()).rejects.toBeInstanceOf(ApiError);
    expect(fetchImpl).toHaveBeenCalledTimes(2);
  });
});
