/**
 * One request/response layer for the app's web workers (Prisma validator, advisory rules, schema
 * engine, layout). An API is a plain object type of methods; the worker serves it with `serveRpc`,
 * the main thread calls it through `createRpcClient`, and results come back typed.
 *
 * Messages are plain data (structured-clone safe):
 *   request  `{ id, method, args }`
 *   response `{ id, ok: true, result }` or `{ id, ok: false, error }` (the error's message, never a stack).
 *
 * Only a minimal endpoint is needed (`postMessage` + `addEventListener('message')`), so the same code
 * runs against a `Worker`, a worker's `self`, a `MessagePort` or a test fake in Node.
 */

/** What both sides need of a worker, a worker's global scope or a message port. */
export interface RpcEndpoint {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  removeEventListener?(type: 'message', listener: (event: { data: unknown }) => void): void;
}

/** Every method of an API takes plain-data arguments and returns (a promise of) plain data. */
export type RpcApi<Api> = { [K in keyof Api]: (...args: never[]) => unknown };

export type RpcMethod<Api> = keyof Api & string;
export type RpcArgs<Api extends RpcApi<Api>, K extends keyof Api> = Parameters<Api[K]>;
export type RpcResult<Api extends RpcApi<Api>, K extends keyof Api> = Awaited<ReturnType<Api[K]>>;

/** The worker side: one handler per method, sync or async. */
export type RpcHandlers<Api extends RpcApi<Api>> = { [K in keyof Api]: (...args: RpcArgs<Api, K>) => RpcResult<Api, K> | Promise<RpcResult<Api, K>> };

export interface RpcRequestMessage {
  id: number;
  method: string;
  args: unknown[];
}

export type RpcResponseMessage<T = unknown> = { id: number; ok: true; result: T } | { id: number; ok: false; error: string };

/** Why a call failed: the handler threw (or the message could not be sent), it timed out, or the client was closed/reconnected. */
export type RpcFailure = 'failed' | 'timeout' | 'closed';

/** How one call ended, as the low-level `send` reports it. */
export type RpcSettled<T> = { ok: true; result: T } | { ok: false; error: string; reason: RpcFailure };

/** The error `call` rejects with: the worker's message, plus why. */
export class RpcError extends Error {
  constructor(
    message: string,
    readonly reason: RpcFailure,
  ) {
    super(message);
    this.name = 'RpcError';
  }
}

/** The message of anything thrown; never a stack. */
export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  const message = (e as { message?: unknown } | null | undefined)?.message;
  return String(message ?? e);
}

function isRequest(m: unknown): m is RpcRequestMessage {
  const r = m as Partial<RpcRequestMessage> | null;
  return typeof r === 'object' && r !== null && typeof r.id === 'number' && typeof r.method === 'string' && Array.isArray(r.args);
}

function isResponse(m: unknown): m is RpcResponseMessage {
  const r = m as { id?: unknown; ok?: unknown } | null;
  return typeof r === 'object' && r !== null && typeof r.id === 'number' && typeof r.ok === 'boolean';
}

/** Runs one request against the handlers and builds its response (what `serveRpc` posts back). */
export async function handleRpcRequest<Api extends RpcApi<Api>>(handlers: RpcHandlers<Api>, request: RpcRequestMessage): Promise<RpcResponseMessage> {
  const { id, method, args } = request;
  try {
    if (!Object.prototype.hasOwnProperty.call(handlers, method)) throw new Error(`Unknown method ${method}`);
    const handler = handlers[method as keyof Api] as (...a: unknown[]) => unknown;
    return { id, ok: true, result: await handler(...args) };
  } catch (e) {
    return { id, ok: false, error: errorMessage(e) };
  }
}

/**
 * The worker side: answers every request that arrives on `endpoint` (requests run concurrently;
 * responses go out as each finishes). Other messages are ignored. Returns a function that stops serving
 * (when the endpoint can remove listeners).
 */
export function serveRpc<Api extends RpcApi<Api>>(endpoint: RpcEndpoint, handlers: RpcHandlers<Api>): () => void {
  const listener = (event: { data: unknown }) => {
    if (!isRequest(event.data)) return;
    void handleRpcRequest(handlers, event.data).then((response) => {
      try {
        endpoint.postMessage(response);
      } catch (e) {
        // e.g. a result that cannot be cloned: the caller still hears back
        endpoint.postMessage({ id: response.id, ok: false, error: errorMessage(e) } satisfies RpcResponseMessage);
      }
    });
  };
  endpoint.addEventListener('message', listener);
  return () => endpoint.removeEventListener?.('message', listener);
}

export interface RpcTimeoutInfo {
  id: number;
  method: string;
  timeoutMs: number;
}

export interface RpcCallOptions {
  /** Fail the call with reason 'timeout' after this long (no timeout when unset or 0). */
  timeoutMs?: number;
  /**
   * Called when a call times out, before the caller hears of it: the place to terminate a hung worker
   * and `reconnect` the client to a fresh one (calls still pending then fail with reason 'closed').
   */
  onTimeout?: (info: RpcTimeoutInfo) => void;
}

export interface RpcClient<Api extends RpcApi<Api>> {
  /** Calls a method; rejects with an {@link RpcError} when the worker fails, the call times out or the client closes. */
  call<K extends RpcMethod<Api>>(method: K, args: RpcArgs<Api, K>, options?: RpcCallOptions): Promise<RpcResult<Api, K>>;
  /**
   * The same call with a callback instead of a promise. `done` runs synchronously when the response
   * arrives (or when the call fails to send, times out or the client closes). Returns the call's id.
   */
  send<K extends RpcMethod<Api>>(method: K, args: RpcArgs<Api, K>, done: (settled: RpcSettled<RpcResult<Api, K>>) => void, options?: RpcCallOptions): number;
  /** The API as methods: `client.api.lint(...)` is `client.call('lint', [...])`. */
  readonly api: { [K in RpcMethod<Api>]: (...args: RpcArgs<Api, K>) => Promise<RpcResult<Api, K>> };
  /** Calls waiting for a response. */
  readonly pending: number;
  /** Fails every pending call with reason 'closed' and moves to another endpoint (a restarted worker). */
  reconnect(endpoint: RpcEndpoint): void;
  /** Fails every pending call with reason 'closed' and stops listening; later calls fail at once. */
  close(reason?: string): void;
}

interface Pending {
  method: string;
  done(settled: RpcSettled<unknown>): void;
  timer: ReturnType<typeof setTimeout> | null;
}

/**
 * The main-thread side of an API served by `serveRpc`. Ids start at 1 per client, so use one client
 * per endpoint. `defaults` apply to every call unless the call passes its own options.
 */
export function createRpcClient<Api extends RpcApi<Api>>(endpoint: RpcEndpoint, defaults: RpcCallOptions = {}): RpcClient<Api> {
  let current: RpcEndpoint | null = endpoint;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const listener = (event: { data: unknown }) => {
    const response = event.data;
    if (!isResponse(response)) return;
    const p = pending.get(response.id);
    if (!p) return; // timed out, closed, or never ours
    pending.delete(response.id);
    if (p.timer) clearTimeout(p.timer);
    p.done(response.ok ? { ok: true, result: response.result } : { ok: false, error: String(response.error), reason: 'failed' });
  };

  const failAll = (reason: string) => {
    const all = [...pending.values()];
    pending.clear();
    for (const p of all) {
      if (p.timer) clearTimeout(p.timer);
      p.done({ ok: false, error: reason, reason: 'closed' });
    }
  };

  const detach = () => current?.removeEventListener?.('message', listener);

  const send = (method: string, args: unknown[], done: (settled: RpcSettled<unknown>) => void, options?: RpcCallOptions): number => {
    const id = nextId++;
    if (!current) {
      done({ ok: false, error: 'The worker connection is closed', reason: 'closed' });
      return id;
    }
    const timeoutMs = options?.timeoutMs ?? defaults.timeoutMs ?? 0;
    const onTimeout = options?.onTimeout ?? defaults.onTimeout;
    const entry: Pending = { method, done, timer: null };
    pending.set(id, entry);
    try {
      current.postMessage({ id, method, args } satisfies RpcRequestMessage);
    } catch (e) {
      pending.delete(id);
      done({ ok: false, error: errorMessage(e), reason: 'failed' });
      return id;
    }
    if (timeoutMs > 0) {
      entry.timer = setTimeout(() => {
        if (pending.get(id) !== entry) return;
        pending.delete(id);
        onTimeout?.({ id, method, timeoutMs });
        done({ ok: false, error: `${method} timed out after ${timeoutMs} ms`, reason: 'timeout' });
      }, timeoutMs);
    }
    return id;
  };

  const call = (method: string, args: unknown[], options?: RpcCallOptions): Promise<unknown> =>
    new Promise((resolve, reject) => {
      send(method, args, (s) => (s.ok ? resolve(s.result) : reject(new RpcError(s.error, s.reason))), options);
    });

  endpoint.addEventListener('message', listener);

  const api = new Proxy({} as Record<string, (...args: unknown[]) => Promise<unknown>>, {
    // Not `then`: the proxy must not look like a promise to `await`.
    get: (_target, method) => (typeof method === 'string' && method !== 'then' ? (...args: unknown[]) => call(method, args) : undefined),
  });

  return {
    call: call as RpcClient<Api>['call'],
    send: send as RpcClient<Api>['send'],
    api: api as unknown as RpcClient<Api>['api'],
    get pending() {
      return pending.size;
    },
    reconnect(next: RpcEndpoint) {
      detach();
      current = next;
      failAll('The worker was restarted');
      next.addEventListener('message', listener);
    },
    close(reason = 'The worker connection is closed') {
      detach();
      current = null;
      failAll(reason);
    },
  };
}

/** How a "latest wins" request ended: its result, its failure, or replaced by a newer request before it ran. */
export type LatestOutcome<T> = { status: 'done'; result: T } | { status: 'failed'; error: string; reason: RpcFailure } | { status: 'superseded' };

/**
 * "Latest wins": one request in flight at a time; requests made meanwhile replace each other, and only
 * the newest runs next. A replaced request's caller hears `{ status: 'superseded' }` at once (synchronously).
 * `start` runs one request and reports how it settled (e.g. `(req, settle) => client.send('lint', [req], settle)`).
 */
export class LatestWins<Req, Res> {
  private running = false;
  private waiting: { request: Req; done: (outcome: LatestOutcome<Res>) => void } | null = null;

  constructor(private readonly start: (request: Req, settle: (settled: RpcSettled<Res>) => void) => void) {}

  /** True while a request runs. */
  get busy(): boolean {
    return this.running;
  }

  /** Queues `request` as the next to run (replacing any waiting one); `done` hears how it ended. */
  submit(request: Req, done: (outcome: LatestOutcome<Res>) => void): void {
    const replaced = this.waiting;
    this.waiting = { request, done };
    replaced?.done({ status: 'superseded' });
    if (!this.running) this.runNext();
  }

  /** `submit` as a promise. */
  run(request: Req): Promise<LatestOutcome<Res>> {
    return new Promise((resolve) => this.submit(request, resolve));
  }

  private runNext(): void {
    const job = this.waiting;
    if (!job) return;
    this.waiting = null;
    this.running = true;
    let settled = false;
    const settle = (s: RpcSettled<Res>) => {
      if (settled) return;
      settled = true;
      this.running = false;
      try {
        job.done(s.ok ? { status: 'done', result: s.result } : { status: 'failed', error: s.error, reason: s.reason });
      } finally {
        this.runNext();
      }
    };
    try {
      this.start(job.request, settle);
    } catch (e) {
      settle({ ok: false, error: errorMessage(e), reason: 'failed' });
    }
  }
}
