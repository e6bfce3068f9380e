import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aNotification, aPost, aSession } from '../test/fixtures';
import { json, mockApi } from '../test/mockApi';
import { renderApp } from '../test/renderApp';

describe('notifications', () => {
  it('shows the unread count in the navigation', async () => {
    mockApi({
      'GET /api/post': () => json(200, { items: [], nextCursor: null }),
      'GET /api/notification': () => json(200, { items: [aNotification()], unreadCount: 3, nextCursor: null }),
    });
    renderApp('/', { session: aSession() });
    expect(await screen.findByRole('link', { name: 'Notifications, 3 unread' })).toBeInTheDocument();
  });

  it('refreshes the unread count when the window regains focus', async () => {
    let unread = 1;
    const api = mockApi({
      'GET /api/post': () => json(200, { items: [], nextCursor: null }),
      'GET /api/notification': () => json(200, { items: [], unreadCount: unread, nextCursor: null }),
    });
    renderApp('/', { session: aSession() });
    expect(await screen.findByRole('link', { name: 'Notifications, 1 unread' })).toBeInTheDocument();

    unread = 2;
    window.dispatchEvent(new Event('focus'));
    expect(await screen.findByRole('link', { name: 'Notifications, 2 unread' })).toBeInTheDocument();
    expect(api.callsTo('GET /api/notification').length).toBeGreaterThanOrEqual(2);
  });

  it('polls the unread count with the last ETag and keeps the count on 304', async () => {
    let version = 1;
    const api = mockApi({
      'GET /api/post': () => json(200, { items: [], nextCursor: null }),
      'GET /api/notification': (request) =>
        request.headers.get('If-None-Match') === `"v${version}"`
          ? new Response(null, { status: 304, headers: { ETag: `"v${version}"` } })
          : new Response(JSON.stringify({ items: [], unreadCount: version, nextCursor: null }), {
              status: 200,
              headers: { 'Content-Type': 'application/json', ETag: `"v${version}"` },
            }),
    });
    renderApp('/', { session: aSession() });
    expect(await screen.findByRole('link', { name: 'Notifications, 1 unread' })).toBeInTheDocument();

    window.dispatchEvent(new Event('focus'));
    await waitFor(() => expect(api.callsTo('GET /api/notification').length).toBeGreaterThanOrEqual(2));
    expect(api.callsTo('GET /api/notification')[1].headers.get('If-None-Match')).toBe('"v1"');
    expect(api.callsTo('GET /api/notification')[1].query.get('limit')).toBe('1');
    expect(screen.getByRole('link', { name: 'Notifications, 1 unread' })).toBeInTheDocument();

    version = 2;
    window.dispatchEvent(new Event('focus'));
    expect(await screen.findByRole('link', { name: 'Notifications, 2 unread' })).toBeInTheDocument();
  });

  it('highlights unread ones; opening one marks it read and shows the post', async () => {
    let unread = 1;
    const api = mockApi({
      'GET /api/notification': () =>
        json(200, {
          items: [
            aNotification({ id: 'n2', postId: 'post-2', preview: 'Fresh news', read: unread === 0 }),
            aNotification({ id: 'n1', postId: 'post-1', preview: 'Old news', read: true }),
          ],
          unreadCount: unread,
          nextCursor: null,
        }),
      'POST /api/notification/n2/read': () => {
        unread = 0;
        return new Response(null, { status: 204 });
      },
      'GET /api/post/post-2': () => json(200, aPost({ id: 'post-2', text: 'Fresh news, in full' })),
    });
    renderApp('/notifications', { session: aSession() });

    const fresh = await screen.findByRole('link', { name: /^Unread: alice@example.com posted: Fresh news/ });
    expect(fresh).toHaveClass('notification-unread');
    expect(screen.getByRole('link', { name: /^alice@example.com posted: Old news/ })).not.toHaveClass('notification-unread');

    fresh.focus();
    await userEvent.setup().keyboard('{Enter}');

    expect(await screen.findByText('Fresh news, in full')).toBeInTheDocument();
    expect(screen.getByTestId('current-path')).toHaveTextContent('/posts/post-2');
    expect(api.callsTo('POST /api/notification/n2/read')).toHaveLength(1);
    await waitFor(() => expect(screen.getByRole('link', { name: 'Notifications' })).toBeInTheDocument());
  });
});
