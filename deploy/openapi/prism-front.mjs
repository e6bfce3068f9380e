#!/usr/bin/env node
// The front of the proxied contract run: clients talk to it; it hands each request to Prism (in
// proxy mode, validating against the OpenAPI document) unless Prism cannot carry it, and records
// for every response whether Prism found it valid.
//
//   node prism-front.mjs PORT PRISM_URL UPSTREAM_URL DOCUMENT.json RECORD.jsonl
//
// Requests that go straight to UPSTREAM_URL instead, so that they still reach the system (the
// contract suite's story needs the post with an image) but are not validated:
//   - "binary response": operations whose documented answer is not JSON (getPostImage): Prism
//     reads every upstream body as text, which corrupts image bytes;
//   - "file upload": multipart bodies with a file part: Prism reads request bodies as UTF-8 text
//     (corrupting binary files), and its multipart parser throws, stopping Prism, on an unquoted
//     filename parameter, which is what .NET's MultipartFormDataContent sends;
//   - "not UTF-8" bodies, for the same reason, and "invalid JSON" bodies, on which Prism's body
//     parser fails and the request never gets an answer.
// Each response is one JSON line in RECORD.jsonl: {method, path, status, via, reason?, violations?}.
import { appendFileSync, readFileSync } from 'node:fs';
import http from 'node:http';

const [port, prismUrl, upstreamUrl, documentPath, recordPath] = process.argv.slice(2);
if (!recordPath) {
  console.error('usage: prism-front.mjs PORT PRISM_URL UPSTREAM_URL DOCUMENT.json RECORD.jsonl');
  process.exit(2);
}
const prism = new URL(prismUrl);
const upstream = new URL(upstreamUrl);

// Operations whose responses are not JSON, as [method, path regex] pairs.
const document = JSON.parse(readFileSync(documentPath, 'utf8'));
const binaryOperations = [];
for (const [template, item] of Object.entries(document.paths ?? {})) {
  for (const [method, operation] of Object.entries(item)) {
    const mediaTypes = Object.values(operation.responses ?? {}).flatMap((response) => Object.keys(response.content ?? {}));
    if (mediaTypes.some((type) => !/json/.test(type))) {
      const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+');
      binaryOperations.push([method.toUpperCase(), new RegExp(`^${pattern}$`)]);
    }
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function bypassReason(request, path, body) {
  if (binaryOperations.some(([method, pattern]) => method === request.method && pattern.test(path))) return 'binary response';
  if (body.length === 0) return null;
  const type = (request.headers['content-type'] ?? '').toLowerCase();
  if (type.startsWith('multipart/') && /content-disposition:[^\r\n]*filename/i.test(body.toString('latin1'))) return 'file upload';
  let text;
  try {
    text = utf8.decode(body);
  } catch {
    return 'not UTF-8';
  }
  if (/json/.test(type)) {
    try {
      JSON.parse(text);
    } catch {
      return 'invalid JSON';
    }
  }
  return null;
}

/** The response violations in Prism's sl-violations header, and whether the route was not found. */
function violationsOf(header) {
  if (!header) return { response: [], unrouted: false };
  let list;
  try {
    list = JSON.parse(header.replace(/^Too many violations! /, ''));
  } catch {
    return { response: [{ message: `unreadable sl-violations header: ${header.slice(0, 200)}` }], unrouted: false };
  }
  return {
    response: list.filter((v) => v.location?.[0] === 'response').map((v) => ({ location: v.location.join('.'), severity: v.severity, message: v.message })),
    unrouted: list.some((v) => v.location?.[0] === 'request' && /route not found/i.test(v.message)),
  };
}

function record(entry) {
  appendFileSync(recordPath, JSON.stringify(entry) + '\n');
}

const server = http.createServer((request, reply) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    const body = Buffer.concat(chunks);
    const path = new URL(request.url, 'http://front').pathname;
    const reason = bypassReason(request, path, body);
    const target = reason ? upstream : prism;
    const headers = { ...request.headers, host: target.host, 'content-length': String(body.length) };
    delete headers['transfer-encoding'];
    const forwarded = http.request(
      { host: target.hostname, port: target.port, method: request.method, path: request.url, headers },
      (response) => {
        const entry = { method: request.method, path, status: response.statusCode, via: reason ? 'direct' : 'prism' };
        if (reason) {
          entry.reason = reason;
        } else {
          const { response: violations, unrouted } = violationsOf(response.headers['sl-violations']);
          if (violations.length > 0) entry.violations = violations;
          if (unrouted) entry.unrouted = true;
        }
        record(entry);
        reply.writeHead(response.statusCode, response.rawHeaders);
        response.pipe(reply);
      },
    );
    forwarded.on('error', (error) => {
      record({ method: request.method, path, via: reason ? 'direct' : 'prism', error: error.message });
      if (!reply.headersSent) reply.writeHead(502, { 'content-type': 'text/plain' });
      reply.end(`prism-front: ${error.message}\n`);
    });
    forwarded.end(body);
  });
});

server.listen(Number(port), '127.0.0.1', () => console.error(`prism-front: listening on http://127.0.0.1:${port}`));
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)));
