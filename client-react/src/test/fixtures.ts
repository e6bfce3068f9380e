import type { Notification, Post } from '../api/types';
import type { Session } from '../auth/storedSession';

export const ME = { id: 'user-me', email: 'me@example.com' };
export const ALICE = { id: 'user-alice', email: 'alice@example.com' };

export function aSession(overrides: Partial<Session> = {}): Session {
  return { accessToken: 'token-123', user: ME, expiresAt: Date.now() + 3_600_000, ...overrides };
}

export function aPost(overrides: Partial<Post> = {}): Post {
  return {
    id: 'post-1',
    author: ALICE,
    text: 'Hello world',
    imageUrl: null,
    createdAt: new Date(Date.now() - 5 * 60_000).toISOString(),
    ...overrides,
  };
}

export function aNotification(overrides: Partial<Notification> = {}): Notification {
  return {
    id: 'notification-1',
    postId: 'post-1',
    author: ALICE,
    preview: 'Hello world',
    createdAt: new Date(Date.now() - 60_000).toISOString(),
    read: false,
    ...overrides,
  };
}
