import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirectoryLockedError, lockDataDirectory } from './lock';

const dirs: string[] = [];
const fresh = () => {
  const d = mkdtempSync(join(tmpdir(), 'schema-canvas-lock-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('data directory lock', () => {
  it('is held by one owner at a time and released on close', () => {
    const dir = fresh();
    const release = lockDataDirectory(dir);
    expect(JSON.parse(readFileSync(join(dir, 'owner.lock'), 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    expect(() => lockDataDirectory(dir)).toThrow(DataDirectoryLockedError);
    release();
    expect(existsSync(join(dir, 'owner.lock'))).toBe(false);
    lockDataDirectory(dir)();
  });

  it('names the holder and what to do', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'owner.lock'), JSON.stringify({ pid: process.ppid, host: hostname() }));
    expect(() => lockDataDirectory(dir)).toThrow(new RegExp(`in use by process ${process.ppid} on .*one process only.*DATABASE_URL.*delete .*owner\\.lock`));
  });

  it('takes over a lock whose process is gone, or one left by an earlier run with this pid', () => {
    const dead = fresh();
    writeFileSync(join(dead, 'owner.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname() }));
    lockDataDirectory(dead)();
    const reused = fresh();
    writeFileSync(join(reused, 'owner.lock'), JSON.stringify({ pid: process.pid, host: hostname() }));
    lockDataDirectory(reused)();
  });

  it('does not take over a lock from another host', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'owner.lock'), JSON.stringify({ pid: 1, host: 'elsewhere' }));
    expect(() => lockDataDirectory(dir)).toThrow(/process 1 on elsewhere/);
  });
});
