#!/usr/bin/env node
// End-to-end scenario for Mini-LinkedIn, run against the real back end serving the built SPA.
//
//   BASE_URL=http://127.0.0.1:8080 npm run e2e
//
// Uses Debian's chromium (CHROMIUM_PATH, default /usr/bin/chromium) through playwright-core;
// each user gets a browser of their own with a fresh, temporary profile (user data dir).
// Screenshots go to test-artifacts/. Exit code 0 only when every check passed.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';

const BASE_URL = (process.env.BASE_URL || 'http://127.0.0.1:8080').replace(/\/+$/, '');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARTIFACTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'test-artifacts');
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const STEP_TIMEOUT_MS = 15_000;
const NOTIFICATION_WAIT_MS = 10_000;
const WHOLE_RUN_TIMEOUT_MS = 180_000;

const runId = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const PASSWORD = 'e2e-Passw0rd!';
const userA = { email: `e2e-a-${runId}@example.com` };
const userB = { email: `e2e-b-${runId}@example.com` };
const postMarker = `E2E post ${runId}`;
const postText = `${postMarker}\nSecond line of the post.`;

const results = { passed: 0, failed: 0, skipped: 0 };
const profileDirs = [];
const browsers = [];
let screenshotCount = 0;
let failedAlready = false;

// ---------- helpers ----------

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const urlOf = (pathname) => `${BASE_URL}${pathname}`;
const pathIs = (pathname) => (url) => url.pathname === pathname;

/** A valid RGB PNG (a blue gradient), so the test needs no fixture file. */
function makePng(width, height) {
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(typeAndData));
    return Buffer.concat([length, typeAndData, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  const rowLength = width * 3 + 1;
  const pixels = Buffer.alloc(rowLength * height);
  for (let y = 0; y < height; y++) {
    pixels[y * rowLength] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const offset = y * rowLength + 1 + x * 3;
      pixels[offset] = 10;
      pixels[offset + 1] = Math.round(102 + (x / width) * 100);
      pixels[offset + 2] = Math.round(194 + (y / height) * 61);
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function screenshot(page, name) {
  screenshotCount += 1;
  const file = path.join(ARTIFACTS_DIR, `${String(screenshotCount).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`    screenshot: ${file}`);
}

async function check(name, page, body) {
  if (failedAlready) {
    results.skipped += 1;
    console.log(`SKIP ${name}`);
    return;
  }
  try {
    await body();
    results.passed += 1;
    console.log(`PASS ${name}`);
  } catch (error) {
    results.failed += 1;
    failedAlready = true;
    console.log(`FAIL ${name}`);
    console.log(`    ${String(error?.stack || error).split('\n').slice(0, 6).join('\n    ')}`);
    if (page) {
      console.log(`    at URL: ${page.url()}`);
      await screenshot(page, `FAILED-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`).catch(() => {});
    }
  }
}

/** Retries `attempt` (which should throw or return false) until it succeeds or time runs out. */
async function eventually(description, attempt, timeoutMs = NOTIFICATION_WAIT_MS) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    try {
      if ((await attempt()) !== false) return;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${description} (gave up after ${timeoutMs / 1000} s)${lastError ? `: ${lastError.message}` : ''}`);
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Every Content-Security-Policy violation the browsers report; the last check fails on any. */
const cspViolations = [];

/** A browser with a fresh profile directory, so users never share storage. */
async function openBrowserFor(label) {
  const profileDir = mkdtempSync(path.join(tmpdir(), `mini-linkedin-e2e-${label}-`));
  profileDirs.push(profileDir);
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1024, height: 800 },
  });
  browsers.push(context);
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => console.log(`    [${label} page error] ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content[- ]Security[- ]Policy/i.test(message.text())) {
      cspViolations.push(`[${label}] ${message.text()}`);
    }
  });
  return page;
}

async function waitForFeedLoaded(page) {
  await page.getByRole('heading', { name: 'Latest posts' }).waitFor();
  await page.getByText('Loading posts…').waitFor({ state: 'hidden' });
}

async function register(page, email) {
  await page.goto(urlOf('/register'));
  await page.getByRole('heading', { name: 'Create your account' }).waitFor();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(pathIs('/'));
  await page.getByRole('navigation', { name: 'Main' }).getByText(email).waitFor();
}

async function logIn(page, email) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
}

async function logOut(page) {
  await page.getByRole('button', { name: 'Log out' }).click();
  await page.waitForURL(pathIs('/login'));
}

// ---------- scenario ----------

async function run() {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  console.log(`E2E against ${BASE_URL} (run ${runId})`);

  const pageA = await openBrowserFor('a');
  const pageB = await openBrowserFor('b');
  let postPath;

  await check('the page is served with a Content-Security-Policy', pageA, async () => {
    const response = await pageA.goto(urlOf('/login'));
    const policy = response?.headers()['content-security-policy'] ?? '';
    assert(policy.includes("default-src 'self'") && policy.includes("frame-ancestors 'none'"), `CSP header: '${policy}'`);
  });

  await check('logged-out visit to / redirects to /login', pageA, async () => {
    await pageA.goto(urlOf('/'));
    await pageA.waitForURL(pathIs('/login'));
    await pageA.getByRole('heading', { name: 'Log in' }).waitFor();
    await screenshot(pageA, 'login-page');
  });

  await check('user A registers and is logged in', pageA, async () => {
    await register(pageA, userA.email);
    await screenshot(pageA, 'home-user-a');
  });

  await check('user B registers, logs out and logs in with the login form', pageB, async () => {
    await register(pageB, userB.email);
    await logOut(pageB);
    await logIn(pageB, userB.email);
    await pageB.waitForURL(pathIs('/'));
    await pageB.getByRole('navigation', { name: 'Main' }).getByText(userB.email).waitFor();
  });

  await check('user A posts text with an image and gets a link to the post', pageA, async () => {
    await pageA.getByLabel('What do you want to talk about?').fill(postText);
    await pageA.getByLabel('Add image').setInputFiles({ name: 'e2e.png', mimeType: 'image/png', buffer: makePng(96, 64) });
    await pageA.getByRole('img', { name: 'Preview of e2e.png' }).waitFor();
    await screenshot(pageA, 'composer-with-image');
    await pageA.getByRole('button', { name: 'Post', exact: true }).click();
    const link = pageA.getByRole('link', { name: 'View your post' });
    await link.waitFor();
    postPath = new URL(await link.getAttribute('href'), BASE_URL).pathname;
    assert(/^\/posts\/[^/]+$/.test(postPath), `unexpected post link ${postPath}`);
    await screenshot(pageA, 'post-created');
  });

  await check("user B sees A's post in the feed with the image rendered", pageB, async () => {
    await pageB.goto(urlOf('/'));
    await waitForFeedLoaded(pageB);
    const post = pageB.getByRole('article').filter({ hasText: postMarker });
    await post.waitFor();
    assert((await post.getByRole('heading').innerText()).trim() === userA.email, 'post author is not user A');
    assert((await post.innerText()).includes('Second line of the post.'), 'second line of the text is missing');
    const image = post.getByRole('img', { name: `Image shared by ${userA.email}` });
    await image.scrollIntoViewIfNeeded();
    await eventually('image to load', () => image.evaluate((img) => img.complete && img.naturalWidth > 0), STEP_TIMEOUT_MS);
    await screenshot(pageB, 'feed-user-b');
  });

  await check('user B sees the unread count in the navigation', pageB, async () => {
    const badge = pageB.getByTestId('unread-count');
    await eventually('unread count to appear', async () => {
      if (!(await badge.isVisible())) {
        await pageB.reload();
        await badge.waitFor({ timeout: 1_500 });
      }
      return Number.parseInt(await badge.innerText(), 10) >= 1;
    });
    await screenshot(pageB, 'unread-count-user-b');
  });

  await check("user B sees A's notification and opening it shows the post", pageB, async () => {
    await pageB.getByRole('link', { name: /^Notifications/ }).click();
    await pageB.waitForURL(pathIs('/notifications'));
    const notification = pageB.getByRole('link', { name: new RegExp(`Unread: ${escapeRegExp(userA.email)} posted`) });
    await eventually('notification to appear', async () => {
      if (!(await notification.first().isVisible())) {
        await pageB.reload();
        await notification.first().waitFor({ timeout: 1_500 });
      }
    });
    await screenshot(pageB, 'notifications-user-b');
    await notification.first().click();
    await pageB.waitForURL(pathIs(postPath));
    await pageB.getByRole('article').filter({ hasText: postMarker }).waitFor();
    await screenshot(pageB, 'post-page-user-b');
  });

  await check('user A does not see their own post in their feed', pageA, async () => {
    await pageA.goto(urlOf('/'));
    await waitForFeedLoaded(pageA);
    assert((await pageA.getByText(postMarker).count()) === 0, "A's own post is listed in A's feed");
    await screenshot(pageA, 'feed-user-a');
  });

  await check('logging out returns to /login', pageA, async () => {
    await logOut(pageA);
    await pageA.getByRole('heading', { name: 'Log in' }).waitFor();
    await pageA.goto(urlOf('/'));
    await pageA.waitForURL(pathIs('/login'));
    await screenshot(pageA, 'logged-out');
  });

  await check('the browsers reported no Content-Security-Policy violation', pageA, async () => {
    assert(cspViolations.length === 0, cspViolations.join('\n'));
  });
}

async function cleanUp() {
  await Promise.allSettled(browsers.map((browser) => browser.close()));
  for (const dir of profileDirs) rmSync(dir, { recursive: true, force: true });
}

const watchdog = setTimeout(() => {
  console.log(`FAIL whole run exceeded ${WHOLE_RUN_TIMEOUT_MS / 1000} s`);
  console.log(`${results.passed} passed, ${results.failed + 1} failed`);
  process.exit(1);
}, WHOLE_RUN_TIMEOUT_MS);

try {
  await run();
} catch (error) {
  results.failed += 1;
  console.log(`FAIL could not run the scenario: ${error?.message || error}`);
}
await cleanUp();
clearTimeout(watchdog);
console.log(`${results.passed} passed, ${results.failed} failed${results.skipped ? `, ${results.skipped} skipped` : ''}`);
process.exitCode = results.failed === 0 ? 0 : 1;
