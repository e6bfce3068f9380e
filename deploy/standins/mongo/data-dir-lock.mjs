// One CongoDB per data directory: two processes saving snapshots into one folder would
// overwrite each other's data. The lock is a file holding the owner's pid; a lock whose
// process is gone (after a SIGKILL) is taken over.

import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Takes DIR's lock or throws if a live process holds it. Returns release(). */
export function lockDataDir(dir) {
  const file = join(dir, 'congodb.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(file, 'utf8'));
      if (isAlive(owner)) throw new Error(`${dir} is in use by CongoDB process ${owner}`);
      rmSync(file, { force: true });
    }
  }
  throw new Error(`cannot lock ${dir}`);
}

function isAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}
