import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aPost, aSession } from '../test/fixtures';
import { json, mockApi, problem } from '../test/mockApi';
import { renderApp } from '../test/renderApp';

describe('feed on the home page', () => {
  it('renders post text as text, never as HTML, keeping line breaks', async () => {
    const text = 'First line\n<img src=x onerror="alert(1)"><b>not bold</b>';
    mockApi({ 'GET /api/post': () => json(200, { items: [aPost({ text })], nextCursor: null }) });
    renderApp('/', { session: aSession() });

    const post = await screen.findByRole('article', { name: 'alice@example.com' });
    const paragraph = within(post).getByText((_, element) => element?.textContent === text && element.tagName === 'P');
    expect(paragraph).toHaveClass('post-text');
    expect(post.querySelector('b')).toBeNull();
    expect(within(post).queryByRole('img')).toBeNull();
  });

  it('shows author, relative time with the exact time on hover, and a lazy image with alt text', async () => {
    const createdAt = new Date(Date.now() - 2 * 3_600_000).toISOString();
    mockApi({
      'GET /api/post': () => json(200, { items: [aPost({ createdAt, imageUrl: '/api/post/post-1/image' })], nextCursor: null }),
    });
    renderApp('/', { session: aSession() });

    const post = await screen.findByRole('article', { name: 'alice@example.com' });
    const time = post.querySelector('time')!;
    expect(time).toHaveTextContent('2 hours ago');
    expect(time).toHaveAttribute('dateTime', createdAt);
    expect(time.getAttribute('title')).toBeTruthy();
    const image = within(post).getByRole('img', { name: 'Image shared by alice@example.com' });
    expect(image).toHaveAttribute('src', '/api/post/post-1/image');
    expect(image).toHaveAttribute('loading', 'lazy');
  });

  it('loads the next page with the cursor and hides "Load more" at the end', async () => {
    const api = mockApi({
      'GET /api/post': ({ query }) =>
        query.get('cursor') === 'page-2'
          ? json(200, { items: [aPost({ id: 'p3', text: 'Third' })], nextCursor: null })
          : json(200, { items: [aPost({ id: 'p1', text: 'First' }), aPost({ id: 'p2', text: 'Second' })], nextCursor: 'page-2' }),
    });
    renderApp('/', { session: aSession() });

    expect(await screen.findByText('First')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByText('Third')).toBeInTheDocument();
    expect(screen.getAllByRole('article').map((article) => article.querySelector('.post-text')?.textContent)).toEqual([
      'First',
      'Second',
      'Third',
    ]);
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(api.callsTo('GET /api/post').map((request) => request.query.get('cursor'))).toEqual([null, 'page-2']);
  });

  it('shows an empty state', async () => {
    mockApi({ 'GET /api/post': () => json(200, { items: [], nextCursor: null }) });
    renderApp('/', { session: aSession() });
    expect(await screen.findByText('No posts yet.')).toBeInTheDocument();
  });

  it('offers a retry after an error', async () => {
    let calls = 0;
    mockApi({
      'GET /api/post': () => (++calls === 1 ? problem(503, 'Service Unavailable') : json(200, { items: [aPost()], nextCursor: null })),
    });
    renderApp('/', { session: aSession() });

    expect(await screen.findByRole('alert')).toHaveTextContent('Service Unavailable');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Hello world')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('logs out and explains why when the token is rejected', async () => {
    mockApi({ 'GET /api/post': () => problem(401, 'Unauthorized') });
    renderApp('/', { session: aSession() });

    await waitFor(() => expect(screen.getByTestId('current-path')).toHaveTextContent('/login'));
    expect(screen.getByRole('status')).toHaveTextContent('Your session has expired. Please log in again.');
    expect(localStorage.length).toBe(0);
    expect(screen.queryByRole('button', { name: 'Log out' })).not.toBeInTheDocument();
  });
});
