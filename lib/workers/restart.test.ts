import { describe, expect, it } from 'vitest';
import { EngineWorkerClient, type EngineApi } from '../export/engine-protocol';
import type { Session } from '../session/session';
import type { OpenDocument } from '../store/designer-store';
import { importSql } from '../commands/file/import-sql';
import { handleRpcRequest, type RpcHandlers, type RpcRequestMessage } from './rpc';
import type { TerminableEndpoint } from './restart';

/** A worker in the same process: serves the engine API; `import-sql` of an endless statement never answers. */
class FakeEngineWorker implements TerminableEndpoint {
  static started = 0;
  terminated = false;
  private listeners = new Set<(e: { data: unknown }) => void>();
  private handlers: RpcHandlers<EngineApi> = {
    diff: async () => ({ ok: true, output: '-- nothing', changed: false }) as never,
    verify: async () => ({ ok: true, steps: [] }) as never,
    'import-sql': (r) => (r.sql.includes('LOOP') ? new Promise(() => undefined) : Promise.resolve({ ok: true as const, schema: 'model A {\n  id Int @id\n}\n', warnings: null, skipped: [] })),
  };

  constructor() {
    FakeEngineWorker.started++;
  }

  postMessage(message: unknown): void {
    if (this.terminated) return;
    void handleRpcRequest(this.handlers, message as RpcRequestMessage).then((response) => {
      if (!this.terminated) for (const l of this.listeners) l({ data: response });
    });
  }
  addEventListener(_type: 'message', listener: (e: { data: unknown }) => void): void {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'message', listener: (e: { data: unknown }) => void): void {
    this.listeners.delete(listener);
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('restarting a hung engine worker', () => {
  it('stops an import that never ends, says so, keeps the document, and later requests work on a fresh worker', async () => {
    const first = new FakeEngineWorker();
    const engine = new EngineWorkerClient(first, { respawn: () => new FakeEngineWorker() });
    // The parts of a session an import uses (the real one loads Prisma's wasm).
    const notices: Array<{ kind: string; text: string; detail?: string }> = [];
    const opened: OpenDocument[] = [];
    const session = {
      engine,
      notify: (kind: string, text: string, detail?: string) => void notices.push({ kind, text, detail }),
      backup: async () => undefined,
      openDocument: (doc: OpenDocument) => void opened.push(doc),
    } as unknown as Session;

    const outcome = await importSql(session, 'DO $$ BEGIN LOOP END LOOP; END $$;', 'the pasted SQL', 30);
    expect(outcome).toMatchObject({ ok: false });
    expect(!outcome.ok && outcome.reason).toContain('did not finish within 0 s');
    expect(notices.at(-1)).toMatchObject({ kind: 'error', detail: expect.stringContaining('stopped and started again') });
    expect(first.terminated).toBe(true);
    expect(engine.restarter?.restarts).toBe(1);
    expect(engine.restarter?.current).not.toBe(first);
    expect(opened).toEqual([]);

    expect(await engine.request({ type: 'diff', from: { kind: 'empty' }, to: { kind: 'empty' } })).toMatchObject({ ok: true });
    expect(await importSql(session, 'CREATE TABLE "A" (id int primary key);', 'the pasted SQL', 1000)).toEqual({ ok: true });
    expect(opened[0].files[0].text).toContain('model A');
    engine.dispose();
    expect((engine.restarter?.current as FakeEngineWorker).terminated).toBe(true);
  });

  it('leaves calls without a timeout alone', async () => {
    const started = FakeEngineWorker.started;
    const engine = new EngineWorkerClient(new FakeEngineWorker(), { respawn: () => new FakeEngineWorker() });
    expect(await engine.request({ type: 'import-sql', sql: 'CREATE TABLE a ();' })).toMatchObject({ ok: true });
    expect(FakeEngineWorker.started - started).toBe(1);
    expect(engine.restarter?.restarts).toBe(0);
  });
});
