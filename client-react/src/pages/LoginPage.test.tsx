import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SESSION_STORAGE_KEY } from '../auth/storedSession';
import { ME } from '../test/fixtures';
import { json, mockApi, problem } from '../test/mockApi';
import { renderApp } from '../test/renderApp';

const loginOk = () => json(200, { accessToken: 'fresh-token', tokenType: 'Bearer', expiresIn: 3600, user: ME });

async function submitLogin(email: string, password: string) {
  const user = userEvent.setup();
  if (email) await user.type(screen.getByLabelText('Email'), email);
  if (password) await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Log in' }));
}

describe('login page', () => {
  it('shows inline validation and does not call the server for invalid input', async () => {
    const api = mockApi({ 'POST /api/login': loginOk });
    renderApp('/login');
    await submitLogin('not-an-email', 'short');

    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription(/valid email address/);
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(/at least 8 characters/);
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Email')).toHaveFocus();
    expect(api.callsTo('POST /api/login')).toHaveLength(0);
  });

  it('validates a field when it is left', async () => {
    mockApi({});
    renderApp('/login');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Email'), 'ada@');
    await user.tab();
    expect(screen.getByText(/Enter a valid email address/)).toBeInTheDocument();
    expect(screen.queryByText(/Enter your password/)).not.toBeInTheDocument();
  });

  it('shows "Wrong email or password" on 401', async () => {
    mockApi({ 'POST /api/login': () => problem(401, 'Unauthorized') });
    renderApp('/login');
    await submitLogin('ada@example.com', 'password123');
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong email or password.');
    expect(screen.getByTestId('current-path')).toHaveTextContent('/login');
  });

  it('shows the rate-limit message on 429', async () => {
    mockApi({ 'POST /api/login': () => problem(429, 'Too Many Requests') });
    renderApp('/login');
    await submitLogin('ada@example.com', 'password123');
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts, try again later.');
  });

  it('is busy while submitting', async () => {
    let answer: (response: Response) => void = () => {};
    mockApi({ 'POST /api/login': () => new Promise<Response>((resolve) => (answer = resolve)) });
    renderApp('/login');
    await submitLogin('ada@example.com', 'password123');
    expect(screen.getByRole('button', { name: 'Logging in…' })).toBeDisabled();
    answer(problem(401, 'Unauthorized'));
    expect(await screen.findByRole('button', { name: 'Log in' })).toBeEnabled();
  });

  it('sends a logged-out visitor to login and back to the requested page afterwards', async () => {
    const api = mockApi({
      'POST /api/login': loginOk,
      'GET /api/notification': () => json(200, { items: [], unreadCount: 0, nextCursor: null }),
    });
    renderApp('/notifications');
    expect(screen.getByTestId('current-path')).toHaveTextContent('/login');

    await submitLogin('  ada@example.com ', 'password123');

    await waitFor(() => expect(screen.getByTestId('current-path')).toHaveTextContent('/notifications'));
    expect(await screen.findByRole('heading', { name: 'Notifications' })).toBeInTheDocument();
    expect(JSON.parse(String(api.callsTo('POST /api/login')[0].body))).toEqual({
      email: 'ada@example.com',
      password: 'password123',
    });
    expect(JSON.parse(localStorage.getItem(SESSION_STORAGE_KEY)!).accessToken).toBe('fresh-token');
    expect(screen.getByText(ME.email)).toBeInTheDocument();
  });

  it('links to the register page', async () => {
    mockApi({});
    renderApp('/login');
    await userEvent.setup().click(screen.getByRole('link', { name: 'Create an account' }));
    expect(screen.getByRole('heading', { name: 'Create your account' })).toBeInTheDocument();
  });
});
