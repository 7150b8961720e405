import { describe, expect, it } from 'vitest';
import { importSqlNodeWithTimeout } from './migrate-node';

describe('importSqlNodeWithTimeout', () => {
  it('stops an endless statement after the timeout and reports it', async () => {
    const result = await importSqlNodeWithTimeout('DO $$ BEGIN LOOP END LOOP; END $$;', { timeoutMs: 1500 });
    expect(result).toMatchObject({ ok: false, stopped: 'timeout' });
    expect(!result.ok && result.message).toMatch(/still running after 1\.5 s and was stopped/);
  });

  it('cancels on an abort signal, before or during the run', async () => {
    const before = new AbortController();
    before.abort();
    expect(await importSqlNodeWithTimeout('SELECT 1;', { signal: before.signal })).toMatchObject({ ok: false, stopped: 'cancelled' });
    const during = new AbortController();
    setTimeout(() => during.abort(), 500);
    expect(await importSqlNodeWithTimeout('DO $$ BEGIN LOOP END LOOP; END $$;', { signal: during.signal, timeoutMs: 30_000 })).toMatchObject({ ok: false, stopped: 'cancelled' });
  });

  it('returns the import result unchanged when the SQL finishes in time', async () => {
    const result = await importSqlNodeWithTimeout('CREATE TABLE item (id int primary key, name text NOT NULL);', { timeoutMs: 30_000 });
    expect(result.ok).toBe(true);
    expect(result.ok && result.schema).toContain('model item {');
  });
});
