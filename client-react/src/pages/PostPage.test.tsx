import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aSession } from '../test/fixtures';
import { mockApi, problem } from '../test/mockApi';
import { renderApp } from '../test/renderApp';

describe('post page', () => {
  it.each([
    [404, 'Not Found'],
    [400, 'Bad Request'],
  ])('shows "Post not found" for %i', async (status, title) => {
    mockApi({ 'GET /api/post/whatever': () => problem(status, title) });
    renderApp('/posts/whatever', { session: aSession() });
    expect(await screen.findByRole('heading', { name: 'Post not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '← Back to feed' })).toHaveAttribute('href', '/');
  });
});
