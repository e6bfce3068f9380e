#!/usr/bin/env node
// Reads prism-front.mjs's RECORD.jsonl; prints "PASSED FAILED" on stdout and the details on stderr:
// each response Prism found in violation of the document (failed), each request that could not be
// forwarded (failed), the responses of paths the document does not describe, and what went around
// Prism, by reason.
import { existsSync, readFileSync } from 'node:fs';

const [recordPath] = process.argv.slice(2);
const entries = existsSync(recordPath)
  ? readFileSync(recordPath, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
  : [];

let passed = 0;
let failed = 0;
const unrouted = new Map();
const direct = new Map();
for (const entry of entries) {
  const what = `${entry.method} ${entry.path}${entry.status ? ` → ${entry.status}` : ''}`;
  if (entry.error) {
    failed++;
    console.error(`  FAILED ${what}: not forwarded (${entry.error})`);
  } else if (entry.via === 'direct') {
    direct.set(entry.reason, (direct.get(entry.reason) ?? 0) + 1);
  } else if (entry.violations) {
    failed++;
    console.error(`  FAILED ${what} violates the document:`);
    for (const v of entry.violations) console.error(`    ${v.severity ?? ''} ${v.location ?? ''}: ${v.message}`);
  } else if (entry.unrouted) {
    unrouted.set(`${entry.method} ${entry.path}`, (unrouted.get(`${entry.method} ${entry.path}`) ?? 0) + 1);
  } else {
    passed++;
  }
}

console.error(`  ${passed} responses valid against the document, ${failed} not`);
for (const [request, count] of unrouted) console.error(`  not described by the document, not validated: ${request} (${count}x)`);
for (const [reason, count] of direct) console.error(`  around Prism, not validated: ${count} request(s), ${reason}`);
console.log(`${passed} ${failed}`);
