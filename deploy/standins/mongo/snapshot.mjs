// Keeps CongoDB's in-memory data in a file, as real BSON, so that it survives a restart.
//
// CongoDB's own file modes write JSON, which turns ObjectIds and dates into strings (queries on
// them then stop matching). This writes what the storage holds with the bson package CongoDB
// itself decodes the wire protocol with, and reads it back with the same defaults, so every value
// comes back with the type it had: ObjectId, Date, Binary, Long, Decimal128, nested documents,
// arrays, numbers exactly as CongoDB keeps them.
//
// The file, DIR/congodb.bson, is a sequence of BSON documents:
//   {kind: 'header', format: FORMAT, version: 1, savedAt: Date}
//   per collection: {kind: 'collection', db, name, indexes: [...]}, then {kind: 'document', doc} per document
//   {kind: 'end', collections: N, documents: N}
// The end record proves the file is complete; a file without it is refused, not half-loaded.
//
// Saving: after a change, at most once per interval (default 1 s), and on flush() (SIGTERM/SIGINT).
// Each save writes the whole data set, taken in one synchronous pass (one point in time), to a
// temporary file, fsyncs it, renames it over the old one and fsyncs the directory: the file is
// always either the previous complete snapshot or the new one. A SIGKILL (or power loss) loses
// the changes since the last completed save: at most about one interval plus the time a save takes.

import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const FORMAT = 'mini-linkedin-congodb-snapshot';
const FILE_NAME = 'congodb.bson';

/** Loads DIR/congodb.bson into the (still empty) storage, if the file exists. Returns what it loaded. */
export function loadSnapshot(storage, dir, BSON) {
  const file = join(dir, FILE_NAME);
  if (!existsSync(file)) return { collections: 0, documents: 0 };

  const records = readRecords(readFileSync(file), BSON);
  const header = records.next().value;
  if (header?.kind !== 'header' || header.format !== FORMAT || header.version !== 1) {
    throw new Error(`${file} is not a CongoDB snapshot of this format`);
  }

  const loaded = { databases: new Map(), indexes: new Map() };
  let collection = null;
  let counts = { collections: 0, documents: 0 };
  let ended = false;
  for (const record of records) {
    if (ended) throw new Error(`${file} has data after its end record`);
    if (record.kind === 'collection') {
      collection = new Map();
      if (!loaded.databases.has(record.db)) {
        loaded.databases.set(record.db, new Map());
        loaded.indexes.set(record.db, new Map());
      }
      loaded.databases.get(record.db).set(record.name, collection);
      loaded.indexes.get(record.db).set(record.name, record.indexes);
      counts.collections++;
    } else if (record.kind === 'document' && collection) {
      collection.set(record.doc._id.toHexString(), record.doc);
      counts.documents++;
    } else if (record.kind === 'end') {
      if (record.collections !== counts.collections || record.documents !== counts.documents) {
        throw new Error(`${file} is incomplete: its end record does not match its contents`);
      }
      ended = true;
    } else {
      throw new Error(`${file} has an unexpected record`);
    }
  }
  if (!ended) throw new Error(`${file} is incomplete: it has no end record`);

  // Only now, when the whole file has been read and checked, does the storage get the data.
  for (const [db, collections] of loaded.databases) storage.databases.set(db, collections);
  for (const [db, indexes] of loaded.indexes) storage.indexes.set(db, indexes);
  return counts;
}

/**
 * Saves the storage to DIR after every change, at most once per intervalMs. Returns
 * { flush() }: saves at once if anything changed since the last save (call it before exiting).
 */
export function saveOnChange(storage, dir, BSON, { intervalMs = 1000, onError = console.error } = {}) {
  mkdirSync(dir, { recursive: true });
  let dirty = false;
  let timer = null;

  const save = () => {
    timer = null;
    if (!dirty) return;
    dirty = false;
    try {
      writeSnapshot(storage, dir, BSON);
    } catch (error) {
      dirty = true; // try again with the next change or the next flush
      onError(error);
    }
  };
  const changed = () => {
    dirty = true;
    timer ??= setTimeout(save, intervalMs);
  };

  watchWrites(storage, changed);
  return {
    flush() {
      if (timer) clearTimeout(timer);
      timer = null;
      save();
    },
  };
}

/** Calls changed() after each storage call that alters documents, collections or indexes. */
function watchWrites(storage, changed) {
  const writes = [
    'insertOne', 'updateById', 'deleteById', 'createDatabase', 'dropDatabase',
    'createCollection', 'dropCollection', 'renameCollection', 'saveIndex', 'dropIndex',
  ];
  for (const name of writes) {
    const write = storage[name].bind(storage);
    storage[name] = async (...args) => {
      const result = await write(...args);
      changed();
      return result;
    };
  }
  // Reads create a missing collection on the fly (ensureCollection): a change too.
  const ensureCollection = storage.ensureCollection.bind(storage);
  storage.ensureCollection = (db, coll) => {
    const created = !storage.databases.get(db)?.has(coll);
    const collection = ensureCollection(db, coll);
    if (created) changed();
    return collection;
  };
}

function writeSnapshot(storage, dir, BSON) {
  // Serialized in one synchronous pass: no write can come in between, so the snapshot is one point in time.
  const chunks = [BSON.serialize({ kind: 'header', format: FORMAT, version: 1, savedAt: new Date() })];
  let collections = 0;
  let documents = 0;
  for (const [db, dbCollections] of storage.databases) {
    for (const [name, docs] of dbCollections) {
      const indexes = storage.indexes.get(db)?.get(name) ?? [{ name: '_id_', key: { _id: 1 }, unique: true }];
      chunks.push(BSON.serialize({ kind: 'collection', db, name, indexes }));
      collections++;
      for (const doc of docs.values()) {
        chunks.push(BSON.serialize({ kind: 'document', doc }));
        documents++;
      }
    }
  }
  chunks.push(BSON.serialize({ kind: 'end', collections, documents }));

  const file = join(dir, FILE_NAME);
  const temporary = `${file}.${process.pid}.tmp`;
  const bytes = Buffer.concat(chunks);
  const fd = openSync(temporary, 'w', 0o600);
  try {
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
  const dirFd = openSync(dir, 'r');
  try {
    fsyncSync(dirFd);
  } finally {
    closeSync(dirFd);
  }
}

function* readRecords(buffer, BSON) {
  let offset = 0;
  while (offset < buffer.length) {
    if (offset + 4 > buffer.length) throw new Error('snapshot cut off inside a record length');
    const length = buffer.readInt32LE(offset);
    if (length < 5 || offset + length > buffer.length) throw new Error('snapshot cut off inside a record');
    yield BSON.deserialize(buffer.subarray(offset, offset + length));
    offset += length;
  }
}
