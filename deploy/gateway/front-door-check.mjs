// The gateway's front door against hostile clients, with the real nginx and the local render of the
// real configuration (the same files as compose and the cluster). No service runs: every case is
// answered by nginx itself, before any upstream is asked (an upstream would answer 503 here).
//
//   node deploy/gateway/front-door-check.mjs [RENDER_DIR]
//
// RENDER_DIR (default: a temporary one) receives the render. Prints one line per case and
// "N passed, N failed". Only 127.0.0.1 is ever contacted.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const renderDir = process.argv[2] ?? mkdtempSync(path.join(tmpdir(), 'front-door-'));

// A port nothing listens on: the kernel picks it, we release it for nginx (a tiny race, retried by nginx's failure).
const freePort = () => new Promise((resolve) => {
  const server = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});

// Sends RAW on a new connection (never half-closed: nginx takes that for a client gone, 499) and
// resolves with what came back and when the server closed the connection.
function exchange(port, raw, { timeoutMs = 30_000 } = {}) {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = net.connect(port, '127.0.0.1');
    let received = '';
    const timer = setTimeout(() => { socket.destroy(); resolve({ received, closedAfterMs: null }); }, timeoutMs);
    socket.setEncoding('latin1');
    socket.on('connect', () => socket.write(raw));
    socket.on('data', (chunk) => { received += chunk; });
    const done = () => { clearTimeout(timer); resolve({ received, closedAfterMs: Date.now() - started }); };
    socket.on('close', done);
    socket.on('error', () => {});
  });
}

function parse(received) {
  const [head, ...rest] = received.split('\r\n\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0);
  const header = (name) => new RegExp(`^${name}: *(.*)$`, 'im').exec(head)?.[1]?.trim();
  let problem = null;
  try { problem = JSON.parse(rest.join('\r\n\r\n')); } catch { /* not JSON */ }
  return { status, header, problem };
}

const results = [];
function check(name, ok, detail) {
  results.push(ok);
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}: ${detail}`);
}
function expectProblem(name, received, status) {
  const answer = parse(received);
  const ok = answer.status === status
    && answer.header('Content-Type') === 'application/problem+json'
    && answer.problem?.status === status && typeof answer.problem?.title === 'string';
  check(name, ok, `${answer.status} ${answer.header('Content-Type') ?? '-'} ${JSON.stringify(answer.problem ?? received.slice(0, 80))}`);
  return answer;
}

const publicPort = await freePort();
const internalPort = await freePort();
const nowhere = await freePort(); // the services' "replicas": nothing listens there
mkdirSync(path.join(renderDir, 'client'), { recursive: true });
execFileSync(path.join(here, 'render.sh'), ['local', renderDir, String(publicPort), String(internalPort),
  path.join(renderDir, 'client'), `user=${nowhere}`, `post=${nowhere}`, `notification=${nowhere}`], { stdio: 'inherit' });
const nginx = spawn('nginx', ['-c', path.join(renderDir, 'nginx.conf'), '-e', 'stderr'], { stdio: ['ignore', 'inherit', 'inherit'] });
const stop = () => { nginx.kill('SIGTERM'); };
process.on('exit', stop);
for (let i = 0; i < 100 && !(await exchange(publicPort, 'GET /healthz HTTP/1.0\r\n\r\n', { timeoutMs: 500 })).received; i++) {
  await new Promise((r) => setTimeout(r, 100));
}

try {
  // 1. A body announced larger than sent, then silence: dropped ~10 s after the last byte (no answer:
  //    nginx does not write to a client it timed out), and while 64 such requests are open, the
  //    65th request from the same address is a 429 problem.
  const stalled = Array.from({ length: 64 }, () => exchange(publicPort,
    'POST /api/post HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"text":'));
  await new Promise((r) => setTimeout(r, 1000));
  expectProblem('65th concurrent request from one address -> 429', (await exchange(publicPort, 'GET /api/notification HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n')).received, 429);
  const first = (await Promise.all(stalled))[0];
  check('stalled body dropped within 9-15 s', first.closedAfterMs !== null && first.closedAfterMs >= 9000 && first.closedAfterMs <= 15_000,
    `closed after ${first.closedAfterMs ?? 'never (30 s)'} ms, answer ${JSON.stringify(first.received.slice(0, 40))}`);

  // 2. Headers that never end: dropped ~10 s after the last byte.
  const slowHeaders = await exchange(publicPort, 'GET /healthz HTTP/1.1\r\nHost: a\r\nX-Slow: 1');
  check('stalled headers dropped within 9-15 s', slowHeaders.closedAfterMs !== null && slowHeaders.closedAfterMs >= 9000 && slowHeaders.closedAfterMs <= 15_000,
    `closed after ${slowHeaders.closedAfterMs ?? 'never (30 s)'} ms`);

  // 3. Transfer-Encodings nginx cannot decode, and HTTP versions it does not speak.
  expectProblem('unknown Transfer-Encoding -> 501', (await exchange(publicPort,
    'POST /api/post HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\nConnection: close\r\n\r\n')).received, 501);
  expectProblem('HTTP/3.0 request line -> 505', (await exchange(publicPort, 'GET / HTTP/3.0\r\nHost: a\r\n\r\n')).received, 505);

  // 4. Oversized header and request line (limit: 8 KB each).
  expectProblem('9 KB header -> 431', (await exchange(publicPort,
    `GET /api/post HTTP/1.1\r\nHost: a\r\nX-Big: ${'a'.repeat(9000)}\r\nConnection: close\r\n\r\n`)).received, 431);
  expectProblem('9 KB URI -> 414', (await exchange(publicPort,
    `GET /api/post?q=${'a'.repeat(9000)} HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n`)).received, 414);
  expectProblem('malformed request line -> 400', (await exchange(publicPort, 'GET /%zz\x01 HTTP/1.1\r\nHost: a\r\n\r\n')).received, 400);

  // 5. The edge limit on the password endpoints: 60 at once; 1 + a burst of 50 pass (to the absent
  //    service: 503; a few more if the 60 take longer than 0.1 s to arrive), the rest are 429 problems.
  const login = 'POST /api/login HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}';
  const answers = await Promise.all(Array.from({ length: 60 }, async () => parse((await exchange(publicPort, login)).received)));
  const count = (status) => answers.filter((a) => a.status === status).length;
  const limited = answers.find((a) => a.status === 429);
  check('POST /api/login, 60 at once: 51 pass, then 429 with Retry-After',
    count(503) >= 51 && count(503) <= 55 && count(429) === 60 - count(503)
      && limited?.header('Content-Type') === 'application/problem+json' && limited?.header('Retry-After') === '1',
    `${count(503)} passed (503: no service here), ${count(429)} limited (429)`);
  const get = parse((await exchange(publicPort, 'GET /api/post HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n')).received);
  check('other requests from that address are not limited', get.status === 503, `GET /api/post -> ${get.status}`);
} finally {
  stop();
  if (!process.argv[2]) rmSync(renderDir, { recursive: true, force: true });
}
const failed = results.filter((ok) => !ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
