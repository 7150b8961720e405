import { accessOf, authorize, type Action, type Principal } from '../access';
import { RateLimiter } from '../rate-limit';
import type { Storage } from '../storage';
import { bearerToken, hashToken, isTokenShaped, newToken } from '../tokens';
import { HttpError, json, readJson, respond } from './http';
import { LIMITS, parseLink, parseReply, parseResolve, parseReview, parseThread, parseVersion } from './validate';

/**
 * The team-review API as plain functions of a Request: each validates, checks access, calls the
 * Storage and answers JSON. app/api/documents/… route handlers are one line each over these.
 */
export interface ReviewApiOptions {
  storage: () => Promise<Storage>;
  /** Writes per token (its hash is the key). */
  writeLimiter?: RateLimiter;
  /** Document creation, per client address (no token exists yet). */
  createLimiter?: RateLimiter;
  now?: () => Date;
}

type Params<K extends string> = Promise<Record<K, string>>;

const ID = /^[A-Za-z0-9_-]{1,64}$/;

export function writeLimiterFromEnv(env: NodeJS.ProcessEnv = process.env): RateLimiter {
  const burst = Number(env.SCHEMA_CANVAS_WRITE_BURST) || 30;
  const perSecond = Number(env.SCHEMA_CANVAS_WRITES_PER_SECOND) || 3;
  return new RateLimiter({ burst, perSecond });
}

export function createReviewApi(options: ReviewApiOptions) {
  const now = options.now ?? (() => new Date());
  const writeLimiter = options.writeLimiter ?? writeLimiterFromEnv();
  const createLimiter = options.createLimiter ?? new RateLimiter({ burst: 20, perSecond: 0.5 });

  function limit(limiter: RateLimiter, key: string): void {
    const decision = limiter.take(key);
    if (!decision.ok) {
      throw new HttpError(429, `Too many changes in a short time: try again in ${decision.retryAfterSeconds} s.`, { 'Retry-After': String(decision.retryAfterSeconds) });
    }
  }

  /** Authorises the request's token for `action` on the document; writes also take from its bucket. */
  async function gate(request: Request, documentId: string, action: Action, write: boolean): Promise<{ storage: Storage; principal: Principal; author: string }> {
    const token = bearerToken(request.headers.get('authorization'));
    const storage = await options.storage();
    const at = now();
    const credential = token && isTokenShaped(token) && ID.test(documentId) ? await storage.findCredential(documentId, hashToken(token)) : null;
    const decision = authorize(credential, action, at, token !== null);
    if (!decision.ok) throw new HttpError(decision.status, decision.error);
    if (write) limit(writeLimiter, hashToken(token!));
    if (decision.principal.kind === 'link') await storage.touchLink(decision.principal.linkId, at);
    return { storage, principal: decision.principal, author: decision.principal.kind === 'owner' ? 'Owner' : 'Reviewer' };
  }

  const notFound = (what: string) => new HttpError(404, `${what} not found in this document.`);

  /** A client's idempotency key, scoped to who posts: two reviewers choosing the same key never collide. */
  const scoped = <T extends { clientKey?: string }>(body: T, principal: Principal): T =>
    body.clientKey ? { ...body, clientKey: `${principal.kind === 'owner' ? 'owner' : principal.linkId}:${body.clientKey}` } : body;

  return {
    /** POST /api/documents — body: a version ({ files, layout?, advisoryConfig?, name?, message?, author? }). */
    createDocument: (request: Request) => respond(async () => {
      const address = request.headers.get('x-forwarded-for')?.split(',')[0].trim() || 'local';
      limit(createLimiter, `create:${address}`);
      const version = parseVersion(await readJson(request, LIMITS.versionBodyBytes), 'Owner');
      const ownerToken = newToken('owner');
      const storage = await options.storage();
      const created = await storage.createDocument({ ownerTokenHash: hashToken(ownerToken), version });
      return json({ ...created, ownerToken }, 201);
    }),

    /** GET /api/documents/[id] — the document, the caller's access and its latest version. */
    getDocument: (request: Request, params: Params<'id'>) => respond(async () => {
      const { id } = await params;
      const { storage, principal } = await gate(request, id, 'read', false);
      const [document, latest] = await Promise.all([storage.getDocument(id), storage.latestVersion(id)]);
      return json({ document, access: accessOf(principal), latest });
    }),

    /** GET /api/documents/[id]/versions — summaries, newest first, with reviews. */
    listVersions: (request: Request, params: Params<'id'>) => respond(async () => {
      const { id } = await params;
      const { storage } = await gate(request, id, 'read', false);
      return json({ versions: await storage.listVersions(id) });
    }),

    /** POST /api/documents/[id]/versions — owner or Edit link. */
    saveVersion: (request: Request, params: Params<'id'>) => respond(async () => {
      const { id } = await params;
      const { storage, author } = await gate(request, id, 'saveVersion', true);
      const version = await storage.saveVersion(id, parseVersion(await readJson(request, LIMITS.versionBodyBytes), author));
      if (!version) throw notFound('Document');
      return json({ version }, 201);
    }),

    /** GET /api/documents/[id]/versions/[versionId] — one version with its files. */
    getVersion: (request: Request, params: Params<'id' | 'versionId'>) => respond(async () => {
      const { id, versionId } = await params;
      const { storage } = await gate(request, id, 'read', false);
      const version = ID.test(versionId) ? await storage.getVersion(id, versionId) : null;
      if (!version) throw notFound('Version');
      return json({ version });
    }),

    /** PUT /api/documents/[id]/versions/[versionId]/review — { status, author? } by a Comment or Edit link. */
    setReview: (request: Request, params: Params<'id' | 'versionId'>) => respond(async () => {
      const { id, versionId } = await params;
      const { storage, principal, author } = await gate(request, id, 'review', true);
      const body = parseReview(await readJson(request, LIMITS.smallBodyBytes), author);
      if (principal.kind !== 'link') throw new HttpError(403, 'Only a reviewer with a Comment or Edit link can review.');
      const review = ID.test(versionId) ? await storage.setReview(id, versionId, { linkId: principal.linkId, ...body }) : null;
      if (!review) throw notFound('Version');
      return json({ review });
    }),

    /** GET /api/documents/[id]/links — owner only. */
    listLinks: (request: Request, params: Params<'id'>) => respond(async () => {
      const { id } = await params;
      const { storage } = await gate(request, id, 'manageLinks', false);
      return json({ links: await storage.listLinks(id) });
    }),

    /** POST /api/documents/[id]/links — { access, label?, expiresAt? }; answers the token once. */
    createLink: (request: Request, params: Params<'id'>) => respond(async () => {
      const { id } = await params;
      const { storage } = await gate(request, id, 'manageLinks', true);
      const body = parseLink(await readJson(request, LIMITS.smallBodyBytes), now());
      const token = newToken('link');
      const link = await storage.createLink(id, { ...body, tokenHash: hashToken(token) });
      if (!link) throw notFound('Document');
      return json({ link, token }, 201);
    }),

    /** DELETE /api/documents/[id]/links/[linkId] — owner only; revoking twice is harmless. */
    revokeLink: (request: Request, params: Params<'id' | 'linkId'>) => respond(async () => {
      const { id, linkId } = await params;
      const { storage } = await gate(request, id, 'manageLinks', true);
      const link = ID.test(linkId) ? await storage.revokeLink(id, linkId, now()) : null;
      if (!link) throw notFound('Link');
      return json({ link });
    }),

    /** GET /api/documents/[id]/comments — every thread with its comments. */
    listThreads: (request: Request, params: Params<'id'>) => respond(async () => {
      const { id } = await params;
      const { storage } = await gate(request, id, 'read', false);
      return json({ threads: await storage.listThreads(id) });
    }),

    /** POST /api/documents/[id]/comments — { anchor, text, versionId?, author?, clientKey? }: a new thread. */
    startThread: (request: Request, params: Params<'id'>) => respond(async () => {
      const { id } = await params;
      const { storage, author, principal } = await gate(request, id, 'comment', true);
      const thread = await storage.startThread(id, scoped(parseThread(await readJson(request, LIMITS.smallBodyBytes), author), principal));
      if (!thread) throw notFound('Version');
      return json({ thread }, 201);
    }),

    /** PATCH /api/documents/[id]/comments/[threadId] — { resolved, author? }. */
    resolveThread: (request: Request, params: Params<'id' | 'threadId'>) => respond(async () => {
      const { id, threadId } = await params;
      const { storage, author } = await gate(request, id, 'comment', true);
      const body = parseResolve(await readJson(request, LIMITS.smallBodyBytes), author);
      const thread = ID.test(threadId) ? await storage.setResolved(id, threadId, body.resolved, body.author, now()) : null;
      if (!thread) throw notFound('Thread');
      return json({ thread });
    }),

    /** POST /api/documents/[id]/comments/[threadId]/replies — { text, author?, clientKey? }. */
    reply: (request: Request, params: Params<'id' | 'threadId'>) => respond(async () => {
      const { id, threadId } = await params;
      const { storage, author, principal } = await gate(request, id, 'comment', true);
      const body = scoped(parseReply(await readJson(request, LIMITS.smallBodyBytes), author), principal);
      const comment = ID.test(threadId) ? await storage.reply(id, threadId, body) : null;
      if (!comment) throw notFound('Thread');
      return json({ comment }, 201);
    }),
  };
}

export type ReviewApi = ReturnType<typeof createReviewApi>;
