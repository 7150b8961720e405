import type { SchemaAnchor } from './anchors';
import type { CommentRecord } from './client';
import { commentTextProblem, newClientKey, withRetries, type RetryOptions } from './comments';
import { createCommentsView, type CommentsViewStore } from './comments-view';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Session } from '../session/session';
import {
  ReviewClient, ReviewError, type Access, type DocumentAccess, type LinkRecord, type ReviewCredentials, type ReviewStatus, type ThreadRecord, type VersionRecord, type VersionSummary,
} from './client';
import { documentOfVersion, versionBody } from './document';
import { OwnerTokens } from './owner-tokens';
import { WorkingCopy } from './working-copy';

/**
 * The open document's link to the review server, if it has one: which shared document it is, with
 * which token and access, its versions and comment threads. Nothing here talks to the server until
 * the user shares or opens a share link (sharing is opt-in; a single user works offline).
 * Views render `state`; commands call the methods.
 */
export interface ReviewConnection extends ReviewCredentials {
  access: DocumentAccess;
}

export interface ReviewState {
  connection: ReviewConnection | null;
  versions: VersionSummary[];
  threads: ThreadRecord[];
  /** The owner's share links (loaded on demand). */
  links: LinkRecord[];
  /** A version opened read-only from the history (null: the working document is shown). */
  viewing: VersionRecord | null;
  /** The last failure talking to the server, as the user should read it. */
  error: string | null;
}

export type ReviewStore = StoreApi<ReviewState>;

/** Which review screens are open (commands open them; components render them). */
export interface ReviewPanels {
  share: boolean;
  history: boolean;
}

const INITIAL: ReviewState = { connection: null, versions: [], threads: [], links: [], viewing: null, error: null };

/** What a level of access allows in the app. */
export const canEdit = (access: DocumentAccess | undefined) => access === 'owner' || access === 'edit';
export const canComment = (access: DocumentAccess | undefined) => access === 'owner' || access === 'comment' || access === 'edit';

/** Words for a level of access, e.g. in the status bar ("Shared · View only"). */
export const ACCESS_LABEL: Record<DocumentAccess, string> = { owner: 'Owner', edit: 'Can edit', comment: 'Can comment', view: 'View only' };

const DAY_MS = 24 * 60 * 60 * 1000;

export class ReviewService {
  readonly store: ReviewStore = createStore<ReviewState>()(() => ({ ...INITIAL }));
  readonly panels: StoreApi<ReviewPanels> = createStore<ReviewPanels>()(() => ({ share: false, history: false }));
  readonly client: ReviewClient;
  readonly tokens: OwnerTokens;
  private session: Session | null = null;
  /** Set while this service itself replaces the document, so the connection is kept. */
  private replacing = false;
  private working: WorkingCopy | null = null;

  constructor(client: ReviewClient = new ReviewClient(), tokens: OwnerTokens = new OwnerTokens(null)) {
    this.client = client;
    this.tokens = tokens;
  }

  /**
   * The session whose document this service shares. Opening another document (New schema, Open…)
   * ends the connection: that document is not the shared one.
   */
  attach(session: Session): () => void {
    this.session = session;
    return session.store.subscribe((s, prev) => {
      if (s.openGeneration === prev.openGeneration || this.replacing) return;
      this.working = null;
      if (this.connection) this.setConnection(null);
      this.tokens.setCurrent(null);
    });
  }

  get connection(): ReviewConnection | null {
    return this.store.getState().connection;
  }

  /** The connection, or an error saying the document is not shared yet. */
  requireConnection(): ReviewConnection {
    const connection = this.connection;
    if (!connection) throw new ReviewError(0, 'This document is not shared yet: use "Share link" first.');
    return connection;
  }

  setConnection(connection: ReviewConnection | null): void {
    this.store.setState({ ...INITIAL, connection });
  }

  /**
   * Why the document cannot be edited now, or null: a version opened from the history, or a
   * shared document opened with a View or Comment link. The session refuses edits with this text.
   */
  editRefusal(): string | null {
    const { viewing, connection } = this.store.getState();
    if (viewing) return `Viewing version ${viewing.number} — read-only. Use “Back to current” to edit the document.`;
    if (connection && !canEdit(connection.access)) {
      return `This shared document is read-only for you: your link allows ${connection.access === 'view' ? 'viewing' : 'viewing and commenting'}, not editing.`;
    }
    return null;
  }

  /** Runs a server call, recording its failure message in `error` (and rethrowing it). */
  async guard<T>(call: () => Promise<T>): Promise<T> {
    try {
      const result = await call();
      if (this.store.getState().error) this.store.setState({ error: null });
      return result;
    } catch (error) {
      this.store.setState({ error: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  }

  private requireSession(): Session {
    if (!this.session) throw new Error('The review service is not attached to a session.');
    return this.session;
  }

  private body(meta: { name?: string; message?: string } = {}) {
    const session = this.requireSession();
    const s = session.store.getState();
    return versionBody({ files: s.files, layout: s.layout, advisoryConfig: s.advisoryConfig }, { ...meta, author: session.author });
  }

  /** Reconnects the working document to the shared document it was shared as from this browser (after a reload). */
  resumeOwned(): ReviewConnection | null {
    const documentId = this.tokens.current();
    const token = documentId ? this.tokens.ownerToken(documentId) : null;
    if (!documentId || !token) return null;
    this.setConnection({ documentId, token, access: 'owner' });
    return this.connection;
  }

  /**
   * Shares the document (uploads it as its first version; its owner token stays in this browser).
   * Already shared: the connection as it is.
   */
  async share(meta: { name?: string; message?: string } = {}): Promise<{ connection: ReviewConnection; created: VersionRecord | null }> {
    const existing = this.connection;
    if (existing) return { connection: existing, created: null };
    const body = this.body({ name: meta.name || 'Shared', message: meta.message });
    const created = await this.guard(() => this.client.createDocument(body));
    const connection: ReviewConnection = { documentId: created.document.id, token: created.ownerToken, access: 'owner' };
    this.tokens.saveOwnerToken(connection.documentId, connection.token);
    this.tokens.setCurrent(connection.documentId);
    this.store.setState({ ...INITIAL, connection, versions: [summaryOf(created.version)] });
    return { connection, created: created.version };
  }

  /** Saves the working document as a new immutable version (sharing it first when it is not shared yet). */
  async saveVersion(meta: { name: string; message?: string }): Promise<VersionRecord> {
    if (this.store.getState().viewing) throw new ReviewError(0, 'You are viewing an older version: use “Back to current” first, then save.');
    const connection = this.connection;
    if (!connection) {
      const { created } = await this.share(meta);
      return created!;
    }
    if (!canEdit(connection.access)) throw new ReviewError(403, 'Your link does not allow saving versions: an Edit link or the owner can.');
    const version = await this.guard(() => this.client.saveVersion(connection, this.body(meta)));
    await this.refreshVersions().catch(() => this.store.setState((s) => ({ versions: [summaryOf(version), ...s.versions] })));
    return version;
  }

  /**
   * Opens a shared document's latest version as the working document. The document open before is
   * kept as a backup first; on any failure (revoked, expired, unknown, offline) it stays open, untouched.
   */
  async openShared(credentials: ReviewCredentials): Promise<ReviewConnection> {
    const session = this.requireSession();
    const opened = await this.guard(() => this.client.getDocument(credentials));
    await session.backup();
    this.replace(() => session.openDocument(documentOfVersion(opened.latest)));
    const connection: ReviewConnection = { ...credentials, access: opened.access };
    this.setConnection(connection);
    if (opened.access === 'owner') this.tokens.saveOwnerToken(credentials.documentId, credentials.token);
    this.tokens.setCurrent(opened.access === 'owner' ? credentials.documentId : null);
    this.store.setState({ versions: [summaryOf(opened.latest)] });
    void this.refreshVersions().catch(() => undefined);
    return connection;
  }

  private replace(open: () => void): void {
    this.replacing = true;
    try {
      open();
    } finally {
      this.replacing = false;
    }
  }

  /** Shows an older version read-only; the working document (with its undo history) waits in memory. */
  async openVersion(versionId: string): Promise<VersionRecord> {
    const session = this.requireSession();
    const connection = this.requireConnection();
    const version = await this.guard(() => this.client.getVersion(connection, versionId));
    this.working ??= WorkingCopy.take(session);
    this.replace(() => session.openDocument(documentOfVersion(version)));
    this.store.setState({ viewing: version });
    return version;
  }

  /** Leaves a viewed version: the working document comes back exactly as it was (text, layout, view, undo history). */
  backToCurrent(): boolean {
    const session = this.requireSession();
    const working = this.working;
    if (!working) return false;
    this.working = null;
    this.replace(() => working.restore(session));
    this.store.setState({ viewing: null });
    return true;
  }

  async refreshVersions(): Promise<VersionSummary[]> {
    const connection = this.requireConnection();
    const versions = await this.guard(() => this.client.listVersions(connection));
    this.store.setState({ versions });
    return versions;
  }

  // ── comments ────────────────────────────────────────────────────────────────────────────────────

  /** The comments panel's view state (open, narrowed to an anchor, threads moved by renames). */
  readonly comments: CommentsViewStore = createCommentsView();

  /** The connection, if its access allows commenting; otherwise an error saying what is needed. */
  private commenting(text?: string): ReviewConnection {
    const connection = this.requireConnection();
    if (!canComment(connection.access)) throw new ReviewError(403, 'This link can view comments but not add them: ask the owner for a Comment link.');
    const problem = text === undefined ? null : commentTextProblem(text);
    if (problem) throw new ReviewError(400, problem);
    return connection;
  }

  /**
   * Starts a thread on an anchor. `clientKey` identifies this post: pass the same one when the user
   * sends the same draft again after a failure, so it is stored once. Transient failures are retried.
   */
  async addComment(anchor: SchemaAnchor, text: string, options: { clientKey?: string; author?: string | null; retry?: RetryOptions } = {}): Promise<ThreadRecord> {
    const connection = this.commenting(text);
    const clientKey = options.clientKey ?? newClientKey();
    const author = options.author ?? undefined;
    const thread = await this.guard(() => withRetries(() => this.client.startThread(connection, { anchor, text, clientKey, author }), options.retry));
    this.putThread(thread);
    return thread;
  }

  /** Replies to a thread (same `clientKey` rule as `addComment`). */
  async reply(threadId: string, text: string, options: { clientKey?: string; author?: string | null; retry?: RetryOptions } = {}): Promise<CommentRecord> {
    const connection = this.commenting(text);
    const clientKey = options.clientKey ?? newClientKey();
    const author = options.author ?? undefined;
    const comment = await this.guard(() => withRetries(() => this.client.reply(connection, threadId, { text, clientKey, author }), options.retry));
    const thread = this.store.getState().threads.find((t) => t.id === threadId);
    if (thread && !thread.comments.some((c) => c.id === comment.id)) this.putThread({ ...thread, comments: [...thread.comments, comment] });
    return comment;
  }

  /** Resolves or reopens a thread (setting the same state twice is harmless, so it is retried too). */
  async setResolved(threadId: string, resolved: boolean, options: { author?: string | null; retry?: RetryOptions } = {}): Promise<ThreadRecord> {
    const connection = this.commenting();
    const author = options.author ?? undefined;
    const thread = await this.guard(() => withRetries(() => this.client.resolveThread(connection, threadId, resolved, author), options.retry));
    this.putThread(thread);
    return thread;
  }

  /** Replaces a thread in `threads` by id, or adds it at the end. */
  private putThread(thread: ThreadRecord): void {
    const threads = this.store.getState().threads;
    const i = threads.findIndex((t) => t.id === thread.id);
    this.store.setState({ threads: i < 0 ? [...threads, thread] : threads.map((t, j) => (j === i ? thread : t)) });
  }

  async refreshThreads(): Promise<ThreadRecord[]> {
    const connection = this.requireConnection();
    const threads = await this.guard(() => this.client.listThreads(connection));
    this.store.setState({ threads });
    return threads;
  }

  /** A reviewer's verdict on a version (Comment and Edit links). */
  async setReview(versionId: string, status: ReviewStatus): Promise<void> {
    const connection = this.requireConnection();
    if (connection.access === 'owner') throw new ReviewError(403, 'Reviews come from reviewers: open a Comment or Edit link to approve or request changes.');
    if (!canComment(connection.access)) throw new ReviewError(403, 'Your link is view only: a Comment or Edit link can approve or request changes.');
    await this.guard(() => this.client.setReview(connection, versionId, status));
    await this.refreshVersions();
  }

  /** A new share link (sharing the document first when needed); its token is answered this once. */
  async createLink(options: { access: Access; label?: string; expiresInDays?: number | null }, now: Date = new Date()): Promise<{ link: LinkRecord; credentials: ReviewCredentials }> {
    const { connection } = await this.share();
    if (connection.access !== 'owner') throw new ReviewError(403, 'Only the owner of a shared document can create links.');
    const expiresAt = options.expiresInDays ? new Date(now.getTime() + options.expiresInDays * DAY_MS).toISOString() : undefined;
    const { link, token } = await this.guard(() => this.client.createLink(connection, { access: options.access, label: options.label || undefined, expiresAt }));
    this.store.setState((s) => ({ links: [link, ...s.links.filter((l) => l.id !== link.id)] }));
    return { link, credentials: { documentId: connection.documentId, token } };
  }

  async refreshLinks(): Promise<LinkRecord[]> {
    const connection = this.requireConnection();
    const links = await this.guard(() => this.client.listLinks(connection));
    this.store.setState({ links });
    return links;
  }

  async revokeLink(linkId: string): Promise<LinkRecord> {
    const connection = this.requireConnection();
    const link = await this.guard(() => this.client.revokeLink(connection, linkId));
    this.store.setState((s) => ({ links: s.links.map((l) => (l.id === link.id ? link : l)) }));
    return link;
  }
}

function summaryOf(version: VersionRecord): VersionSummary {
  const { files: _files, layout: _layout, advisoryConfig: _config, ...summary } = version;
  return summary;
}
