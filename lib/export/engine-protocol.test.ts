import { afterEach, describe, expect, it } from 'vitest';
import { serveRpc } from '../workers/rpc';
import { EngineWorkerClient, type EngineApi } from './engine-protocol';

/** The engine worker's API served by stand-ins: the client's part is routing and typing. */
function worker() {
  const { port1, port2 } = new MessageChannel();
  serveRpc<EngineApi>(port2, {
    diff: async (r) => ({ ok: true, script: `-- ${r.from.kind} → ${r.to.kind}` }) as never,
    verify: async () => {
      throw new Error('PGlite failed to start');
    },
    'import-sql': async (r) => ({ ok: true, schema: `// from ${r.sql.length} characters`, warnings: null, skipped: [] }),
  });
  return { client: new EngineWorkerClient(port1), close: () => (port1.close(), port2.close()) };
}

describe('EngineWorkerClient', () => {
  let close = () => {};
  afterEach(() => close());

  it('sends each request to its method and returns its result', async () => {
    const w = worker();
    close = w.close;
    expect(await w.client.request({ type: 'diff', from: { kind: 'empty' }, to: { kind: 'empty' }, script: true })).toEqual({ ok: true, script: '-- empty → empty' });
    const imported = await w.client.request({ type: 'import-sql', sql: 'CREATE TABLE a ();' });
    expect(imported).toEqual({ ok: true, schema: '// from 18 characters', warnings: null, skipped: [] });
    if (imported.ok) expect(imported.schema).toContain('18'); // typed as ImportSqlOutcome
  });

  it('rejects with the worker’s error message', async () => {
    const w = worker();
    close = w.close;
    await expect(w.client.request({ type: 'verify', baseline: { kind: 'empty' }, migrationSql: '', downSql: null })).rejects.toThrow('PGlite failed to start');
  });
});
