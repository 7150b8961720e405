import { describe, expect, it } from 'vitest';
import { AdvisoryWorkerClient, type AdvisoryRequest, type AdvisoryResponse } from './worker-protocol';
import type { RpcRequestMessage } from '../workers/rpc';

/** A worker that answers when told to. */
function fakeWorker() {
  const posted: AdvisoryRequest[] = [];
  let listener: ((e: Event) => void) | null = null;
  return {
    posted,
    // The RPC message `{ id, method: 'run', args: [request] }` read back as the request it carries.
    postMessage: (m: RpcRequestMessage) => void posted.push({ ...(m.args[0] as Omit<AdvisoryRequest, 'id'>), id: m.id }),
    addEventListener: (_type: string, l: (e: Event) => void) => void (listener = l),
    answer: (id: number) => listener!({ data: { id, ok: true, result: { advisories: [], suppressed: [], mergedPrisma: [] } } } as unknown as Event),
  };
}

const request = (n: number) => ({ files: [{ path: `${n}.prisma`, text: '' }], config: { rules: {} }, prisma: [], baseline: [], migrationBaseline: null });

describe('AdvisoryWorkerClient', () => {
  it('keeps one run in flight and only the newest waiting one', () => {
    const worker = fakeWorker();
    const client = new AdvisoryWorkerClient(worker as unknown as Worker);
    const results: string[] = [];
    const done = (n: number) => (r: AdvisoryResponse) => results.push(`${n}:${r.ok ? 'ok' : r.error}`);
    client.run(request(1), done(1));
    client.run(request(2), done(2));
    client.run(request(3), done(3));
    expect(worker.posted.map((p) => p.files[0].path)).toEqual(['1.prisma']);
    expect(results).toEqual(['2:superseded']);
    worker.answer(worker.posted[0].id);
    expect(results).toEqual(['2:superseded', '1:ok']);
    expect(worker.posted.map((p) => p.files[0].path)).toEqual(['1.prisma', '3.prisma']);
    worker.answer(worker.posted[1].id);
    expect(results).toEqual(['2:superseded', '1:ok', '3:ok']);
  });
});
