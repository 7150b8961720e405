import { openPglite } from '../server/db/open';
import { createReviewApi, type ReviewApi } from '../server/api/review-api';
import { RateLimiter } from '../server/rate-limit';
import type { Storage } from '../server/storage';
import { ReviewClient } from '../lib/review/client';

/**
 * The review server's real handlers on an in-memory PGlite store, reached through a `fetch` that
 * routes by path — so a ReviewClient (and a Session's ReviewService) run against the real API in
 * Node, without a network or Next.js.
 */
export interface InProcessReviewServer {
  api: ReviewApi;
  storage: Storage;
  fetch: (input: string, init?: RequestInit) => Promise<Response>;
  client: () => ReviewClient;
  close: () => Promise<void>;
}

type Route = { method: string; pattern: RegExp; handle: (request: Request, params: Record<string, string>) => Promise<Response> };

export async function startReviewServer(options: { now?: () => Date } = {}): Promise<InProcessReviewServer> {
  const storage = await openPglite(null);
  const api = createReviewApi({
    storage: async () => storage,
    now: options.now,
    writeLimiter: new RateLimiter({ burst: 1000, perSecond: 1000 }),
    createLimiter: new RateLimiter({ burst: 1000, perSecond: 1000 }),
  });
  const p = <K extends string>(params: Record<string, string>) => Promise.resolve(params as Record<K, string>);
  const routes: Route[] = [
    { method: 'POST', pattern: /^\/api\/documents$/, handle: (r) => api.createDocument(r) },
    { method: 'GET', pattern: /^\/api\/documents\/(?<id>[^/]+)$/, handle: (r, m) => api.getDocument(r, p(m)) },
    { method: 'GET', pattern: /^\/api\/documents\/(?<id>[^/]+)\/versions$/, handle: (r, m) => api.listVersions(r, p(m)) },
    { method: 'POST', pattern: /^\/api\/documents\/(?<id>[^/]+)\/versions$/, handle: (r, m) => api.saveVersion(r, p(m)) },
    { method: 'GET', pattern: /^\/api\/documents\/(?<id>[^/]+)\/versions\/(?<versionId>[^/]+)$/, handle: (r, m) => api.getVersion(r, p(m)) },
    { method: 'PUT', pattern: /^\/api\/documents\/(?<id>[^/]+)\/versions\/(?<versionId>[^/]+)\/review$/, handle: (r, m) => api.setReview(r, p(m)) },
    { method: 'GET', pattern: /^\/api\/documents\/(?<id>[^/]+)\/links$/, handle: (r, m) => api.listLinks(r, p(m)) },
    { method: 'POST', pattern: /^\/api\/documents\/(?<id>[^/]+)\/links$/, handle: (r, m) => api.createLink(r, p(m)) },
    { method: 'DELETE', pattern: /^\/api\/documents\/(?<id>[^/]+)\/links\/(?<linkId>[^/]+)$/, handle: (r, m) => api.revokeLink(r, p(m)) },
    { method: 'GET', pattern: /^\/api\/documents\/(?<id>[^/]+)\/comments$/, handle: (r, m) => api.listThreads(r, p(m)) },
    { method: 'POST', pattern: /^\/api\/documents\/(?<id>[^/]+)\/comments$/, handle: (r, m) => api.startThread(r, p(m)) },
    { method: 'PATCH', pattern: /^\/api\/documents\/(?<id>[^/]+)\/comments\/(?<threadId>[^/]+)$/, handle: (r, m) => api.resolveThread(r, p(m)) },
    { method: 'POST', pattern: /^\/api\/documents\/(?<id>[^/]+)\/comments\/(?<threadId>[^/]+)\/replies$/, handle: (r, m) => api.reply(r, p(m)) },
  ];
  const fetchImpl = async (input: string, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(input, 'http://review.test');
    const method = (init.method ?? 'GET').toUpperCase();
    for (const route of routes) {
      const match = route.method === method ? route.pattern.exec(url.pathname) : null;
      if (match) {
        const params = Object.fromEntries(Object.entries(match.groups ?? {}).map(([k, v]) => [k, decodeURIComponent(v)]));
        return route.handle(new Request(url, init), params);
      }
    }
    return new Response(JSON.stringify({ error: 'Not found.' }), { status: 404 });
  };
  return { api, storage, fetch: fetchImpl, client: () => new ReviewClient('', fetchImpl), close: () => storage.close() };
}
