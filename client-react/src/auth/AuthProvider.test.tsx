import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aSession } from '../test/fixtures';
import { json, mockApi } from '../test/mockApi';
import { renderApp } from '../test/renderApp';
import { SESSION_STORAGE_KEY } from './storedSession';

const emptyFeed = () => json(200, { items: [], nextCursor: null });

describe('authentication', () => {
  it('sends a logged-out visit to a protected page to /login', () => {
    mockApi({});
    renderApp('/');
    expect(screen.getByTestId('current-path')).toHaveTextContent('/login');
    expect(screen.getByRole('heading', { name: 'Log in' })).toBeInTheDocument();
  });

  it('ignores an already expired stored token', () => {
    mockApi({});
    renderApp('/', { session: aSession({ expiresAt: Date.now() - 1 }) });
    expect(screen.getByTestId('current-path')).toHaveTextContent('/login');
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('logs out with a message when the token expires while the app is open', async () => {
    mockApi({ 'GET /api/post': emptyFeed });
    renderApp('/', { session: aSession({ expiresAt: Date.now() + 500 }) });
    expect(screen.getByTestId('current-path')).toHaveTextContent(/^\/$/);

    await waitFor(() => expect(screen.getByTestId('current-path')).toHaveTextContent('/login'), { timeout: 3_000 });
    expect(screen.getByRole('status')).toHaveTextContent('Your session has expired');
  });

  it('shows the email in the navigation and logs out to /login', async () => {
    mockApi({ 'GET /api/post': emptyFeed });
    renderApp('/', { session: aSession() });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(nav).toHaveTextContent('me@example.com');

    await userEvent.setup().click(screen.getByRole('button', { name: 'Log out' }));
    expect(screen.getByTestId('current-path')).toHaveTextContent('/login');
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
