#!/usr/bin/env node
// One click, seen in the Aspire dashboard (deploy/test/system-tests.sh runs it against
// `./run.sh microservices`):
//
//   DASHBOARD_API_KEY=... node trace-check.mjs BASE_URL DASHBOARD_LOGIN_URL [SCREENSHOT.png]
//
// Creates a post through the gateway in a trace of its own (the client's traceparent, which the
// gateway keeps), waits for its notification, then asks the dashboard's telemetry API for that
// trace: it must hold the post service's request, the outbox delivery and the notification
// service's inbox request (against the monolith: the request, the delivery and the inbox's write).
// Prints the trace (span, service, duration). Then, in Chromium (as the e2e test): the delivery-lag
// histogram must have a sample on the dashboard's metrics page; given a path, screenshots of the
// trace (PATH) and of the histogram (PATH with -lag). Prints "N passed, N failed" last.
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { check, finish, anyFailed } from './checks.mjs';

const [base, loginUrl, screenshot] = process.argv.slice(2);
const dashboard = new URL(loginUrl).origin;
const apiKey = process.env.DASHBOARD_API_KEY;
const password = 'correct horse battery';
async function api(path, { token, json, headers = {} } = {}) {
  const response = await fetch(base + path, {
    method: json ? 'POST' : 'GET',
    headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}), ...(json ? { 'content-type': 'application/json' } : {}) },
    body: json ? JSON.stringify(json) : undefined,
  });
  return { status: response.status, body: await response.json().catch(() => null) };
}

async function session(name) {
  const email = `trace-${name}-${randomBytes(4).toString('hex')}@example.com`;
  await api('/api/register', { json: { email, password } });
  return (await api('/api/login', { json: { email, password } })).body.accessToken;
}

async function eventually(probe, seconds) {
  for (const deadline = Date.now() + seconds * 1000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 500))) {
    const value = await probe();
    if (value) return value;
  }
  return null;
}

/** The trace's spans from the dashboard's API (OTLP JSON), each with the service that sent it. */
async function spansOf(traceId) {
  const response = await fetch(`${dashboard}/api/telemetry/traces/${traceId}`, { headers: { 'x-api-key': apiKey } });
  if (!response.ok) return [];
  const { data } = await response.json();
  return (data?.resourceSpans ?? []).flatMap((resource) => {
    const service = resource.resource?.attributes?.find((a) => a.key === 'service.name')?.value?.stringValue;
    return resource.scopeSpans.flatMap((scope) => scope.spans.map((span) => ({ ...span, service })));
  });
}

const ada = await session('ada');
const bob = await session('bob');
const traceId = randomBytes(16).toString('hex');
const created = await api('/api/post', {
  token: ada,
  json: { text: 'one click, one trace' },
  headers: { traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` },
});
check('the post is created through the gateway', created.status === 201, `status ${created.status}`);
const notified = await eventually(async () => (await api('/api/notification?limit=100', { token: bob })).body?.items?.some((n) => n.postId === created.body?.id), 20);
check('its notification arrives', notified);

const attribute = (span, key) => span.attributes?.find((a) => a.key === key)?.value?.stringValue;
const isRequest = (span, path) => span.kind === 2 && attribute(span, 'url.path') === path; // 2: SPAN_KIND_SERVER
const expected = (found) => found.some((s) => s.service === 'MiniLinkedIn.Monolith')
  ? { // step 1: one process; the inbox's write is a MongoDB call in the delivery
      'the request': (s) => isRequest(s, '/api/post'),
      'the outbox delivery': (s) => s.name === 'send notifications',
      'the inbox\'s write': (s) => attribute(s, 'db.collection.name') === 'notifications',
    }
  : { // step 2: across services, through the gateway
      'the post service\'s request': (s) => s.service === 'MiniLinkedIn.PostService' && isRequest(s, '/api/post'),
      'the post service\'s outbox delivery': (s) => s.service === 'MiniLinkedIn.PostService' && s.name === 'send notifications',
      'the notification service\'s inbox request': (s) => s.service === 'MiniLinkedIn.NotificationService' && isRequest(s, '/internal/notifications/inbox'),
    };
// The hosts export in batches (every few seconds), so the trace fills up in the dashboard a little later.
const spans = (await eventually(async () => {
  const found = await spansOf(traceId);
  return Object.values(expected(found)).every((match) => found.some(match)) ? found : null;
}, 30)) ?? (await spansOf(traceId));
for (const [what, match] of Object.entries(expected(spans))) check(`the dashboard's trace ${traceId} holds ${what}`, spans.some(match), `(${spans.length} spans)`);

const start = Math.min(...spans.map((s) => Number(BigInt(s.startTimeUnixNano) / 1000n)));
for (const s of spans.sort((a, b) => (BigInt(a.startTimeUnixNano) < BigInt(b.startTimeUnixNano) ? -1 : 1))) {
  const begin = Number(BigInt(s.startTimeUnixNano) / 1000n) - start;
  const took = Number((BigInt(s.endTimeUnixNano) - BigInt(s.startTimeUnixNano)) / 1000n);
  console.log(`     +${(begin / 1000).toFixed(1).padStart(7)} ms ${(took / 1000).toFixed(1).padStart(7)} ms  ${s.service.padEnd(33)} ${s.name}`);
}

// The delivery-lag histogram of the service that delivered, as the dashboard's metrics page shows it
// (its telemetry API has traces and logs, no metrics): the table view lists P50/P90/P99 per interval.
const deliverer = spans.some((s) => s.service === 'MiniLinkedIn.Monolith') ? 'MiniLinkedIn.Monolith' : 'MiniLinkedIn.PostService';
// The service, not one replica: the page shows every replica's samples together.
const lagPage = `${dashboard}/metrics/resource/${deliverer}?meter=MiniLinkedIn.Posts&instrument=minilinkedin.outbox.delivery.lag&duration=5&view=Table`;

/** The P50 column's seconds (rows: time, P50, P90, P99), once a row has one: metrics are exported every few seconds. */
async function lagSamples(context) {
  const deadline = Date.now() + 60_000;
  let cells = [];
  while (Date.now() < deadline) {
    const page = await context.newPage(); // a page of its own each time: the dashboard's UI does not always recover from a reload
    try {
      await page.goto(lagPage);
      await page.locator('.metric-table-container').first().waitFor({ timeout: 15_000 }).catch(() => {});
      cells = await page.locator('.metric-table-container [role=row]').allInnerTexts();
      const p50s = cells.map((row) => row.split('\n').map((cell) => cell.trim()).filter(Boolean)[1]).map(Number).filter((n) => Number.isFinite(n) && n > 0);
      if (p50s.length > 0) return { p50s, cells, page };
    } catch { /* the next attempt */ }
    await page.close();
    await new Promise((r) => setTimeout(r, 2000));
  }
  return { p50s: [], cells, page: null };
}

const { chromium } = createRequire(new URL('../../client-react/package.json', import.meta.url))('playwright-core');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(loginUrl);
  if (screenshot && !anyFailed()) {
    try {
      await page.goto(`${dashboard}/traces/detail/${traceId}`);
      await page.getByText('send notifications').first().waitFor({ timeout: 60_000 });
      await page.screenshot({ path: screenshot });
      check(`a screenshot of the trace is in ${screenshot}`, true);
    } catch (error) {
      await page.screenshot({ path: screenshot }).catch(() => {}); // what the browser showed instead
      check('a screenshot of the trace in the dashboard', false, error.message);
    }
  }
  const lag = await lagSamples(context);
  check(`the dashboard's delivery-lag histogram of ${deliverer} has a sample`, lag.p50s.length > 0,
    lag.p50s.length ? `P50 ${lag.p50s[0]} s` : `table rows: ${JSON.stringify(lag.cells)}`);
  if (screenshot && lag.page) await lag.page.screenshot({ path: screenshot.replace(/\.png$/, '-lag.png') });
} finally {
  await browser.close();
}

finish();
