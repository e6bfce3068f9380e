#!/usr/bin/env node
// The two halves of the restart test (deploy/test/system-tests.sh runs them around a restart of ./run.sh):
//
//   node restart-check.mjs seed   BASE_URL STATE_FILE   creates users, a post with an image, its
//                                                       notification and a read mark; saves what it made
//   node restart-check.mjs verify BASE_URL STATE_FILE   after the restart: everything is still there,
//                                                       and the tokens issued before still work
//
// Prints "N passed, N failed" last; exits 1 on any failure.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { check, finish } from './checks.mjs';

const [phase, base, stateFile] = process.argv.slice(2);
const password = 'correct horse battery';
// The smallest valid PNG (1×1, transparent).
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
async function call(path, { token, json, form, method } = {}) {
  const headers = token ? { authorization: `Bearer ${token}` } : {};
  let body;
  if (json) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(json);
  } else if (form) {
    body = form;
  }
  const response = await fetch(base + path, { method: method ?? (body ? 'POST' : 'GET'), headers, body });
  const bytes = Buffer.from(await response.arrayBuffer());
  const type = response.headers.get('content-type') ?? '';
  return { status: response.status, bytes, json: type.includes('json') && bytes.length ? JSON.parse(bytes) : null };
}

async function session(name) {
  const email = `${name}-${Date.now()}@example.com`;
  await call('/api/register', { json: { email, password } });
  const login = await call('/api/login', { json: { email, password } });
  return { email, id: login.json.user.id, token: login.json.accessToken };
}

async function eventually(probe) {
  for (let i = 0; i < 150; i++) {
    const value = await probe();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return null;
}

const sha = (bytes) => createHash('sha256').update(bytes).digest('hex');

if (phase === 'seed') {
  const alice = await session('alice');
  const bob = await session('bob');
  const form = new FormData();
  form.append('text', 'written before the restart');
  form.append('image', new Blob([png], { type: 'image/png' }), 'dot.png');
  const post = await call('/api/post', { token: alice.token, form });
  check('the post is created', post.status === 201, `(status ${post.status})`);
  const notification = await eventually(async () =>
    (await call('/api/notification?limit=100', { token: bob.token })).json?.items.find((n) => n.postId === post.json.id));
  check('bob gets its notification', !!notification);
  const read = await call(`/api/notification/${notification?.id}/read`, { token: bob.token, method: 'POST' });
  check('bob marks it read', read.status === 204, `(status ${read.status})`);
  const image = await call(post.json.imageUrl);
  writeFileSync(stateFile, JSON.stringify({ alice, bob, post: post.json, notificationId: notification?.id, imageSha: sha(image.bytes) }));
} else if (phase === 'verify') {
  const { alice, bob, post, notificationId, imageSha } = JSON.parse(readFileSync(stateFile, 'utf8'));
  const again = await call(`/api/post/${post.id}`, { token: alice.token });
  check("alice's token from before the restart still works", again.status === 200, `(status ${again.status})`);
  check('the post is there, unchanged', JSON.stringify(again.json) === JSON.stringify(post), JSON.stringify(again.json));
  const feed = await call('/api/post', { token: bob.token });
  check("the post is in bob's feed", feed.json?.items.some((p) => p.id === post.id));
  const image = await call(post.imageUrl);
  check('the image has the same bytes', image.status === 200 && sha(image.bytes) === imageSha, `(status ${image.status})`);
  const page = (await call('/api/notification?limit=100', { token: bob.token })).json;
  const notification = page?.items.find((n) => n.id === notificationId);
  check('the notification is there, still read', notification?.read === true, JSON.stringify(notification));
  check('no unread notification came back', page?.unreadCount === 0, `(unreadCount ${page?.unreadCount})`);
  const login = await call('/api/login', { json: { email: alice.email, password } });
  check('the account still logs in', login.status === 200, `(status ${login.status})`);
  const duplicate = await call('/api/register', { json: { email: bob.email, password } });
  check('the email is still taken (unique index back)', duplicate.status === 409, `(status ${duplicate.status})`);
} else {
  console.error('usage: restart-check.mjs seed|verify BASE_URL STATE_FILE');
  process.exit(2);
}
finish();
