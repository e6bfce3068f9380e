import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_IMAGE_BYTES } from '../validation/image';
import { MAX_POST_LENGTH } from '../validation/post';
import { limits } from '../api/limits';
import { aPost, aSession } from '../test/fixtures';
import { json, mockApi, problem, type MockHandler } from '../test/mockApi';
import { renderApp } from '../test/renderApp';

const emptyFeed: MockHandler = () => json(200, { items: [], nextCursor: null });

function fileOf(name: string, type: string, size = 1024): File {
  const file = new File(['x'], name, { type });
  Object.defineProperty(file, 'size', { value: size });
  return file;
}

async function renderHome(routes: Record<string, MockHandler> = {}) {
  const api = mockApi({ 'GET /api/post': emptyFeed, ...routes });
  renderApp('/', { session: aSession() });
  await screen.findByText('No posts yet.');
  // applyAccept: false lets the test pick files the browser dialog would hide, like a user choosing "All files".
  return { api, user: userEvent.setup({ applyAccept: false }) };
}

describe('composer', () => {
  beforeEach(() => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:preview');
    vi.spyOn(URL, 'revokeObjectURL');
  });

  it('counts characters up to the limit and refuses text over it', async () => {
    const { api, user } = await renderHome();
    const textarea = screen.getByLabelText('What do you want to talk about?');
    await user.type(textarea, 'Hello');
    expect(textarea).toHaveAccessibleDescription(`5 / ${MAX_POST_LENGTH} characters`);
    expect(textarea).toHaveAttribute('aria-invalid', 'false');

    await user.clear(textarea);
    await user.click(textarea);
    await user.paste('x'.repeat(MAX_POST_LENGTH + 1));
    expect(screen.getByText(`${MAX_POST_LENGTH + 1} / ${MAX_POST_LENGTH}`)).toHaveClass('counter-over');
    expect(textarea).toHaveAttribute('aria-invalid', 'true');

    await user.click(screen.getByRole('button', { name: 'Post' }));
    expect(screen.getByRole('alert')).toHaveTextContent(`Posts can be at most ${MAX_POST_LENGTH} characters.`);
    expect(api.callsTo('POST /api/post')).toHaveLength(0);
  });

  it('rejects an image of the wrong type', async () => {
    const { user } = await renderHome();
    await user.upload(screen.getByLabelText('Add image'), fileOf('drawing.svg', 'image/svg+xml'));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose a JPEG, PNG, GIF or WebP image.');
    expect(screen.queryByRole('img', { name: /Preview/ })).not.toBeInTheDocument();
  });

  it('rejects an image over the limit', async () => {
    const { user } = await renderHome();
    await user.upload(screen.getByLabelText('Add image'), fileOf('big.jpg', 'image/jpeg', MAX_IMAGE_BYTES + 1));
    expect(screen.getByRole('alert')).toHaveTextContent(`The image is larger than ${limits.maxImageMegabytes} MB`);
    expect(screen.queryByRole('button', { name: 'Remove image' })).not.toBeInTheDocument();
  });

  it('previews an accepted image and can remove it', async () => {
    const { user } = await renderHome();
    await user.upload(screen.getByLabelText('Add image'), fileOf('photo.png', 'image/png'));
    expect(screen.getByRole('img', { name: 'Preview of photo.png' })).toHaveAttribute('src', 'blob:preview');

    await user.click(screen.getByRole('button', { name: 'Remove image' }));
    expect(screen.queryByRole('img', { name: 'Preview of photo.png' })).not.toBeInTheDocument();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:preview');
  });

  it('refuses an empty post without calling the server', async () => {
    const { api, user } = await renderHome();
    await user.click(screen.getByRole('button', { name: 'Post' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Write something or add an image.');
    expect(api.callsTo('POST /api/post')).toHaveLength(0);
  });

  it('posts text and image, then confirms with a link to the new post', async () => {
    const { api, user } = await renderHome({ 'POST /api/post': () => json(201, aPost({ id: 'new-post' })) });
    await user.type(screen.getByLabelText('What do you want to talk about?'), 'My news');
    await user.upload(screen.getByLabelText('Add image'), fileOf('photo.png', 'image/png'));
    await user.click(screen.getByRole('button', { name: 'Post' }));

    expect(await screen.findByText(/Posted\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'View your post' })).toHaveAttribute('href', '/posts/new-post');
    expect(screen.getByLabelText('What do you want to talk about?')).toHaveValue('');
    const body = api.callsTo('POST /api/post')[0].body as FormData;
    expect(body.get('text')).toBe('My news');
    expect((body.get('image') as File).name).toBe('photo.png');
  });

  it('shows a server 415 next to the image picker', async () => {
    const { user } = await renderHome({ 'POST /api/post': () => problem(415, 'Unsupported Media Type') });
    await user.type(screen.getByLabelText('What do you want to talk about?'), 'Hi');
    await user.upload(screen.getByLabelText('Add image'), fileOf('photo.png', 'image/png'));
    await user.click(screen.getByRole('button', { name: 'Post' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Choose a JPEG, PNG, GIF or WebP image.');
    expect(screen.getByLabelText('Add image')).toHaveAttribute('aria-invalid', 'true');
  });
});
