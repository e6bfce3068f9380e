import { newIdempotencyKey } from './idempotencyKey';
import { ApiError, NETWORK_ERROR_STATUS, apiErrorFromResponse } from './problem';
import type { Credentials, LoginResponse, Notification, NotificationPage, PageRequest, Post, PostPage, User } from './types';

export interface ApiClientOptions {
  /** Current access token, or null when logged out or expired. */
  getToken: () => string | null;
  /** Called when an authenticated call is rejected (401) or made without a valid token. */
  onUnauthorized: () => void;
  fetchImpl?: typeof fetch;
}

interface RequestOptions {
  method?: 'GET' | 'POST';
  body?: BodyInit;
  json?: unknown;
  authenticated?: boolean;
  /** Makes the write safe to send twice: it is retried once, with the same key, when no answer came. */
  idempotencyKey?: string;
}

/**
 * Answers that leave a write's fate unknown: no response at all, or the gateway found no replica
 * to answer (502, 503). A write with an Idempotency-Key is sent once more after one of them; the
 * API answers a repeat with the first outcome, so the post is never published twice.
 */
const UNKNOWN_OUTCOME_STATUSES = [502, 503];

export type ApiClient = ReturnType<typeof createApiClient>;

export function createApiClient({ getToken, onUnauthorized, fetchImpl }: ApiClientOptions) {
  // Resolve fetch lazily so tests can stub the global after the client exists.
  const doFetch: typeof fetch = fetchImpl ?? ((input, init) => fetch(input, init));

  async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
    const { method = 'GET', json, authenticated = true, idempotencyKey } = options;
    const headers = new Headers({ Accept: 'application/json, application/problem+json' });
    let body = options.body;
    if (json !== undefined) {
      headers.set('Content-Type', 'application/json');
      body = JSON.stringify(json);
    }
    if (authenticated) {
      const token = getToken();
      if (!token) {
        onUnauthorized();
        throw new ApiError(401);
      }
      headers.set('Authorization', `Bearer ${token}`);
    }
    if (idempotencyKey) headers.set('Idempotency-Key', idempotencyKey);

    const send = () => doFetch(path, { method, headers, body }).catch(() => null);
    let response = await send();
    if (idempotencyKey && (response === null || UNKNOWN_OUTCOME_STATUSES.includes(response.status))) {
      response = await send();
    }
    if (response === null) throw new ApiError(NETWORK_ERROR_STATUS);

    if (!response.ok) {
      const error = await apiErrorFromResponse(response);
      if (authenticated && response.status === 401) onUnauthorized();
      throw error;
    }
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }

  return {
    register: (email: string, password: string) =>
      request<User>('/api/register', {
        method: 'POST',
        json: { email, password } satisfies Credentials,
        authenticated: false,
        idempotencyKey: newIdempotencyKey(),
      }),

    login: (email: string, password: string) =>
      request<LoginResponse>('/api/login', { method: 'POST', json: { email, password } satisfies Credentials, authenticated: false }),

    getFeed: (page: PageRequest = {}) => request<PostPage>(`/api/post${queryOf(page)}`),

    createPost: (text: string, image: File | null) => {
      const form = new FormData();
      form.append('text', text);
      if (image) form.append('image', image, image.name);
      return request<Post>('/api/post', { method: 'POST', body: form, idempotencyKey: newIdempotencyKey() });
    },

    getPost: (id: string) => request<Post>(`/api/post/${encodeURIComponent(id)}`),

    getNotifications: (page: PageRequest = {}) => request<NotificationPage>(`/api/notification${queryOf(page)}`),

    markNotificationRead: (id: Notification['id']) =>
      request<void>(`/api/notification/${encodeURIComponent(id)}/read`, { method: 'POST' }),
  };
}

function queryOf({ limit, cursor }: PageRequest): string {
  const params = new URLSearchParams();
  if (limit !== undefined) params.set('limit', String(limit));
  if (cursor) params.set('cursor', cursor);
  const query = params.toString();
  return query ? `?${query}` : '';
}
