import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ME } from '../test/fixtures';
import { json, mockApi, problem } from '../test/mockApi';
import { renderApp } from '../test/renderApp';

async function submitRegistration(email: string, password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Email'), email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Create account' }));
}

describe('register page', () => {
  it('shows 409 "email taken" next to the email field', async () => {
    mockApi({ 'POST /api/register': () => problem(409, 'Conflict', { detail: 'This email is already registered.' }) });
    renderApp('/register');
    await submitRegistration('ada@example.com', 'password123');
    const email = screen.getByLabelText('Email');
    await waitFor(() => expect(email).toHaveAccessibleDescription('This email is already registered.'));
    expect(email).toHaveFocus();
  });

  it('shows server validation messages next to the matching field', async () => {
    mockApi({
      'POST /api/register': () =>
        problem(400, 'One or more validation errors occurred.', { errors: { Password: ['Password is too common.'] } }),
    });
    renderApp('/register');
    await submitRegistration('ada@example.com', 'password123');
    await waitFor(() => expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(/Password is too common./));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('logs in automatically after registering and opens the home page', async () => {
    const api = mockApi({
      'POST /api/register': () => json(201, ME),
      'POST /api/login': () => json(200, { accessToken: 't', tokenType: 'Bearer', expiresIn: 3600, user: ME }),
      'GET /api/post': () => json(200, { items: [], nextCursor: null }),
    });
    renderApp('/register');
    await submitRegistration(ME.email, 'password123');
    await waitFor(() => expect(screen.getByTestId('current-path')).toHaveTextContent(/^\/$/));
    expect(api.callsTo('POST /api/login')).toHaveLength(1);
    expect(await screen.findByText('No posts yet.')).toBeInTheDocument();
  });
});
