import { and, asc, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { Credential } from '../access';
import type {
  Anchor, CommentRecord, DocumentRecord, LinkRecord, NewComment, NewLink, NewThread, NewVersion, ReviewRecord,
  ReviewStatus, Storage, ThreadRecord, VersionRecord, VersionSummary,
} from '../storage';
import { newId } from '../tokens';
import * as schema from './schema';
import { comments, documents, reviews, shareLinks, threads, versions } from './schema';

export type ReviewDatabase = PgDatabase<PgQueryResultHKT, typeof schema>;

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);
const TOUCH_EVERY_MS = 60_000;

/** PostgreSQL's unique_violation, as node-postgres and PGlite report it (Drizzle wraps it in `cause`). */
function isUniqueViolation(e: unknown): boolean {
  for (let err = e as { code?: unknown; cause?: unknown } | undefined, i = 0; err && i < 4; err = err.cause as typeof err, i++) {
    if (err.code === '23505') return true;
  }
  return false;
}

type VersionRow = typeof versions.$inferSelect;
type ThreadRow = typeof threads.$inferSelect;
type CommentRow = typeof comments.$inferSelect;
type LinkRow = typeof shareLinks.$inferSelect;
type ReviewRow = typeof reviews.$inferSelect;

const summaryColumns = {
  id: versions.id, documentId: versions.documentId, number: versions.number, name: versions.name,
  message: versions.message, author: versions.author, createdAt: versions.createdAt,
};

function toReview(r: ReviewRow): ReviewRecord {
  return { versionId: r.versionId, linkId: r.linkId, status: r.status, author: r.author, updatedAt: r.updatedAt.toISOString() };
}

function toSummary(v: Omit<VersionRow, 'files' | 'layout' | 'advisoryConfig'>, reviewRows: ReviewRow[]): VersionSummary {
  return {
    id: v.id, documentId: v.documentId, number: v.number, name: v.name, message: v.message, author: v.author,
    createdAt: v.createdAt.toISOString(), reviews: reviewRows.map(toReview),
  };
}

function toVersion(v: VersionRow, reviewRows: ReviewRow[]): VersionRecord {
  return { ...toSummary(v, reviewRows), files: v.files, layout: v.layout, advisoryConfig: v.advisoryConfig };
}

function toLink(l: LinkRow): LinkRecord {
  return {
    id: l.id, documentId: l.documentId, access: l.access, label: l.label, createdAt: l.createdAt.toISOString(),
    expiresAt: iso(l.expiresAt), revokedAt: iso(l.revokedAt), lastUsedAt: iso(l.lastUsedAt),
  };
}

function toComment(c: CommentRow): CommentRecord {
  return { id: c.id, threadId: c.threadId, author: c.author, text: c.text, createdAt: c.createdAt.toISOString() };
}

function toThread(t: ThreadRow, commentRows: CommentRow[]): ThreadRecord {
  const anchor: Anchor = { kind: t.anchorKind, model: t.anchorModel };
  if (t.anchorField !== null) anchor.field = t.anchorField;
  return {
    id: t.id, documentId: t.documentId, versionId: t.versionId, anchor, resolved: t.resolved, resolvedBy: t.resolvedBy,
    resolvedAt: iso(t.resolvedAt), createdAt: t.createdAt.toISOString(), comments: commentRows.map(toComment),
  };
}

/** The review store on any PostgreSQL Drizzle database: PGlite or node-postgres (server/db/open.ts). */
export class DrizzleStorage implements Storage {
  constructor(
    private readonly db: ReviewDatabase,
    readonly kind: 'pglite' | 'postgres',
    private readonly onClose: () => Promise<void>,
  ) {}

  async ping(): Promise<boolean> {
    try {
      await this.db.execute(sql`select 1`);
      return true;
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    return this.onClose();
  }

  async createDocument(input: { ownerTokenHash: string; version: NewVersion }): Promise<{ document: DocumentRecord; version: VersionRecord }> {
    const id = newId();
    return this.db.transaction(async (tx) => {
      const [doc] = await tx.insert(documents).values({ id, ownerTokenHash: input.ownerTokenHash, versionCount: 1 }).returning();
      const [v] = await tx.insert(versions).values({ id: newId(), documentId: id, number: 1, ...input.version }).returning();
      return { document: { id: doc.id, createdAt: doc.createdAt.toISOString(), versionCount: doc.versionCount }, version: toVersion(v, []) };
    });
  }

  async getDocument(documentId: string): Promise<DocumentRecord | null> {
    const [doc] = await this.db.select().from(documents).where(eq(documents.id, documentId));
    return doc ? { id: doc.id, createdAt: doc.createdAt.toISOString(), versionCount: doc.versionCount } : null;
  }

  async findCredential(documentId: string, tokenHash: string): Promise<Credential | null> {
    const [owner] = await this.db.select({ id: documents.id }).from(documents)
      .where(and(eq(documents.id, documentId), eq(documents.ownerTokenHash, tokenHash)));
    if (owner) return { kind: 'owner' };
    const [link] = await this.db.select().from(shareLinks)
      .where(and(eq(shareLinks.documentId, documentId), eq(shareLinks.tokenHash, tokenHash)));
    return link ? { kind: 'link', linkId: link.id, access: link.access, expiresAt: link.expiresAt, revokedAt: link.revokedAt } : null;
  }

  async touchLink(linkId: string, now: Date): Promise<void> {
    await this.db.update(shareLinks).set({ lastUsedAt: now }).where(and(
      eq(shareLinks.id, linkId),
      or(isNull(shareLinks.lastUsedAt), lt(shareLinks.lastUsedAt, new Date(now.getTime() - TOUCH_EVERY_MS))),
    ));
  }

  async saveVersion(documentId: string, version: NewVersion): Promise<VersionRecord | null> {
    return this.db.transaction(async (tx) => {
      // The row lock of this update orders concurrent saves: numbers are unique and gap-free.
      const [doc] = await tx.update(documents).set({ versionCount: sql`${documents.versionCount} + 1` })
        .where(eq(documents.id, documentId)).returning({ versionCount: documents.versionCount });
      if (!doc) return null;
      const [v] = await tx.insert(versions).values({ id: newId(), documentId, number: doc.versionCount, ...version }).returning();
      return toVersion(v, []);
    });
  }

  private async reviewsOf(versionIds: string[]): Promise<Map<string, ReviewRow[]>> {
    const byVersion = new Map<string, ReviewRow[]>();
    if (versionIds.length === 0) return byVersion;
    const rows = await this.db.select().from(reviews).where(inArray(reviews.versionId, versionIds)).orderBy(asc(reviews.updatedAt));
    for (const r of rows) {
      const list = byVersion.get(r.versionId);
      if (list) list.push(r);
      else byVersion.set(r.versionId, [r]);
    }
    return byVersion;
  }

  async listVersions(documentId: string): Promise<VersionSummary[]> {
    const rows = await this.db.select(summaryColumns).from(versions).where(eq(versions.documentId, documentId)).orderBy(desc(versions.number));
    const byVersion = await this.reviewsOf(rows.map((r) => r.id));
    return rows.map((r) => toSummary(r, byVersion.get(r.id) ?? []));
  }

  async getVersion(documentId: string, versionId: string): Promise<VersionRecord | null> {
    const [v] = await this.db.select().from(versions).where(and(eq(versions.documentId, documentId), eq(versions.id, versionId)));
    return v ? toVersion(v, (await this.reviewsOf([v.id])).get(v.id) ?? []) : null;
  }

  async latestVersion(documentId: string): Promise<VersionRecord | null> {
    const [v] = await this.db.select().from(versions).where(eq(versions.documentId, documentId)).orderBy(desc(versions.number)).limit(1);
    return v ? toVersion(v, (await this.reviewsOf([v.id])).get(v.id) ?? []) : null;
  }

  async createLink(documentId: string, link: NewLink): Promise<LinkRecord | null> {
    if (!(await this.getDocument(documentId))) return null;
    const [row] = await this.db.insert(shareLinks).values({ id: newId(), documentId, ...link }).returning();
    return toLink(row);
  }

  async listLinks(documentId: string): Promise<LinkRecord[]> {
    const rows = await this.db.select().from(shareLinks).where(eq(shareLinks.documentId, documentId)).orderBy(asc(shareLinks.createdAt), asc(shareLinks.id));
    return rows.map(toLink);
  }

  async revokeLink(documentId: string, linkId: string, now: Date): Promise<LinkRecord | null> {
    const where = and(eq(shareLinks.documentId, documentId), eq(shareLinks.id, linkId));
    await this.db.update(shareLinks).set({ revokedAt: now }).where(and(where, isNull(shareLinks.revokedAt)));
    const [row] = await this.db.select().from(shareLinks).where(where);
    return row ? toLink(row) : null;
  }

  private async commentByKey(documentId: string, clientKey: string | undefined): Promise<CommentRow | null> {
    if (!clientKey) return null;
    const [row] = await this.db.select().from(comments).where(and(eq(comments.documentId, documentId), eq(comments.clientKey, clientKey)));
    return row ?? null;
  }

  private async thread(documentId: string, threadId: string): Promise<ThreadRecord | null> {
    const [t] = await this.db.select().from(threads).where(and(eq(threads.documentId, documentId), eq(threads.id, threadId)));
    if (!t) return null;
    const rows = await this.db.select().from(comments).where(eq(comments.threadId, t.id)).orderBy(asc(comments.seq));
    return toThread(t, rows);
  }

  async startThread(documentId: string, input: NewThread): Promise<ThreadRecord | null> {
    const earlier = await this.commentByKey(documentId, input.clientKey);
    if (earlier) return this.thread(documentId, earlier.threadId);
    if (!(await this.getDocument(documentId))) return null;
    if (input.versionId && !(await this.getVersion(documentId, input.versionId))) return null;
    const threadId = newId();
    try {
      await this.db.transaction(async (tx) => {
        await tx.insert(threads).values({
          id: threadId, documentId, versionId: input.versionId ?? null,
          anchorKind: input.anchor.kind, anchorModel: input.anchor.model, anchorField: input.anchor.field ?? null,
        });
        await tx.insert(comments).values({ id: newId(), documentId, threadId, author: input.author, text: input.text, clientKey: input.clientKey ?? null });
      });
    } catch (e) {
      const raced = isUniqueViolation(e) ? await this.commentByKey(documentId, input.clientKey) : null;
      if (!raced) throw e;
      return this.thread(documentId, raced.threadId);
    }
    return this.thread(documentId, threadId);
  }

  async reply(documentId: string, threadId: string, input: NewComment): Promise<CommentRecord | null> {
    const earlier = await this.commentByKey(documentId, input.clientKey);
    if (earlier) return earlier.threadId === threadId ? toComment(earlier) : null;
    const [t] = await this.db.select({ id: threads.id }).from(threads).where(and(eq(threads.documentId, documentId), eq(threads.id, threadId)));
    if (!t) return null;
    try {
      const [row] = await this.db.insert(comments)
        .values({ id: newId(), documentId, threadId, author: input.author, text: input.text, clientKey: input.clientKey ?? null }).returning();
      return toComment(row);
    } catch (e) {
      const raced = isUniqueViolation(e) ? await this.commentByKey(documentId, input.clientKey) : null;
      if (!raced) throw e;
      return raced.threadId === threadId ? toComment(raced) : null;
    }
  }

  async setResolved(documentId: string, threadId: string, resolved: boolean, by: string, now: Date): Promise<ThreadRecord | null> {
    await this.db.update(threads)
      .set(resolved ? { resolved: true, resolvedBy: by, resolvedAt: now } : { resolved: false, resolvedBy: null, resolvedAt: null })
      .where(and(eq(threads.documentId, documentId), eq(threads.id, threadId)));
    return this.thread(documentId, threadId);
  }

  async listThreads(documentId: string): Promise<ThreadRecord[]> {
    const threadRows = await this.db.select().from(threads).where(eq(threads.documentId, documentId)).orderBy(asc(threads.seq));
    const commentRows = await this.db.select().from(comments).where(eq(comments.documentId, documentId)).orderBy(asc(comments.seq));
    const byThread = new Map<string, CommentRow[]>();
    for (const c of commentRows) {
      const list = byThread.get(c.threadId);
      if (list) list.push(c);
      else byThread.set(c.threadId, [c]);
    }
    return threadRows.map((t) => toThread(t, byThread.get(t.id) ?? []));
  }

  async setReview(documentId: string, versionId: string, review: { linkId: string; status: ReviewStatus; author: string }): Promise<ReviewRecord | null> {
    if (!(await this.getVersion(documentId, versionId))) return null;
    const now = new Date();
    const [row] = await this.db.insert(reviews)
      .values({ versionId, documentId, linkId: review.linkId, status: review.status, author: review.author, updatedAt: now })
      .onConflictDoUpdate({ target: [reviews.versionId, reviews.linkId], set: { status: review.status, author: review.author, updatedAt: now } })
      .returning();
    return toReview(row);
  }
}
