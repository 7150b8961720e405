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

  async refreshThreads(): Promise<ThreadRecord[]> {
    const connection = this.requireConnection();
    const threads = await this.guard(() => this.client.listThreads(connection));
    this.store.setState({ threads });
    return threads;
  }
}
