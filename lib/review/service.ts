import type { SchemaAnchor } from './anchors';
import type { CommentRecord } from './client';
import { commentTextProblem, newClientKey, withRetries, type RetryOptions } from './comments';
import { createCommentsView, type CommentsViewStore } from './comments-view';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { ReviewClient, ReviewError, type DocumentAccess, type ReviewCredentials, type ThreadRecord, type VersionRecord, type VersionSummary } from './client';

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
  /** A version opened read-only from the history (null: the working document is shown). */
  viewing: VersionRecord | null;
  /** The last failure talking to the server, as the user should read it. */
  error: string | null;
}

export type ReviewStore = StoreApi<ReviewState>;

const INITIAL: ReviewState = { connection: null, versions: [], threads: [], viewing: null, error: null };

/** What a level of access allows in the app. */
export const canEdit = (access: DocumentAccess | undefined) => access === 'owner' || access === 'edit';
export const canComment = (access: DocumentAccess | undefined) => access === 'owner' || access === 'comment' || access === 'edit';

export class ReviewService {
  readonly store: ReviewStore = createStore<ReviewState>()(() => ({ ...INITIAL }));
  readonly client: ReviewClient;

  constructor(client: ReviewClient = new ReviewClient()) {
    this.client = client;
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
}
