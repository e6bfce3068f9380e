#!/usr/bin/env node
// The front of the proxied contract run: clients talk to it; it hands each request to Prism (in
// proxy mode, validating against the OpenAPI document) unless Prism cannot carry it, and records
// for every response whether Prism found it valid.
//
//   node prism-front.mjs PORT PRISM_URL UPSTREAM_URL DOCUMENT.json RECORD.jsonl     (PORT 0: a free one)
//
// Requests that go straight to UPSTREAM_URL instead, so that they still reach the system (the
// contract suite's story needs the post with an image) but are not validated:
//   - "not described": no operation of the document has this method and path (the client's page
//     and assets, the document itself, unknown paths): Prism has nothing to check them against,
//     and it would decode compressed bodies and drop their Content-Encoding;
//   - "binary response": operations whose documented answer is not JSON (getPostImage): Prism
//     reads every upstream body as text, which corrupts image bytes;
//   - "multipart": Prism 5 reads request bodies as UTF-8 text (corrupting files), and its multipart
//     parser throws on the unquoted filename .NET sends and on malformed bodies, which stops Prism;
//   - bodies Prism's reading cannot carry: "not UTF-8", a "charset" other than UTF-8, a "byte
//     order mark", "invalid JSON" (the request never gets an answer), and a JSON string, null,
//     false or 0 as the whole body (Prism forwards a string unquoted, the others as no body).
// Everything else goes through Prism. Prism forwards the request's headers, Content-Length
// included, but re-serializes a JSON body: the front sends it the body re-serialized already, so
// that the length Prism passes on is right.
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

// The document's operations, as [method, path regex, has a non-JSON response].
const document = JSON.parse(readFileSync(documentPath, 'utf8'));
const operations = [];
for (const [template, item] of Object.entries(document.paths ?? {})) {
  const pattern = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`);
  for (const [method, operation] of Object.entries(item)) {
    if (typeof operation !== 'object' || !operation.responses) continue;
    const mediaTypes = Object.values(operation.responses).flatMap((response) => Object.keys(response.content ?? {}));
    operations.push([method.toUpperCase(), pattern, mediaTypes.some((type) => !/json/.test(type))]);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Whether Prism parses a body of this Content-Type as JSON (else it reads it as text). */
const isJson = (type) => /^application\/(json|[^/;]+\+json)\s*(;|$)/.test(type);

/**
 * Why a request must go around Prism, or null; for one that goes through, the body to send
 * Prism: a JSON body re-serialized as Prism will forward it, so that its Content-Length holds.
 */
function route(request, path, body) {
  const operation = operations.find(([method, pattern]) => method === request.method && pattern.test(path));
  if (!operation) return { reason: 'not described' };
  if (operation[2]) return { reason: 'binary response' };
  if (body.length === 0) return { body };
  const type = (request.headers['content-type'] ?? '').toLowerCase();
  if (type.startsWith('multipart/')) return { reason: 'multipart' };
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/.exec(type)?.[1];
  if (charset && charset !== 'utf-8' && charset !== 'utf8') return { reason: 'charset' };
  let text;
  try {
    text = utf8.decode(body);
  } catch {
    return { reason: 'not UTF-8' };
  }
  if (text.startsWith('\uFEFF')) return { reason: 'byte order mark' };
  if (!isJson(type)) return { body };
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return { reason: 'invalid JSON' };
  }
  // Prism forwards a JSON string unquoted, and null, false or 0 as no body at all.
  if (!value || typeof value === 'string') return { reason: 'JSON string, null, false or 0' };
  return { body: Buffer.from(JSON.stringify(value)) };
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
    const received = Buffer.concat(chunks);
    const path = new URL(request.url, 'http://front').pathname;
    const { reason, body = received } = route(request, path, received);
    const target = reason ? upstream : prism;
    const headers = { ...request.headers };
    // A client that asked for 100-continue (a body that may be refused, e.g. over the size limit) gets
    // the same from here on the direct path: the body goes out only once the system asks for it, so
    // an early 413 is relayed instead of racing the upload into a broken pipe.
    const expectContinue = Boolean(reason) && /100-continue/i.test(request.headers.expect ?? '');
    delete headers.expect;
    if (expectContinue) headers.expect = '100-continue';
    delete headers['transfer-encoding'];
    delete headers['content-length'];
    if (body.length > 0 || request.headers['content-length'] !== undefined || request.headers['transfer-encoding'] !== undefined) {
      headers['content-length'] = String(body.length);
    }
    let answered = false;
    const forwarded = http.request(
      { host: target.hostname, port: target.port, method: request.method, path: request.url, headers },
      (response) => {
        answered = true;
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
      // An upstream may answer early (a 413) and close before the whole body is sent: not a failure.
      if (answered) return;
      record({ method: request.method, path, via: reason ? 'direct' : 'prism', error: error.message });
      if (!reply.headersSent) reply.writeHead(502, { 'content-type': 'text/plain' });
      reply.end(`prism-front: ${error.message}\n`);
    });
    if (expectContinue) {
      forwarded.on('continue', () => forwarded.end(body));
    } else {
      forwarded.end(body);
    }
  });
});

server.listen(Number(port), '127.0.0.1', () => console.error(`prism-front: listening on http://127.0.0.1:${server.address().port}`));
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)));
