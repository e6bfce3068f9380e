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
}

export type ApiClient = ReturnType<typeof createApiClient>;

export function createApiClient({ getToken, onUnauthorized, fetchImpl }: ApiClientOptions) {
  // Resolve fetch lazily so tests can stub the global after the client exists.
  const doFetch: typeof fetch = fetchImpl ?? ((input, init) => fetch(input, init));

  async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
    const { method = 'GET', json, authenticated = true } = options;
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

    let response: Response;
    try {
      response = await doFetch(path, { method, headers, body });
    } catch {
      throw new ApiError(NETWORK_ERROR_STATUS);
    }

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
      request<User>('/api/register', { method: 'POST', json: { email, password } satisfies Credentials, authenticated: false }),

    login: (email: string, password: string) =>
      request<LoginResponse>('/api/login', { method: 'POST', json: { email, password } satisfies Credentials, authenticated: false }),

    getFeed: (page: PageRequest = {}) => request<PostPage>(`/api/post${queryOf(page)}`),

    createPost: (text: string, image: File | null) => {
      const form = new FormData();
      form.append('text', text);
      if (image) form.append('image', image, image.name);
      return request<Post>('/api/post', { method: 'POST', body: form });
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
