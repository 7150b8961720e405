import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { createRpcClient, handleRpcRequest, LatestWins, RpcError, serveRpc, type LatestOutcome, type RpcEndpoint, type RpcHandlers, type RpcSettled } from './rpc';

/** A small API, as a worker would declare it. */
interface MathApi {
  add(a: number, b: number): number;
  upper(text: string): Promise<string>;
  fail(message: string): void;
  wait(ms: number): Promise<string>;
}

const handlers: RpcHandlers<MathApi> = {
  add: (a, b) => a + b,
  upper: async (text) => text.toUpperCase(),
  fail: (message) => {
    throw new Error(message);
  },
  wait: (ms) => new Promise((resolve) => setTimeout(() => resolve(`waited ${ms}`), ms)),
};

/** A worker in-process: the far port of a MessageChannel serves the handlers. */
function channel() {
  const { port1, port2 } = new MessageChannel();
  serveRpc<MathApi>(port2, handlers);
  const client = createRpcClient<MathApi>(port1);
  return { client, port1, port2, close: () => (port1.close(), port2.close()) };
}

/** An endpoint that records what is posted and lets the test answer by hand. */
function manualEndpoint() {
  const posted: Array<{ id: number; method: string; args: unknown[] }> = [];
  let listener: ((e: { data: unknown }) => void) | null = null;
  const endpoint: RpcEndpoint = {
    postMessage: (m) => void posted.push(m as (typeof posted)[number]),
    addEventListener: (_t, l) => void (listener = l),
    removeEventListener: () => void (listener = null),
  };
  const deliver = (data: unknown) => listener?.({ data });
  return { endpoint, posted, deliver, answer: (id: number, result: unknown) => deliver({ id, ok: true, result }), listening: () => listener !== null };
}

describe('worker RPC', () => {
  let close = () => {};
  afterEach(() => {
    close();
    vi.useRealTimers();
  });

  it('calls a method and returns its typed result', async () => {
    const c = channel();
    close = c.close;
    const sum = c.client.call('add', [2, 3]);
    expectTypeOf(sum).toEqualTypeOf<Promise<number>>();
    expect(await sum).toBe(5);
    const upper = c.client.api.upper('abc');
    expectTypeOf(upper).toEqualTypeOf<Promise<string>>();
    expect(await upper).toBe('ABC');
    expect(await Promise.resolve(c.client.api)).toBe(c.client.api); // not taken for a promise
    expect(c.client.pending).toBe(0);
    // Arguments and method names are checked too (never called: only the compiler looks at these).
    const _unchecked = () => {
      // @ts-expect-error add takes numbers
      void c.client.call('add', ['2', 3]);
      // @ts-expect-error no such method
      void c.client.call('subtract', [2, 3]);
    };
  });

  it('matches responses to requests whatever order they finish in', async () => {
    const c = channel();
    close = c.close;
    const order: string[] = [];
    const slow = c.client.call('wait', [30]).then((r) => order.push(r));
    const fast = c.client.call('wait', [1]).then((r) => order.push(r));
    await Promise.all([slow, fast]);
    expect(order).toEqual(['waited 1', 'waited 30']);
  });

  it('rejects with the handler’s message and no stack on the wire', async () => {
    const c = channel();
    close = c.close;
    const wire: unknown[] = [];
    c.port1.addEventListener('message', (e) => wire.push(e.data));
    const error = await c.client.call('fail', ['no engine']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RpcError);
    expect(error).toMatchObject({ message: 'no engine', reason: 'failed' });
    expect(wire).toEqual([{ id: 1, ok: false, error: 'no engine' }]);
  });

  it('answers unknown methods and odd throws with a message', async () => {
    expect(await handleRpcRequest<MathApi>(handlers, { id: 4, method: 'nope', args: [] })).toEqual({ id: 4, ok: false, error: 'Unknown method nope' });
    expect(await handleRpcRequest<MathApi>(handlers, { id: 5, method: 'toString', args: [] })).toEqual({ id: 5, ok: false, error: 'Unknown method toString' });
    const odd: RpcHandlers<{ f(): void }> = {
      f: () => {
        throw { message: 'plain object' };
      },
    };
    expect(await handleRpcRequest(odd, { id: 6, method: 'f', args: [] })).toEqual({ id: 6, ok: false, error: 'plain object' });
  });

  it('answers with an error when the result cannot be posted', async () => {
    const { port1, port2 } = new MessageChannel();
    close = () => (port1.close(), port2.close());
    serveRpc<{ fn(): () => void }>(port2, { fn: () => () => {} });
    const client = createRpcClient<{ fn(): () => void }>(port1);
    await expect(client.call('fn', [])).rejects.toMatchObject({ reason: 'failed', message: expect.stringMatching(/could not be cloned/) });
  });

  it('ignores responses nobody waits for and messages that are not responses', async () => {
    const m = manualEndpoint();
    const client = createRpcClient<MathApi>(m.endpoint);
    const sum = client.call('add', [1, 1]);
    m.answer(999, 'stray');
    m.deliver('not rpc');
    m.deliver({ id: 1, method: 'add', args: [] });
    m.answer(1, 2);
    expect(await sum).toBe(2);
  });

  it('times out a call, calls the hook first, and ignores the late answer', async () => {
    vi.useFakeTimers();
    const m = manualEndpoint();
    const events: string[] = [];
    const client = createRpcClient<MathApi>(m.endpoint, { timeoutMs: 1000, onTimeout: (info) => events.push(`hook ${info.method} ${info.id} ${info.timeoutMs}`) });
    const settled: Array<RpcSettled<string>> = [];
    client.send('wait', [5000], (s) => (events.push('settled'), settled.push(s)));
    const quick = client.call('add', [1, 2], { timeoutMs: 0 });
    vi.advanceTimersByTime(999);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['hook wait 1 1000', 'settled']);
    expect(settled).toEqual([{ ok: false, error: 'wait timed out after 1000 ms', reason: 'timeout' }]);
    m.answer(1, 'too late');
    expect(settled).toHaveLength(1);
    m.answer(2, 3);
    expect(await quick).toBe(3);
  });

  it('a per-call timeout rejects with reason timeout', async () => {
    vi.useFakeTimers();
    const m = manualEndpoint();
    const client = createRpcClient<MathApi>(m.endpoint);
    const call = client.call('wait', [10], { timeoutMs: 50 }).catch((e: RpcError) => e);
    vi.advanceTimersByTime(50);
    expect(await call).toMatchObject({ name: 'RpcError', reason: 'timeout' });
  });

  it('restarts on timeout: the hook reconnects, pending calls fail as closed, new calls go to the new worker', async () => {
    vi.useFakeTimers();
    const hung = manualEndpoint();
    const fresh = manualEndpoint();
    const client = createRpcClient<MathApi>(hung.endpoint, { onTimeout: () => client.reconnect(fresh.endpoint) });
    const other = client.call('add', [1, 1]).catch((e: RpcError) => e);
    const slow = client.call('wait', [1], { timeoutMs: 100 }).catch((e: RpcError) => e);
    vi.advanceTimersByTime(100);
    expect(await other).toMatchObject({ reason: 'closed', message: 'The worker was restarted' });
    expect(await slow).toMatchObject({ reason: 'timeout' });
    expect(hung.listening()).toBe(false);
    const next = client.call('add', [2, 2]);
    expect(fresh.posted).toEqual([{ id: 3, method: 'add', args: [2, 2] }]);
    fresh.answer(3, 4);
    expect(await next).toBe(4);
  });

  it('after close, pending and new calls fail as closed', async () => {
    const m = manualEndpoint();
    const client = createRpcClient<MathApi>(m.endpoint);
    const pending = client.call('add', [1, 1]).catch((e: RpcError) => e.reason);
    client.close();
    expect(await pending).toBe('closed');
    await expect(client.call('add', [1, 1])).rejects.toMatchObject({ reason: 'closed' });
    expect(m.posted).toHaveLength(1);
  });

  it('a message that cannot be sent fails the call', async () => {
    const client = createRpcClient<MathApi>({
      postMessage: () => {
        throw new Error('could not be cloned');
      },
      addEventListener: () => {},
    });
    await expect(client.call('add', [1, 1])).rejects.toMatchObject({ message: 'could not be cloned', reason: 'failed' });
    expect(client.pending).toBe(0);
  });
});

describe('LatestWins', () => {
  it('runs one request at a time; waiting ones are replaced and told so at once', () => {
    const m = manualEndpoint();
    const client = createRpcClient<MathApi>(m.endpoint);
    const latest = new LatestWins<string, string>((text, settle) => client.send('upper', [text], settle));
    const outcomes: string[] = [];
    const done = (name: string) => (o: LatestOutcome<string>) => outcomes.push(`${name}:${o.status === 'done' ? o.result : o.status}`);
    latest.submit('a', done('a'));
    latest.submit('b', done('b'));
    latest.submit('c', done('c'));
    expect(latest.busy).toBe(true);
    expect(m.posted.map((p) => p.args[0])).toEqual(['a']);
    expect(outcomes).toEqual(['b:superseded']);
    m.answer(1, 'A');
    expect(outcomes).toEqual(['b:superseded', 'a:A']);
    expect(m.posted.map((p) => p.args[0])).toEqual(['a', 'c']);
    m.answer(2, 'C');
    expect(outcomes).toEqual(['b:superseded', 'a:A', 'c:C']);
    expect(latest.busy).toBe(false);
  });

  it('reports failures and keeps going; run() gives the outcome as a promise', async () => {
    const { port1, port2 } = new MessageChannel();
    try {
      serveRpc<MathApi>(port2, handlers);
      const client = createRpcClient<MathApi>(port1);
      const latest = new LatestWins<string, void>((message, settle) => client.send('fail', [message], settle));
      const first = latest.run('broken');
      const second = latest.run('replaced');
      const third = latest.run('again');
      expect(await first).toEqual({ status: 'failed', error: 'broken', reason: 'failed' });
      expect(await second).toEqual({ status: 'superseded' });
      expect(await third).toEqual({ status: 'failed', error: 'again', reason: 'failed' });
    } finally {
      port1.close();
      port2.close();
    }
  });

  it('a start that throws fails that request only', () => {
    let calls = 0;
    const latest = new LatestWins<number, number>((n, settle) => {
      calls++;
      if (n === 1) throw new Error('boom');
      settle({ ok: true, result: n * 10 });
    });
    const outcomes: unknown[] = [];
    latest.submit(1, (o) => outcomes.push(o));
    latest.submit(2, (o) => outcomes.push(o));
    expect(outcomes).toEqual([{ status: 'failed', error: 'boom', reason: 'failed' }, { status: 'done', result: 20 }]);
    expect(calls).toBe(2);
  });
});
