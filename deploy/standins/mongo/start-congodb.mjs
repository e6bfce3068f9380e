#!/usr/bin/env node
// MongoDB stand-in: CongoDB, the MongoDB wire-protocol server written in JavaScript that
// ships in npm @push.rocks/smartmongo 2.2.0, in memory. Its gaps are listed in shared
// docs/stand-ins.md. This script adds what CongoDB lacks for this project: unique indexes
// are enforced (see enforceUniqueIndexes below), data can be kept across restarts in real
// BSON (snapshot.mjs), and three CongoDB bugs are worked around (index list after a drop,
// hello's topologyVersion, aggregations changing stored documents; see below).
//
//   usage: node start-congodb.mjs [PORT [DATA_DIR]]
//     PORT      or env CONGODB_PORT; default 27017; 0 = any free port
//     DATA_DIR  or env CONGODB_DATA_DIR; empty (default): in memory only, gone when it stops.
//               Set: loads DATA_DIR/congodb.bson at start, saves it at most every
//               CONGODB_SAVE_INTERVAL_MS (default 1000) after a change and on SIGTERM/SIGINT.
//               A SIGKILL loses the changes since the last save, never the saved file
//               (see snapshot.mjs). One CongoDB per DATA_DIR (a lock file guards it).
//   prints one line when it accepts connections:
//     congodb ready mongodb://127.0.0.1:PORT/?directConnection=true
//   and serves in the foreground until SIGTERM or SIGINT.

import { mkdirSync } from 'node:fs';
// Deep import on purpose: the package's main entry also loads its mongod downloader,
// whose dependencies are stubbed out by the "overrides" in package.json.
import { CongoServer, IndexEngine, QueryEngine, plugins } from '@push.rocks/smartmongo/dist_ts/congodb/index.js';
import { HelloHandler } from '@push.rocks/smartmongo/dist_ts/congodb/server/handlers/HelloHandler.js';
import { AggregateHandler } from '@push.rocks/smartmongo/dist_ts/congodb/server/handlers/AggregateHandler.js';
import { lockDataDir } from './data-dir-lock.mjs';
import { loadSnapshot, saveOnChange } from './snapshot.mjs';

const { BSON } = plugins.bson;

/**
 * CongoDB stores the unique flag of indexes made by createIndexes, but no write checks
 * it. Every write of a document (insert, update, replace, upsert, findAndModify) ends
 * in storage.insertOne or storage.updateById, so both are wrapped:
 * before the write, the new document's key is compared with the other documents of the
 * collection for each unique index; on a clash the write throws an error with code 11000,
 * which CongoDB's handlers turn into what mongod answers: a write error {index, code:
 * 11000, errmsg: "E11000 duplicate key error ..."} for insert/update (the C# driver's
 * MongoWriteException / MongoBulkWriteException with ServerErrorCategory.DuplicateKey),
 * and a command error code 11000 "DuplicateKey" for findAndModify.
 *
 * Race-free: CongoDB handles several connections at once, and its storage calls are
 * async, so all checked writes go through one promise queue (check + write as a unit).
 *
 * Like mongod: a missing field counts as null (two documents without the field clash),
 * sparse indexes skip documents that have none of the indexed fields, compound indexes
 * compare all fields together, and values are compared by their BSON encoding (exact,
 * case-sensitive). Not done: partialFilterExpression (CongoDB does not keep it, so such an
 * index is enforced on all documents), collation, and array fields (mongod indexes each
 * element; here the whole array is one value).
 */
function enforceUniqueIndexes(storage) {
  const insertOne = storage.insertOne.bind(storage);
  const updateById = storage.updateById.bind(storage);

  let queue = Promise.resolve();
  const serialized = (write) => {
    const result = queue.then(write);
    queue = result.catch(() => {});
    return result;
  };

  storage.insertOne = (db, coll, doc) =>
    serialized(async () => {
      await checkUnique(db, coll, doc, null);
      return insertOne(db, coll, doc);
    });

  storage.updateById = (db, coll, id, doc) =>
    serialized(async () => {
      await checkUnique(db, coll, doc, id);
      return updateById(db, coll, id, doc);
    });

  async function checkUnique(db, coll, doc, ownId) {
    const uniqueIndexes = (await storage.getIndexes(db, coll)).filter((ix) => ix.unique && ix.name !== '_id_');
    if (uniqueIndexes.length === 0) return;
    const others = (await storage.findAll(db, coll)).filter((other) => !ownId || !other._id.equals(ownId));
    for (const ix of uniqueIndexes) {
      const key = indexKey(doc, ix);
      if (key === null) continue;
      const signature = JSON.stringify([ix.key, Boolean(ix.sparse)]);
      if (others.some((other) => storedIndexKey(other, ix, signature) === key)) {
        throw duplicateKeyError(db, coll, ix, doc);
      }
    }
  }

  // Stored documents are never changed in place (updates store a new object, and
  // aggregations run on copies, see below), so each one's key is computed only once.
  const keyCache = new WeakMap(); // stored document -> Map(index signature -> key)
  function storedIndexKey(doc, ix, signature) {
    let keys = keyCache.get(doc);
    if (!keys) keyCache.set(doc, (keys = new Map()));
    if (!keys.has(signature)) keys.set(signature, indexKey(doc, ix));
    return keys.get(signature);
  }
}

/** The document's key in index ix as a comparable string, or null if a sparse index skips it. */
function indexKey(doc, ix) {
  const values = Object.keys(ix.key).map((field) => QueryEngine.getNestedValue(doc, field));
  if (ix.sparse && values.every((v) => v === undefined)) return null;
  const normalized = values.map((v) => (v === undefined ? null : v));
  return Buffer.from(BSON.serialize({ k: normalized })).toString('base64');
}

function duplicateKeyError(db, coll, ix, doc) {
  const show = (v) => (v?._bsontype === 'ObjectId' ? `ObjectId('${v.toHexString()}')` : JSON.stringify(v ?? null));
  const dupKey = Object.keys(ix.key)
    .map((field) => `${field}: ${show(QueryEngine.getNestedValue(doc, field))}`)
    .join(', ');
  const error = new Error(`E11000 duplicate key error collection: ${db}.${coll} index: ${ix.name} dup key: { ${dupKey} }`);
  error.code = 11000;
  error.codeName = 'DuplicateKey';
  return error;
}

// CongoDB keeps one IndexEngine per collection for the life of the process, and its
// cached index list survives drop/dropDatabase: an index re-created after a drop would be
// reported as existing but not stored again, so it would neither be listed by storage nor
// enforced above. Index commands are rare, so let each one re-read the stored indexes.
const initializeIndexEngine = IndexEngine.prototype.initialize;
IndexEngine.prototype.initialize = function () {
  this.initialized = false;
  this.indexes = new Map();
  return initializeIndexEngine.call(this);
};

// CongoDB's hello reply carries a topologyVersion. That tells drivers to monitor the
// server with "awaitable hello" (streaming), which CongoDB does not implement: it answers
// at once and without moreToCome. Measured: the C# driver then sends ~3,000 hellos a second
// per client (a busy loop on both sides), and the Node driver reports "Server ended
// moreToCome unexpectedly" and clears its connection pool, failing operations in flight.
// Without topologyVersion, drivers poll every 10 s instead, as with older servers.
const handleHello = HelloHandler.prototype.handle;
HelloHandler.prototype.handle = async function (context) {
  const reply = await handleHello.call(this, context);
  delete reply.topologyVersion;
  return reply;
};

// CongoDB runs aggregations (mingo) directly on the stored documents, and a stage such as
// {$set: {'a.b': 1}} then changes the stored documents themselves. Give aggregations a
// storage view whose findAll returns copies; writes ($out/$merge) still reach the real one.
const handleAggregate = AggregateHandler.prototype.handle;
AggregateHandler.prototype.handle = function (context) {
  const storage = Object.create(context.storage);
  storage.findAll = async (db, coll) =>
    (await context.storage.findAll(db, coll)).map((doc) => BSON.deserialize(BSON.serialize(doc)));
  return handleAggregate.call(this, { ...context, storage });
};

const port = Number(process.argv[2] ?? process.env.CONGODB_PORT ?? 27017);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`start-congodb: bad port ${process.argv[2] ?? process.env.CONGODB_PORT}`);
  process.exit(2);
}

const dataDir = process.argv[3] ?? process.env.CONGODB_DATA_DIR ?? '';
const saveIntervalMs = Number(process.env.CONGODB_SAVE_INTERVAL_MS ?? 1000);
if (!Number.isFinite(saveIntervalMs) || saveIntervalMs < 0) {
  console.error(`start-congodb: bad CONGODB_SAVE_INTERVAL_MS ${process.env.CONGODB_SAVE_INTERVAL_MS}`);
  process.exit(2);
}

const server = new CongoServer({ host: '127.0.0.1', port, storage: 'memory' });
const storage = server.getStorage();
enforceUniqueIndexes(storage);
let snapshot = null;
let releaseDataDir = () => {};
if (dataDir) {
  mkdirSync(dataDir, { recursive: true });
  releaseDataDir = lockDataDir(dataDir);
  try {
    const loaded = loadSnapshot(storage, dataDir, BSON);
    console.error(`congodb: loaded ${loaded.documents} documents in ${loaded.collections} collections from ${dataDir}`);
  } catch (error) {
    releaseDataDir();
    console.error(`start-congodb: cannot load the data in ${dataDir}: ${error.message}`);
    process.exit(1);
  }
  // Wrapped after enforceUniqueIndexes, so that only writes that passed its checks count as changes.
  snapshot = saveOnChange(storage, dataDir, BSON, { intervalMs: saveIntervalMs });
}
await server.start();

// With port 0 the OS picked the port; CongoServer only knows the one it was given.
const actualPort = server.server.address().port;
console.log(`congodb ready mongodb://127.0.0.1:${actualPort}/?directConnection=true`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.stop();
  snapshot?.flush();
  releaseDataDir();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
