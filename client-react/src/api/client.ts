import { newIdempotencyKey } from './idempotencyKey';
import { ApiError, NETWORK_ERROR_STATUS, apiErrorFromResponse } from './problem';
import type {
  Credentials,
  IfNoneMatchHeader,
  LoginResponse,
  Notification,
  NotificationPage,
  PageRequest,
  Post,
  PostPage,
  User,
} from './types';

const IF_NONE_MATCH: IfNoneMatchHeader = 'If-None-Match';

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
  /** The ETag of an earlier answer: the server may then answer 304 Not Modified. */
  ifNoneMatch?: string | null;
}

/** An answer to a conditional GET: the body and its ETag, or `unchanged` (304) and no body. */
export type Conditional<T> = { unchanged: false; body: T; etag: string | null } | { unchanged: true };

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

  /** Sends the request; a 304 is an answer, any other status outside 2xx an ApiError. */
  async function send(path: string, options: RequestOptions): Promise<Response> {
    const { method = 'GET', json, authenticated = true, idempotencyKey, ifNoneMatch } = options;
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
    if (ifNoneMatch) headers.set(IF_NONE_MATCH, ifNoneMatch);

    const attempt = () => doFetch(path, { method, headers, body }).catch(() => null);
    let response = await attempt();
    if (idempotencyKey && (response === null || UNKNOWN_OUTCOME_STATUSES.includes(response.status))) {
      response = await attempt();
    }
    if (response === null) throw new ApiError(NETWORK_ERROR_STATUS);

    if (!response.ok && response.status !== 304) {
      const error = await apiErrorFromResponse(response);
      if (authenticated && response.status === 401) onUnauthorized();
      throw error;
    }
    return response;
  }

  async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
    const response = await send(path, options);
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }

  async function requestIfChanged<T>(path: string, etag: string | null): Promise<Conditional<T>> {
    const response = await send(path, { ifNoneMatch: etag });
    if (response.status === 304) return { unchanged: true };
    return { unchanged: false, body: (await response.json()) as T, etag: response.headers.get('ETag') };
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

    /** The unread badge's poll: a one-item page, `unchanged` while the ETag of the last answer still holds. */
    pollUnreadCount: async (etag: string | null): Promise<Conditional<NotificationPage['unreadCount']>> => {
      const answer = await requestIfChanged<NotificationPage>(`/api/notification${queryOf({ limit: 1 })}`, etag);
      return answer.unchanged ? answer : { ...answer, body: answer.body.unreadCount };
    },

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
