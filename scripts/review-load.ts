/**
 * A bounded load test of the review API: N reviewers, each with its own Comment link, post comments
 * (new threads and replies to one shared thread) for T seconds over loopback HTTP, then the owner
 * reads every thread back and checks that each acknowledged comment is there exactly once.
 *
 *   npm run review:load -- --clients 50 --seconds 30                 # in-process server on PGlite (memory)
 *   npm run review:load -- --clients 50 --seconds 30 --postgres      # in-process server on DATABASE_URL
 *   npm run review:load -- --url http://127.0.0.1:3000 --clients 20 --seconds 10   # a running server
 *
 * A request refused with 429 waits for Retry-After and is sent again with the same clientKey, as is
 * one that failed in transit: the server must still store it once. Prints p50/p95/p99 latency of the
 * comment posts, throughput, the 429 count, and exits 1 when a comment is lost or duplicated.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { createReviewApi, type ReviewApi } from '../server/api/review-api';
import { openPglite, openPostgres } from '../server/db/open';
import type { Storage } from '../server/storage';

const { values: args } = parseArgs({
  options: {
    clients: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '30' },
    'think-ms': { type: 'string', default: '200' },
    url: { type: 'string' },
    postgres: { type: 'boolean', default: false },
  },
});
const CLIENTS = Number(args.clients);
const SECONDS = Number(args.seconds);
const THINK_MS = Number(args['think-ms']);

type Route = [method: string, pattern: RegExp, handler: (api: ReviewApi, r: Request, p: Record<string, string>) => Promise<Response>];
const ROUTES: Route[] = [
  ['POST', /^\/api\/documents$/, (api, r) => api.createDocument(r)],
  ['GET', /^\/api\/documents\/(?<id>[^/]+)$/, (api, r, p) => api.getDocument(r, Promise.resolve(p as { id: string }))],
  ['POST', /^\/api\/documents\/(?<id>[^/]+)\/links$/, (api, r, p) => api.createLink(r, Promise.resolve(p as { id: string }))],
  ['GET', /^\/api\/documents\/(?<id>[^/]+)\/comments$/, (api, r, p) => api.listThreads(r, Promise.resolve(p as { id: string }))],
  ['POST', /^\/api\/documents\/(?<id>[^/]+)\/comments$/, (api, r, p) => api.startThread(r, Promise.resolve(p as { id: string }))],
  ['POST', /^\/api\/documents\/(?<id>[^/]+)\/comments\/(?<threadId>[^/]+)\/replies$/, (api, r, p) => api.reply(r, Promise.resolve(p as { id: string; threadId: string }))],
];

/** The review API behind a loopback HTTP server in this process (the route handlers' functions, unchanged). */
async function inProcessServer(storage: Storage): Promise<{ url: string; close: () => Promise<void> }> {
  const api = createReviewApi({ storage: async () => storage });
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    for (const [method, pattern, handler] of ROUTES) {
      const m = pattern.exec(url.pathname);
      if (!m || method !== req.method) continue;
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
      const body = method === 'GET' ? undefined : (Readable.toWeb(req) as ReadableStream<Uint8Array>);
      const response = await handler(api, new Request(url, { method, headers, body, duplex: 'half' } as RequestInit), { ...m.groups });
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
      return;
    }
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"no such route"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function send(base: string, method: string, path: string, token: string | null, body?: unknown) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** `send`, waiting out 429s (the owner's setup writes go through the same per-token limit). */
async function sendPatiently(base: string, method: string, path: string, token: string | null, body?: unknown) {
  for (;;) {
    const res = await send(base, method, path, token, body);
    if (res.status !== 429) return res;
    await sleep(Number(res.headers.get('retry-after') ?? 1) * 1000);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
}

async function main(): Promise<void> {
  let storage: Storage | null = null;
  let server: { url: string; close: () => Promise<void> } | null = null;
  if (!args.url) {
    if (args.postgres && !process.env.DATABASE_URL) throw new Error('--postgres needs DATABASE_URL.');
    storage = args.postgres ? await openPostgres(process.env.DATABASE_URL!) : await openPglite(null);
    server = await inProcessServer(storage);
  }
  const base = args.url ?? server!.url;
  const backend = args.url ? `server at ${base}` : `in-process on ${storage!.kind}`;
  console.log(`review load: ${CLIENTS} clients × ${SECONDS} s, think ${THINK_MS} ms, ${backend}`);

  const created = await send(base, 'POST', '/api/documents', null, { name: 'load', files: [{ path: 'schema.prisma', text: 'model User {\n  id Int @id\n}\n' }] });
  if (created.status !== 201) throw new Error(`create failed: ${created.status} ${JSON.stringify(created.body)}`);
  const id = created.body.document.id as string;
  const owner = created.body.ownerToken as string;
  const shared = await send(base, 'POST', `/api/documents/${id}/comments`, owner, { anchor: { kind: 'model', model: 'User' }, text: 'shared thread' });
  const sharedThread = shared.body.thread.id as string;
  const tokens: string[] = [];
  for (let i = 0; i < CLIENTS; i++) {
    const link = await sendPatiently(base, 'POST', `/api/documents/${id}/links`, owner, { access: 'comment', label: `reviewer ${i}` });
    if (link.status !== 201) throw new Error(`link failed: ${link.status} ${JSON.stringify(link.body)}`);
    tokens.push(link.body.token as string);
  }

  const latencies: number[] = [];
  const acknowledged = new Set<string>();
  let limited = 0;
  let failures = 0;
  const deadline = Date.now() + SECONDS * 1000;
  const started = Date.now();

  await Promise.all(tokens.map(async (token, client) => {
    for (let i = 0; Date.now() < deadline; i++) {
      const key = `c${client}-${i}`;
      const text = `load ${key}`;
      const asThread = i % 2 === 0;
      const path = asThread ? `/api/documents/${id}/comments` : `/api/documents/${id}/comments/${sharedThread}/replies`;
      const body = asThread ? { anchor: { kind: 'field', model: 'User', field: 'id' }, text, clientKey: key } : { text, clientKey: key };
      for (let attempt = 0; attempt < 20; attempt++) {
        const t0 = performance.now();
        try {
          const res = await send(base, 'POST', path, token, body);
          if (res.status === 201) {
            latencies.push(performance.now() - t0);
            acknowledged.add(text);
            break;
          }
          if (res.status === 429) {
            limited++;
            await sleep(Number(res.headers.get('retry-after') ?? 1) * 1000);
            continue;
          }
          failures++;
          console.error(`post ${key}: ${res.status} ${JSON.stringify(res.body)}`);
          await sleep(200);
        } catch (e) {
          failures++;
          console.error(`post ${key}: ${(e as Error).message}`);
          await sleep(200);
        }
      }
      await sleep(THINK_MS);
    }
  }));
  const elapsed = (Date.now() - started) / 1000;

  const threads = (await send(base, 'GET', `/api/documents/${id}/comments`, owner)).body.threads as Array<{ comments: Array<{ text: string }> }>;
  const seen = new Map<string, number>();
  for (const t of threads) for (const c of t.comments) if (c.text.startsWith('load ')) seen.set(c.text, (seen.get(c.text) ?? 0) + 1);
  const lost = [...acknowledged].filter((t) => !seen.has(t));
  const duplicated = [...seen].filter(([, n]) => n > 1).map(([t]) => t);

  latencies.sort((a, b) => a - b);
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  console.log(`comments acknowledged: ${acknowledged.size} in ${elapsed.toFixed(1)} s (${(acknowledged.size / elapsed).toFixed(1)}/s)`);
  console.log(`latency p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, p99 ${ms(percentile(latencies, 99))}, max ${ms(latencies.at(-1) ?? NaN)}`);
  console.log(`rate-limited (429, retried): ${limited}; failed attempts: ${failures}`);
  console.log(`stored: ${seen.size} distinct; lost: ${lost.length}; duplicated: ${duplicated.length}; unacknowledged but stored: ${[...seen.keys()].filter((t) => !acknowledged.has(t)).length}`);

  await server?.close();
  await storage?.close();
  if (lost.length || duplicated.length) {
    console.error(`FAILED: lost ${lost.slice(0, 5).join(', ')} duplicated ${duplicated.slice(0, 5).join(', ')}`);
    process.exit(1);
  }
  console.log('OK: no comment lost or duplicated');
}

main().catch((e: unknown) => {
  console.error((e as Error).message);
  process.exit(1);
});
