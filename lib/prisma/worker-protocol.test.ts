import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exampleFiles } from '../samples/example';
import type { SchemaFile } from '../schema/document';
import { corpusAvailable, corpusProjects } from '../../test-support/corpus';
import { prismaEngine } from '../../test-support/prisma';
import { PrismaSchemaEngine, type PrismaDiagnostic } from './engine';
import { loadPrismaSchemaWasmNode } from './load-node';
import type { PrismaVersionId } from './versions';
import { handlePrismaRequest, PrismaWorkerClient, type PrismaRequest, type PrismaResponse } from './worker-protocol';
import type { RpcRequestMessage } from '../workers/rpc';

const DATASOURCE = 'datasource db {\n  provider = "postgresql"\n}\n\n';
const VALID: SchemaFile[] = [{ path: 'schema.prisma', text: DATASOURCE + 'model A {\n  id Int @id\n}\n' }];
const TYPO: SchemaFile[] = [{ path: 'schema.prisma', text: DATASOURCE + 'model A {\n  id Int @id\n  n  Strin\n}\n' }];
/** Prisma 5 and 6 want a `url`; Prisma 7 refuses it. */
const WITH_URL: SchemaFile[] = [{ path: 'schema.prisma', text: 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n\nmodel A {\n  id Int @id\n}\n' }];

/** The engines of the Node loader, recording which versions were asked for. */
function nodeEngines() {
  const asked: PrismaVersionId[] = [];
  const engineFor = async (v: PrismaVersionId) => {
    asked.push(v);
    return new PrismaSchemaEngine(loadPrismaSchemaWasmNode(v));
  };
  return { asked, engineFor };
}

async function ok(req: PrismaRequest): Promise<unknown> {
  const res = await handlePrismaRequest(req, nodeEngines().engineFor);
  if (!res.ok) throw new Error(res.error);
  expect(res.id).toBe(req.id);
  return res.result;
}

describe('handlePrismaRequest', () => {
  it('lints with Prisma’s own validator: no diagnostics for a valid schema', async () => {
    expect(await ok({ id: 1, type: 'lint', version: '7', files: VALID })).toEqual([]);
  });

  it('reports an error with its file, offsets and message', async () => {
    const [d] = (await ok({ id: 2, type: 'lint', version: '7', files: TYPO })) as PrismaDiagnostic[];
    expect(d).toMatchObject({ path: 'schema.prisma', severity: 'error', message: 'Type "Strin" is neither a built-in type, nor refers to another model, composite type, or enum.' });
    expect(TYPO[0].text.slice(d.start, d.end)).toBe('Strin');
  });

  it('validates with the Prisma version the request names', async () => {
    const { asked, engineFor } = nodeEngines();
    const lint = async (version: PrismaVersionId) => {
      const res = await handlePrismaRequest({ id: 3, type: 'lint', version, files: WITH_URL }, engineFor);
      return res.ok ? (res.result as PrismaDiagnostic[]).filter((d) => d.severity === 'error').map((d) => d.message.split('.')[0]) : res.error;
    };
    expect(await lint('5')).toEqual([]);
    expect(await lint('6')).toEqual([]);
    expect(await lint('7')).toEqual(['The datasource property `url` is no longer supported in schema files']);
    expect(asked).toEqual(['5', '6', '7']);
  });

  it('formats every file', async () => {
    const files = [
      { path: 'a.prisma', text: 'model A {\nid Int @id\nname String\n}' },
      { path: 'b.prisma', text: 'model B {\n  id Int @id\n}\n' },
    ];
    expect(await ok({ id: 4, type: 'format', version: '7', files })).toEqual([
      { path: 'a.prisma', text: 'model A {\n  id   Int    @id\n  name String\n}\n' },
      { path: 'b.prisma', text: 'model B {\n  id Int @id\n}\n' },
    ]);
  });

  it('completes referential actions and hovers over a model', async () => {
    const text = DATASOURCE + 'model A {\n  id Int @id\n  bs B[]\n}\n\nmodel B {\n  id  Int @id\n  aId Int\n  a   A   @relation(fields: [aId], references: [id], onDelete: )\n}\n';
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('onDelete: '));
    const character = lines[line].indexOf('onDelete: ') + 'onDelete: '.length;
    const files = [{ path: 'schema.prisma', text }];
    const completion = (await ok({ id: 5, type: 'completion', version: '7', files, path: 'schema.prisma', line, character })) as { items: Array<{ label: string }> };
    expect(completion.items.map((i) => i.label)).toEqual(['Cascade', 'Restrict', 'NoAction', 'SetNull', 'SetDefault']);

    const hover = (await ok({ id: 6, type: 'hover', version: '7', files, path: 'schema.prisma', line: lines.indexOf('model B {'), character: 7 })) as { contents: { value: string } };
    expect(hover.contents.value).toContain('model B {}');
  });

  it('offers code actions as a list', async () => {
    const range = { start: { line: 6, character: 5 }, end: { line: 6, character: 10 } };
    expect(Array.isArray(await ok({ id: 7, type: 'codeActions', version: '7', files: TYPO, path: 'schema.prisma', range, diagnostics: [] }))).toBe(true);
  });

  it('lists the native types of the datasource’s connector', async () => {
    const types = (await ok({ id: 8, type: 'nativeTypes', version: '7', text: VALID[0].text })) as Array<{ name: string; prisma_types: string[] }>;
    expect(types.find((t) => t.name === 'VarChar')).toMatchObject({ prisma_types: ['String'] });
    expect(types.map((t) => t.name)).toContain('Uuid');
  });

  describe('failures', () => {
    afterEach(() => {
      delete (globalThis as { __prismaWasmLastPanic?: string }).__prismaWasmLastPanic;
    });

    it('answers with the error when the engine cannot load', async () => {
      const res = await handlePrismaRequest({ id: 9, type: 'lint', version: '6', files: VALID }, async () => {
        throw new Error('Could not load /wasm/prisma-schema-6.wasm (404)');
      });
      expect(res).toEqual({ id: 9, ok: false, error: 'Could not load /wasm/prisma-schema-6.wasm (404)' });
    });

    it('prefers the last wasm panic message over the generic error', async () => {
      (globalThis as { __prismaWasmLastPanic?: string }).__prismaWasmLastPanic = 'panicked at psl/src/lib.rs';
      const broken = { lint: () => { throw new Error('unreachable'); } } as unknown as PrismaSchemaEngine;
      expect(await handlePrismaRequest({ id: 10, type: 'lint', version: '7', files: VALID }, async () => broken)).toEqual({ id: 10, ok: false, error: 'panicked at psl/src/lib.rs' });
    });
  });
});

/**
 * A worker in-process: a MessageChannel whose far port runs `handlePrismaRequest`. While `hold()`
 * is on, the worker side keeps requests until `release()`, like a worker busy with a slow lint.
 */
function fakeWorker(engineFor: (v: PrismaVersionId) => Promise<PrismaSchemaEngine> = async (v) => prismaEngine(v)) {
  const { port1, port2 } = new MessageChannel();
  const seen: PrismaRequest[] = [];
  let held: PrismaRequest[] | null = null;
  const serve = async (req: PrismaRequest) => port2.postMessage(await handlePrismaRequest(req, engineFor));
  port2.on('message', (message: RpcRequestMessage) => {
    // The RPC message `{ id, method, args: [query] }` read back as the request it carries.
    const req = { id: message.id, type: message.method, ...(message.args[0] as object) } as PrismaRequest;
    seen.push(req);
    if (held) held.push(req);
    else void serve(req);
  });
  const client = new PrismaWorkerClient({
    postMessage: (message) => port1.postMessage(message),
    addEventListener: (_type, listener) => port1.on('message', (data: PrismaResponse) => listener({ data })),
  });
  return {
    client,
    seen,
    hold: () => (held = []),
    release(order: 'fifo' | 'reverse' = 'fifo') {
      const queue = held ?? [];
      held = null;
      for (const req of order === 'fifo' ? queue : queue.reverse()) void serve(req);
    },
    /** Sends a response the client never asked for. */
    stray: (res: PrismaResponse) => port2.postMessage(res),
    close: () => port1.close(),
  };
}

describe('PrismaWorkerClient', () => {
  let close = () => {};
  afterEach(() => close());

  it('matches each response to its request, whatever order they come back in', async () => {
    const w = fakeWorker();
    close = w.close;
    w.hold();
    const lintTypo = w.client.request<PrismaDiagnostic[]>({ type: 'lint', version: '7', files: TYPO });
    const format = w.client.request<SchemaFile[]>({ type: 'format', version: '7', files: [{ path: 'schema.prisma', text: 'model A {\nid Int @id\n}' }] });
    await vi.waitFor(() => expect(w.seen).toHaveLength(2));
    expect(w.seen.map((r) => [r.id, r.type])).toEqual([[1, 'lint'], [2, 'format']]);
    w.release('reverse');
    expect((await format)[0].text).toBe('model A {\n  id Int @id\n}\n');
    expect((await lintTypo).map((d) => d.severity)).toEqual(['error']);
  });

  it('rejects with the worker’s error and ignores responses nobody waits for', async () => {
    const w = fakeWorker(async () => {
      throw new Error('engine failed');
    });
    close = w.close;
    w.stray({ id: 999, ok: true, result: 'nobody asked' });
    await expect(w.client.request({ type: 'lint', version: '7', files: VALID })).rejects.toThrow('engine failed');
  });

  it('lints the newest text only: texts typed while a lint runs replace each other', async () => {
    const w = fakeWorker();
    close = w.close;
    const results: Array<{ revision: number; errors: number; error?: string }> = [];
    const done = (revision: number, result: unknown, error?: string) =>
      results.push({ revision, errors: (result as PrismaDiagnostic[]).filter((d) => d.severity === 'error').length, error });

    w.hold();
    w.client.lint('7', VALID, 1, done);
    w.client.lint('7', TYPO, 2, done);
    w.client.lint('7', WITH_URL, 3, done);
    w.client.lint('7', TYPO, 4, done);
    await vi.waitFor(() => expect(w.seen).toHaveLength(1));
    w.release();
    await vi.waitFor(() => expect(results).toHaveLength(2));

    expect(results).toEqual([{ revision: 1, errors: 0, error: undefined }, { revision: 4, errors: 1, error: undefined }]);
    expect(w.seen.map((r) => r.type === 'lint' && r.files)).toEqual([VALID, TYPO]);
  });

  it('reports a failed lint to its callback with no diagnostics, and keeps linting afterwards', async () => {
    let fail = true;
    const w = fakeWorker(async (v) => {
      if (fail) throw new Error('wasm not loaded');
      return prismaEngine(v);
    });
    close = w.close;
    const calls: unknown[][] = [];
    w.client.lint('6', VALID, 7, (...args) => calls.push(args));
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toEqual([7, [], 'wasm not loaded']);

    fail = false;
    w.client.lint('7', VALID, 8, (...args) => calls.push(args));
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]).toEqual([8, []]);
  });
});

describe.skipIf(!corpusAvailable())('linting real schemas through the worker', () => {
  it('finds no errors in the example and in Prisma 7 corpus projects', async () => {
    const w = fakeWorker();
    try {
      const schemas = [{ name: 'example', files: exampleFiles() }, ...corpusProjects().filter((p) => ['umami', 'hoppscotch', 'rallly'].includes(p.name))];
      expect(schemas).toHaveLength(4);
      for (const s of schemas) {
        const diagnostics = await w.client.request<PrismaDiagnostic[]>({ type: 'lint', version: '7', files: s.files });
        expect({ name: s.name, errors: diagnostics.filter((d) => d.severity === 'error').map((d) => d.message) }).toEqual({ name: s.name, errors: [] });
      }
      // …and the same rallly files are rejected by Prisma 5, which wants a datasource url
      const rallly = schemas.find((x) => x.name === 'rallly')!;
      const v5 = await w.client.request<PrismaDiagnostic[]>({ type: 'lint', version: '5', files: rallly.files });
      expect(v5.some((d) => d.severity === 'error' && d.message.includes('url'))).toBe(true);
    } finally {
      w.close();
    }
  });
});
