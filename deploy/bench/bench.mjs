#!/usr/bin/env node
// The parts of deploy/bench/run.sh that speak HTTP or JSON (Node 20, no packages):
//
//   bench.mjs seed    --base URL --users N --posts N --dir DIR   users, tokens and posts; DIR/data.json, DIR/data.lua
//   bench.mjs lag     --base URL --dir DIR --posts N --clients N [--timeout S]
//                     a burst of posts, and when each one shows in another user's notifications
//   bench.mjs machine                                             the machine, as JSON
//   bench.mjs cpu     --root PID                                  CPU time so far of PID's process tree, by process, as JSON
//   bench.mjs dotnet  --root PID                                  "PID NAME" of each .NET process of that tree
//   bench.mjs report  --dir DIR [--doc FILE]                      markdown tables from DIR/results.jsonl
//
// Every result is one JSON line in DIR/results.jsonl; `report` reads them all.
import { execSync } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';

const [command, ...rest] = process.argv.slice(2);
const args = {};
for (let i = 0; i < rest.length; i += 2) {
  if (!rest[i].startsWith('--')) throw new Error(`unexpected argument ${rest[i]}`);
  args[rest[i].slice(2)] = rest[i + 1];
}
const now = () => performance.timeOrigin + performance.now(); // ms, sub-millisecond resolution
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const log = (...parts) => console.error('bench:', ...parts);

async function call(base, method, path, { token, body, expect } = {}) {
  const headers = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(base + path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (expect && !expect.includes(response.status)) {
    throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 300)}`);
  }
  return { status: response.status, headers: response.headers, json: text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : null };
}

// Runs task(i) for i in [0, count) on `concurrency` workers.
async function pool(count, concurrency, task) {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < count) await task(next++);
  }));
}

const percentile = (sorted, p) => sorted.length === 0 ? null
  : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

// --- seed: users (the last one only reads: the notification reader of the lag test), posts ------
async function seed() {
  const base = args.base;
  const userCount = Number(args.users ?? 8);
  const postCount = Number(args.posts ?? 300);
  const run = randomBytes(4).toString('hex');
  const users = [];
  for (let i = 0; i < userCount; i++) {
    const user = { email: `bench-${run}-${i}@example.com`, password: `bench-password-${run}-${i}` };
    await call(base, 'POST', '/api/register', { body: user, expect: [201] });
    const login = await call(base, 'POST', '/api/login', { body: user, expect: [200] });
    users.push({ ...user, id: login.json.user.id, token: login.json.accessToken });
  }
  const authors = users.slice(0, -1);
  const reader = users[users.length - 1];
  const started = now();
  await pool(postCount, 4, async (i) => {
    const author = authors[i % authors.length];
    await call(base, 'POST', '/api/post', {
      token: author.token, body: { text: `Seed post ${i} of ${author.email}: a few words about work.` }, expect: [201],
    });
  });
  log(`seeded ${userCount} users and ${postCount} posts in ${((now() - started) / 1000).toFixed(1)} s`);
  // The read benchmarks should see every notification: wait for the outbox to deliver them.
  const deadline = now() + 120_000;
  for (;;) {
    const page = await call(base, 'GET', '/api/notification?limit=1', { token: reader.token, expect: [200] });
    if (page.json.unreadCount >= postCount) break;
    if (now() > deadline) throw new Error(`only ${page.json.unreadCount} of ${postCount} notifications after 120 s`);
    await sleep(200);
  }
  // The badge's conditional poll: each user's ETag of `?limit=1` (none when the system has none).
  // A delivery's version is raised just after its write: take an ETag the next request answers 304 to.
  const etags = [];
  for (const user of users) {
    for (let attempt = 0; attempt < 50; attempt++) {
      const etag = (await call(base, 'GET', '/api/notification?limit=1', { token: user.token, expect: [200] })).headers.get('etag');
      if (!etag) break;
      const again = await fetch(`${base}/api/notification?limit=1`, { headers: { authorization: `Bearer ${user.token}`, 'if-none-match': etag } });
      await again.arrayBuffer();
      if (again.status === 304) { etags.push(etag); break; }
      await sleep(100);
    }
  }
  if (etags.length < users.length) etags.length = 0; // a row of 304s needs every user's
  writeFileSync(join(args.dir, 'data.json'), JSON.stringify({ users, seedPosts: postCount, etags }, null, 2));
  const lua = (s) => JSON.stringify(s); // a JSON string is a valid Lua string literal here (ASCII, no escapes but \")
  writeFileSync(join(args.dir, 'data.lua'), [
    'return {',
    `  tokens = { ${users.map((u) => lua(u.token)).join(', ')} },`,
    `  logins = { ${users.map((u) => lua(JSON.stringify({ email: u.email, password: u.password }))).join(', ')} },`,
    `  etags = { ${etags.map(lua).join(', ')} },`,
    '}',
    '',
  ].join('\n'));
}

// --- lag: N posts as fast as `clients` concurrent clients can post; a reader polls its notifications -
async function lag() {
  const base = args.base;
  const total = Number(args.posts ?? 2000);
  const clients = Number(args.clients ?? 8);
  const timeoutMs = Number(args.timeout ?? 300) * 1000;
  const { users } = JSON.parse(readFileSync(join(args.dir, 'data.json'), 'utf8'));
  const authors = users.slice(0, -1);
  const reader = users[users.length - 1]; // has no posts, reads nothing: unreadCount = every notification

  // What the reader sees before the burst: every notification's post id, all pages.
  const known = new Set();
  let cursor = null;
  let baseline = null;
  do {
    const page = await call(base, 'GET', `/api/notification?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      { token: reader.token, expect: [200] });
    baseline ??= page.json.unreadCount;
    page.json.items.forEach((n) => known.add(n.postId));
    cursor = page.json.nextCursor;
  } while (cursor);

  const accepted = new Map(); // postId -> ms when its 201 arrived
  const seen = new Map();     // postId -> ms when the reader's GET that first showed it returned
  let postErrors = 0;
  let postingDone = false;
  let firstSent = null;
  let lastAccepted = null;
  const polls = [];           // duration of each poll round (ms)
  let pagesRead = 0;

  const poller = (async () => {
    const deadline = now() + timeoutMs;
    while (!(postingDone && [...accepted.keys()].every((id) => seen.has(id)))) {
      if (now() > deadline) break;
      const roundStarted = now();
      // Newest first by delivery time: new notifications are on top. Page on while the unread
      // count says more have arrived than found so far (batches may commit out of order).
      let pageCursor = null;
      let newFound = 0;
      let expectedNew = null;
      for (let pages = 0; pages < 50; pages++) {
        const page = await call(base, 'GET', `/api/notification?limit=100${pageCursor ? `&cursor=${encodeURIComponent(pageCursor)}` : ''}`,
          { token: reader.token, expect: [200] });
        const at = now();
        pagesRead++;
        expectedNew ??= page.json.unreadCount - baseline - seen.size;
        for (const n of page.json.items) {
          if (!known.has(n.postId) && !seen.has(n.postId)) {
            seen.set(n.postId, at);
            newFound++;
          }
        }
        pageCursor = page.json.nextCursor;
        if (newFound >= expectedNew || !pageCursor) break;
      }
      polls.push(now() - roundStarted);
    }
  })();

  const burstStarted = now();
  let issued = 0;
  await Promise.all(Array.from({ length: clients }, async (_, c) => {
    while (issued < total) {
      const i = issued++;
      const author = authors[i % authors.length];
      firstSent ??= now();
      try {
        const response = await call(base, 'POST', '/api/post', {
          token: author.token, body: { text: `Burst post ${i} by client ${c}: notification lag test.` },
        });
        if (response.status === 201) {
          lastAccepted = now();
          accepted.set(response.json.id, lastAccepted);
        } else {
          postErrors++;
        }
      } catch {
        postErrors++;
      }
    }
  }));
  postingDone = true;
  const postingEnded = now();
  await poller;

  const lags = [...accepted].filter(([id]) => seen.has(id)).map(([id, at]) => seen.get(id) - at).sort((a, b) => a - b);
  const lastSeen = Math.max(...[...accepted.keys()].filter((id) => seen.has(id)).map((id) => seen.get(id)));
  const sortedPolls = [...polls].sort((a, b) => a - b);
  const result = {
    type: 'lag',
    posts: total,
    clients,
    accepted: accepted.size,
    postErrors,
    postingSeconds: (postingEnded - burstStarted) / 1000,
    acceptedPerSecond: accepted.size / ((postingEnded - burstStarted) / 1000),
    delivered: lags.length,
    missing: accepted.size - lags.length,
    lagP50Ms: percentile(lags, 50),
    lagP99Ms: percentile(lags, 99),
    lagMaxMs: lags.length ? lags[lags.length - 1] : null,
    lagMinMs: lags.length ? lags[0] : null,
    // from the first post sent until the reader saw the last notification
    lastArrivesAfterStartMs: lags.length ? lastSeen - firstSent : null,
    // from the last post accepted until the reader saw the last notification
    lastArrivesAfterPostingMs: lags.length ? lastSeen - lastAccepted : null,
    pollRounds: polls.length,
    pagesRead,
    pollP50Ms: percentile(sortedPolls, 50),
  };
  log(`lag: ${JSON.stringify(result)}`);
  return result;
}

// --- machine: what the numbers were measured on ---------------------------------------------------
function machine() {
  const sh = (cmd) => { try { return execSync(cmd, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim(); } catch (e) { return (e.stderr || '').trim() || 'unknown'; } };
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const meminfo = readFileSync('/proc/meminfo', 'utf8');
  return {
    type: 'machine',
    cores: Number(sh('nproc')),
    cpu: /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1] ?? 'unknown',
    memoryGiB: Math.round(Number(/MemTotal:\s*(\d+)/.exec(meminfo)[1]) / 1024 / 1024),
    os: sh('. /etc/os-release && echo "$PRETTY_NAME"') + ` (Debian ${sh('cat /etc/debian_version')})`,
    kernel: sh('uname -r'),
    dotnet: sh('dotnet --version'),
    nginx: sh('nginx -v 2>&1').replace(/^nginx version: /, ''),
    node: process.version,
    wrk: sh('wrk --version 2>&1 | head -1').split(' ')[1] ?? 'unknown',
  };
}

// --- cpu: user + system CPU time so far of every process under --root, summed by what it is -------
// (the system's .NET processes by assembly, each CongoDB by its database, nginx master and workers).
// Processes that are none of those (the start scripts' shells) are left out; so are processes that
// exited, whose time the kernel no longer reports per process.
function cpu() {
  const ticksPerSecond = Number(execSync('getconf CLK_TCK', { encoding: 'utf8' }).trim());
  const totals = {};
  for (const { name, ticks } of processesUnder(Number(args.root))) {
    totals[name] = (totals[name] ?? 0) + ticks * 1e6 / ticksPerSecond;
  }
  return totals;
}

// --- dotnet: "PID NAME" of each .NET process under --root, one a line (what dotnet-trace attaches to)
function dotnetProcesses() {
  return processesUnder(Number(args.root)).filter((p) => p.dotnet).map((p) => `${p.pid} ${p.name}`).join('\n');
}

// The named processes of root's process tree, with their CPU ticks so far.
function processesUnder(root) {
  const procs = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields[0] is field 3 (state)
      procs.set(Number(entry), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch { /* exited meanwhile */ }
  }
  const tree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, p] of procs) if (!tree.has(pid) && tree.has(p.ppid)) { tree.add(pid); grew = true; }
  }
  return [...tree].filter((pid) => procs.has(pid)).map((pid) => ({ pid, ticks: procs.get(pid).ticks, ...processName(pid) })).filter((p) => p.name);
}

function processName(pid) {
  let argv;
  try { argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0'); } catch { return {}; }
  const dll = argv.find((a) => a.endsWith('.dll'));
  if (dll) return { name: basename(dll, '.dll').replace(/^MiniLinkedIn\./, ''), dotnet: true };
  if (argv.some((a) => a.endsWith('start-congodb.mjs'))) {
    // with-standins.sh sends each CongoDB's output to congodb-VARIABLE.log
    let log = '';
    try { log = readlinkSync(`/proc/${pid}/fd/1`); } catch { /* not ours to read */ }
    const database = /congodb-(?:MONGO_URL_)?(\w+)\.log$/.exec(log)?.[1];
    return { name: database && database !== 'Mongo__ConnectionString' ? `CongoDB ${database.toLowerCase()}` : 'CongoDB' };
  }
  if (basename(argv[0]) === 'nginx' || argv[0].startsWith('nginx:')) return { name: 'nginx' };
  if (basename(argv[0]) === 'Aspire.Dashboard') return { name: DASHBOARD };
  return {};
}

// --- report: markdown ------------------------------------------------------------------------------
const ROWS = [
  ['static', 'static file `GET /index.html` (step 2: nginx; step 1: Kestrel)'],
  ['healthz', '`GET /healthz` (step 2: answered by nginx; step 1: Kestrel)'],
  ['jwks', '`GET /.well-known/jwks.json` (no database)'],
  ['login', '`POST /api/login`'],
  ['feed', '`GET /api/post` (feed, 20 posts)'],
  ['notifications', '`GET /api/notification` (20 + unread count)'],
  ['badge', 'badge poll `GET /api/notification?limit=1`'],
  ['badge-unchanged', 'badge poll, nothing changed (`If-None-Match` → 304)'],
  ['post', '`POST /api/post` (JSON text post)'],
];
const fmtRps = (rps) => rps >= 100 ? Math.round(rps).toString() : rps.toFixed(1);
const fmtMs = (us) => us / 1000 >= 100 ? Math.round(us / 1000).toString() : (us / 1000).toFixed(1);
const fmtUs = (us) => us == null ? '–' : us >= 100 ? Math.round(us).toLocaleString('en-US') : us.toFixed(1);
const fmtLagMs = (ms) => ms == null ? '–' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
const errorsOf = (r) => r.unexpected + r.connect_errors + r.read_errors + r.write_errors + r.timeouts;
const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  return s.length === 0 ? null : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const spread = (xs) => xs.length < 2 ? fmtUs(median(xs)) : `${fmtUs(median(xs))} (${fmtUs(Math.min(...xs))}–${fmtUs(Math.max(...xs))})`;

// CPU µs of each process between two snapshots of `bench.mjs cpu` (a process that restarted meanwhile is left out).
function cpuDelta(line) {
  const delta = {};
  for (const [name, after] of Object.entries(line.cpuAfter ?? {})) {
    const before = line.cpuBefore?.[name];
    if (before != null && after >= before) delta[name] = after - before;
  }
  return delta;
}

// Beside the system with --telemetry, not part of it (in production it runs elsewhere): shown, not in the system's totals.
const DASHBOARD = 'Aspire dashboard';

// The repetitions of one endpoint: medians of rate and latency, CPU µs per request of each process.
function summarize(reps) {
  if (reps.length === 0) return null;
  const perRequest = reps.map((r) => {
    const delta = cpuDelta(r);
    const us = Object.fromEntries(Object.entries(delta).map(([name, v]) => [name, v / Math.max(1, r.requests)]));
    const total = Object.entries(us).filter(([name]) => name !== DASHBOARD).reduce((sum, [, v]) => sum + v, 0);
    return { us, total, wrk: r.wrkCpuUs / Math.max(1, r.requests) };
  });
  const names = [...new Set(perRequest.flatMap((p) => Object.keys(p.us)))].sort();
  return {
    reps: reps.length,
    connections: reps[0].connections,
    rps: median(reps.map((r) => r.rps)),
    p50: median(reps.map((r) => r.p50_us)),
    p99: median(reps.map((r) => r.p99_us)),
    requests: reps.reduce((n, r) => n + r.requests, 0),
    errors: reps.reduce((n, r) => n + errorsOf(r), 0),
    names,
    process: Object.fromEntries(names.map((name) => [name, median(perRequest.map((p) => p.us[name] ?? 0))])),
    totals: perRequest.map((p) => p.total),
    wrk: perRequest.some((p) => Number.isFinite(p.wrk)) ? median(perRequest.map((p) => p.wrk)) : null,
  };
}

function report() {
  const lines = readFileSync(join(args.dir, 'results.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const meta = lines.find((l) => l.type === 'run') ?? {};
  const host = lines.find((l) => l.type === 'machine');
  const systems = [];
  for (const l of lines) if (l.system && !systems.includes(l.system)) systems.push(l.system);
  const bench = (system, row) => summarize(lines.filter((l) => l.type === 'wrk' && l.system === system && l.row === row));
  const load = (system, when) => lines.find((l) => l.type === 'load' && l.system === system && l.when === when)?.loadavg ?? '?';
  const lagOf = (system) => lines.find((l) => l.type === 'lag' && l.system === system);
  const idleOf = (system) => lines.find((l) => l.type === 'idle' && l.system === system);
  const out = [];
  const conns = (r) => r && r.connections && r.connections !== meta.connections ? `, ${r.connections} connections` : '';

  out.push(`Run of ${meta.date ?? '?'}: \`${meta.command ?? 'deploy/bench/run.sh'}\`; ${meta.connections} connections (login: ${meta.loginConnections ?? meta.connections}), `
    + `${meta.repeat ?? 1} × ${meta.duration} s per endpoint after ${meta.warmup} s of warm-up, ${meta.seedUsers} users and ${meta.seedPosts} seed posts; `
    + `data stores: ${meta.stores ?? '?'}.`);
  if (host) {
    out.push('');
    out.push(`Machine: ${host.cores} cores (${host.cpu}), ${host.memoryGiB} GiB, ${host.os}, kernel ${host.kernel}; `
      + `.NET SDK ${host.dotnet}, nginx ${host.nginx}, Node ${host.node} (CongoDB), wrk ${host.wrk}. `
      + 'Load generator, stand-ins and the system share the same cores.');
  }

  // The headline: CPU per request of the whole system (wrk apart), each step side by side.
  out.push('', '#### CPU time per request', '');
  out.push(`CPU µs per request of all the system's processes (services, CongoDB, nginx; not wrk, not the Aspire dashboard): median of the repetitions (min–max).`, '');
  const others = systems.filter((s) => s !== 'monolith');
  out.push(`| endpoint | ${systems.join(' | ')}${others.includes('microservices') && systems.includes('monolith') ? ' | the split costs' : ''} |`);
  out.push(`|---|${systems.map(() => '---:').join('|')}${others.includes('microservices') && systems.includes('monolith') ? '|---:' : ''}|`);
  for (const [row, title] of ROWS) {
    const results = systems.map((s) => bench(s, row));
    if (results.every((r) => !r)) continue;
    const cells = results.map((r) => r ? spread(r.totals) : '–');
    if (others.includes('microservices') && systems.includes('monolith')) {
      const mono = bench('monolith', row), split = bench('microservices', row);
      cells.push(mono && split ? `${median(split.totals) >= median(mono.totals) ? '+' : '−'}${fmtUs(Math.abs(median(split.totals) - median(mono.totals)))} µs` : '–');
    }
    out.push(`| ${title}${conns(results.find(Boolean))} | ${cells.join(' | ')} |`);
  }

  // One table per system: where the CPU goes, process by process, next to rate and latency.
  for (const system of systems) {
    out.push('', `#### ${system}`, '');
    out.push(`Load average (1, 5, 15 min) before: ${load(system, 'before')}; after: ${load(system, 'after')}.`, '');
    const results = ROWS.map(([row, title]) => [title, bench(system, row)]).filter(([, r]) => r);
    const names = [...new Set(results.flatMap(([, r]) => r.names))].sort();
    out.push(`| endpoint | req/s | p50 ms | p99 ms | errors / requests | ${names.map((n) => `${n} µs`).join(' | ')} | system µs | wrk µs |`);
    out.push(`|---|---:|---:|---:|---:|${names.map(() => '---:').join('|')}|---:|---:|`);
    for (const [title, r] of results) {
      out.push(`| ${title}${conns(r)} | ${fmtRps(r.rps)} | ${fmtMs(r.p50)} | ${fmtMs(r.p99)} | ${r.errors} / ${r.requests} | `
        + `${names.map((n) => fmtUs(r.process[n])).join(' | ')} | ${fmtUs(median(r.totals))} | ${fmtUs(r.wrk)} |`);
    }
    const idle = idleOf(system);
    if (idle) {
      const perSecond = Object.entries(cpuDelta(idle)).map(([n, us]) => `${n} ${fmtUs(us / idle.seconds / 1000)} ms`);
      out.push('', `Idle, no requests (timers, the outbox's polling), CPU per second: ${perSecond.join(', ')}. It is inside the figures above too.`);
    }
    const l = lagOf(system);
    if (l) {
      out.push('', `Notification lag, burst of ${l.posts} posts from ${l.clients} clients: ${l.accepted} accepted in `
        + `${l.postingSeconds.toFixed(1)} s (${Math.round(l.acceptedPerSecond)}/s, ${l.postErrors} failed); lag p50 ${fmtLagMs(l.lagP50Ms)}, `
        + `p99 ${fmtLagMs(l.lagP99Ms)}, max ${fmtLagMs(l.lagMaxMs)}; the last one visible ${fmtLagMs(l.lastArrivesAfterStartMs)} after the first post `
        + `was sent, ${fmtLagMs(l.lastArrivesAfterPostingMs)} after the last was accepted; ${l.missing} never seen; `
        + `the reader polled ${l.pollRounds} times (p50 round ${fmtLagMs(l.pollP50Ms)}).`);
    }
  }

  // --telemetry: each system without and with telemetry (SYSTEM and SYSTEM+telemetry).
  for (const system of systems.filter((s) => systems.includes(`${s}+telemetry`))) {
    const ratio = (on, off) => (on != null && off ? (on / off).toFixed(2) : '–');
    out.push('', `#### The cost of telemetry: ${system}`, '');
    out.push(`\`${system}\` records no telemetry; \`${system}+telemetry\` exports traces, metrics and logs to the Aspire dashboard beside it. `
      + 'CPU µs per request of the system (the dashboard apart) and rate, medians: what telemetry costs is CPU on ÷ off above 1 '
      + 'and req/s on ÷ off below 1 (the rate also pays for the dashboard, which shares these cores: its µs per request are in the last column).', '');
    out.push('| endpoint | CPU µs off | CPU µs on | on ÷ off | req/s off | req/s on | on ÷ off | dashboard µs |');
    out.push('|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const [row, title] of ROWS) {
      const off = bench(system, row), on = bench(`${system}+telemetry`, row);
      if (!off || !on) continue;
      out.push(`| ${title} | ${fmtUs(median(off.totals))} | ${fmtUs(median(on.totals))} | ${ratio(median(on.totals), median(off.totals))} | `
        + `${fmtRps(off.rps)} | ${fmtRps(on.rps)} | ${ratio(on.rps, off.rps)} | ${fmtUs(on.process[DASHBOARD])} |`);
    }
  }

  if (systems.length > 1) {
    out.push('', '#### Side by side: rate and latency', '');
    out.push(`| endpoint | ${systems.map((s) => `${s} req/s | p50 | p99`).join(' | ')} |`);
    out.push(`|---|${systems.map(() => '---:|---:|---:').join('|')}|`);
    for (const [row, title] of ROWS) {
      const results = systems.map((s) => bench(s, row));
      if (results.every((r) => !r)) continue;
      const cells = results.map((r) => r ? `${fmtRps(r.rps)}${r.errors ? ` (${r.errors} err)` : ''} | ${fmtMs(r.p50)} | ${fmtMs(r.p99)}` : '– | – | –');
      out.push(`| ${title}${conns(results.find(Boolean))} | ${cells.join(' | ')} |`);
    }
    out.push('', 'Latencies in ms. Notification lag (post accepted → visible in another user\'s `GET /api/notification`):', '');
    out.push('| system | burst | accepted/s | lag p50 | lag p99 | lag max | last visible after first post | after last accepted | never seen |');
    out.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const s of systems) {
      const l = lagOf(s);
      if (l) {
        out.push(`| ${s} | ${l.accepted}/${l.posts} | ${Math.round(l.acceptedPerSecond)} | ${fmtLagMs(l.lagP50Ms)} | ${fmtLagMs(l.lagP99Ms)} | `
          + `${fmtLagMs(l.lagMaxMs)} | ${fmtLagMs(l.lastArrivesAfterStartMs)} | ${fmtLagMs(l.lastArrivesAfterPostingMs)} | ${l.missing} |`);
      }
    }
  }
  const markdown = out.join('\n') + '\n';
  process.stdout.write(markdown);

  if (args.doc) {
    const begin = '<!-- bench:results:begin (deploy/bench/run.sh --write-doc) -->';
    const end = '<!-- bench:results:end -->';
    const doc = existsSync(args.doc) ? readFileSync(args.doc, 'utf8') : `# Benchmarks\n\n${begin}\n${end}\n`;
    const from = doc.indexOf(begin);
    const to = doc.indexOf(end);
    if (from < 0 || to < from) throw new Error(`${args.doc} has no ${begin} ... ${end} block`);
    writeFileSync(args.doc, doc.slice(0, from + begin.length) + '\n' + markdown + doc.slice(to));
    log(`results written into ${args.doc}`);
  }
}

const record = (result) => appendFileSync(join(args.dir, 'results.jsonl'), JSON.stringify({ ...result, system: args.system }) + '\n');

switch (command) {
  case 'seed': await seed(); break;
  case 'lag': record(await lag()); break;
  case 'machine': console.log(JSON.stringify(machine())); break;
  case 'cpu': console.log(JSON.stringify(cpu())); break;
  case 'dotnet': console.log(dotnetProcesses()); break;
  case 'report': report(); break;
  default:
    console.error('usage: bench.mjs seed|lag|machine|cpu|dotnet|report --option value ...');
    process.exit(2);
}
