import type { Access, Credential } from './access';

/**
 * Where the server keeps what teams share: documents, their immutable versions, share links,
 * comment threads and review verdicts — behind one interface, so the same route handlers run on
 * the embedded store (PGlite in the server process, the default) and on PostgreSQL
 * (`DATABASE_URL`). server/db/ holds the one implementation (Drizzle) and how it is opened.
 *
 * Everything a method returns is plain JSON (dates as ISO strings). Methods taking a documentId
 * never reach another document's rows; unknown ids give null. Access is checked by the caller
 * (server/access.ts) before a method is called; the store only finds credentials.
 */
export interface Storage {
  /** Which backend answers (`pglite` or `postgres`), for the health route and logs — never a URL. */
  readonly kind: 'pglite' | 'postgres' | 'none';
  /** True when the store answers a trivial query. */
  ping(): Promise<boolean>;
  close(): Promise<void>;

  /** A new document with its first version; the owner token's hash opens it. */
  createDocument(input: { ownerTokenHash: string; version: NewVersion }): Promise<{ document: DocumentRecord; version: VersionRecord }>;
  getDocument(documentId: string): Promise<DocumentRecord | null>;
  /** What a token (by its hash) opens on this document: the owner, a link (live or not), or nothing. */
  findCredential(documentId: string, tokenHash: string): Promise<Credential | null>;
  /** Records a link's use (at most about once a minute per link, to keep reads cheap). */
  touchLink(linkId: string, now: Date): Promise<void>;

  saveVersion(documentId: string, version: NewVersion): Promise<VersionRecord | null>;
  /** Newest first, without files, each with its reviews. */
  listVersions(documentId: string): Promise<VersionSummary[]>;
  getVersion(documentId: string, versionId: string): Promise<VersionRecord | null>;
  latestVersion(documentId: string): Promise<VersionRecord | null>;

  createLink(documentId: string, link: NewLink): Promise<LinkRecord | null>;
  listLinks(documentId: string): Promise<LinkRecord[]>;
  /** Revokes a link (idempotent: revoking twice keeps the first time). */
  revokeLink(documentId: string, linkId: string, now: Date): Promise<LinkRecord | null>;

  /** Starts a thread with its first comment. A repeated `clientKey` returns the thread it started. */
  startThread(documentId: string, input: NewThread): Promise<ThreadRecord | null>;
  /** A reply; a repeated `clientKey` returns the comment it posted. Null when the thread is unknown. */
  reply(documentId: string, threadId: string, input: NewComment): Promise<CommentRecord | null>;
  setResolved(documentId: string, threadId: string, resolved: boolean, by: string, now: Date): Promise<ThreadRecord | null>;
  /** Every thread of the document, oldest first, with its comments oldest first. */
  listThreads(documentId: string): Promise<ThreadRecord[]>;

  /** A link's verdict on a version (a newer one from the same link replaces it). Null when the version is unknown. */
  setReview(documentId: string, versionId: string, review: { linkId: string; status: ReviewStatus; author: string }): Promise<ReviewRecord | null>;
}

export interface SchemaFileRecord {
  path: string;
  text: string;
}

export interface NewVersion {
  name: string;
  message: string;
  author: string;
  files: SchemaFileRecord[];
  layout: Record<string, unknown>;
  advisoryConfig: Record<string, unknown>;
}

export interface DocumentRecord {
  id: string;
  createdAt: string;
  versionCount: number;
}

export interface VersionSummary {
  id: string;
  documentId: string;
  /** 1, 2, … per document, in the order saved. */
  number: number;
  name: string;
  message: string;
  author: string;
  createdAt: string;
  reviews: ReviewRecord[];
}

export interface VersionRecord extends VersionSummary {
  files: SchemaFileRecord[];
  layout: Record<string, unknown>;
  advisoryConfig: Record<string, unknown>;
}

export interface NewLink {
  tokenHash: string;
  access: Access;
  label: string;
  expiresAt: Date | null;
}

export interface LinkRecord {
  id: string;
  documentId: string;
  access: Access;
  label: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export type AnchorKind = 'model' | 'field' | 'relation' | 'enum';

/** What a thread is about: a model or enum by name, or a field / relation field of a model. */
export interface Anchor {
  kind: AnchorKind;
  /** The model's (or enum's) name. */
  model: string;
  /** The field's name, for `field` and `relation` (the relation field) anchors. */
  field?: string;
}

export interface NewComment {
  author: string;
  text: string;
  clientKey?: string;
}

export interface NewThread extends NewComment {
  anchor: Anchor;
  versionId?: string;
}

export interface CommentRecord {
  id: string;
  threadId: string;
  author: string;
  text: string;
  createdAt: string;
}

export interface ThreadRecord {
  id: string;
  documentId: string;
  versionId: string | null;
  anchor: Anchor;
  resolved: boolean;
  resolvedBy: string | null;
  resolvedAt: string | null;
  createdAt: string;
  comments: CommentRecord[];
}

export type ReviewStatus = 'approved' | 'changes_requested';

export interface ReviewRecord {
  versionId: string;
  linkId: string;
  status: ReviewStatus;
  author: string;
  updatedAt: string;
}

/** The server's store for this process, opened on first use (server/db/open.ts). */
export { serverStorage } from './db/open';
