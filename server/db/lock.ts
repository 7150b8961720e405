import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/**
 * PGlite is one PostgreSQL in one process: two processes on the same data directory would corrupt
 * it. The embedded store takes `<dataDir>/owner.lock` (created exclusively, holding pid and host)
 * before opening, and gives it back on close. A lock left by a process that no longer runs on this
 * host is taken over.
 */
export class DataDirectoryLockedError extends Error {
  constructor(dataDir: string, holder: string) {
    super(
      `The review store's data directory ${dataDir} is in use by ${holder}. PGlite can be opened by one process only: ` +
      'stop the other server, point SCHEMA_CANVAS_DATA_DIR at another directory, or set DATABASE_URL so several instances share PostgreSQL. ' +
      `If no server uses that directory any more, delete ${join(dataDir, 'owner.lock')}.`,
    );
    this.name = 'DataDirectoryLockedError';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Data directories this process holds (a lock file naming this pid but not listed here is stale: a container restart reuses pids). */
const heldHere = new Set<string>();

/** Takes the lock; returns the function that releases it. Throws DataDirectoryLockedError when held. */
export function lockDataDirectory(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'owner.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
      closeSync(fd);
      heldHere.add(file);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        heldHere.delete(file);
        rmSync(file, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let holder: { pid?: number; host?: string } = {};
      try {
        holder = JSON.parse(readFileSync(file, 'utf8')) as typeof holder;
      } catch {
        // unreadable or half-written: treat as held by an unknown process
      }
      const sameHost = holder.host === hostname();
      const stale = typeof holder.pid === 'number' && (holder.pid === process.pid ? !heldHere.has(file) : !alive(holder.pid));
      if (sameHost && stale) {
        rmSync(file, { force: true }); // stale: its process is gone
        continue;
      }
      const who = typeof holder.pid === 'number' ? `process ${holder.pid}${holder.host ? ` on ${holder.host}` : ''}` : 'another process';
      throw new DataDirectoryLockedError(dataDir, who);
    }
  }
  throw new DataDirectoryLockedError(dataDir, 'another process');
}
