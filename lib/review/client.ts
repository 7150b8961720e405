import type {
  Anchor, CommentRecord, DocumentRecord, LinkRecord, ReviewRecord, ReviewStatus, SchemaFileRecord, ThreadRecord, VersionRecord, VersionSummary,
} from '../../server/storage';
import type { Access } from '../../server/access';

/**
 * The browser's side of the team-review API (`/api/documents/…`, server/README.md): typed calls
 * that answer the server's JSON or throw a `ReviewError` carrying the server's own message (it
 * names what is wrong, e.g. "This link has been revoked."). `fetch` is injected so tests run the
 * real route handlers in-process.
 */
export type { Access, Anchor, CommentRecord, DocumentRecord, LinkRecord, ReviewRecord, ReviewStatus, SchemaFileRecord, ThreadRecord, VersionRecord, VersionSummary };

/** What opens a shared document: its id and a token (the owner's or a link's). */
export interface ReviewCredentials {
  documentId: string;
  token: string;
}

/** The caller's access to a document, as the server reports it. */
export type DocumentAccess = 'owner' | Access;

export interface VersionBody {
  files: SchemaFileRecord[];
  layout?: Record<string, unknown>;
  advisoryConfig?: Record<string, unknown>;
  name?: string;
  message?: string;
  author?: string;
}

export class ReviewError extends Error {
  /** The HTTP status (0 when the server could not be reached). */
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.name = 'ReviewError';
    this.status = status;
  }
}

type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

const UNREACHABLE = 'The review server could not be reached. Your document is unchanged here; try again when the server is back.';

export class ReviewClient {
  private readonly base: string;
  private readonly fetchImpl: FetchLike;

  /** `base` is the server's origin ('' for the page's own); `fetchImpl` defaults to the global fetch. */
  constructor(base = '', fetchImpl?: FetchLike) {
    this.base = base.replace(/\/$/, '');
    this.fetchImpl = fetchImpl ?? ((input, init) => fetch(input, init));
  }

  private async call<T>(method: string, path: string, token: string | null, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch {
      throw new ReviewError(0, UNREACHABLE);
    }
    const text = await response.text();
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = null;
    }
    if (!response.ok) {
      const message = parsed && typeof parsed === 'object' && typeof (parsed as { error?: unknown }).error === 'string'
        ? (parsed as { error: string }).error
        : `The review server answered ${response.status}.`;
      throw new ReviewError(response.status, message);
    }
    if (parsed === null || typeof parsed !== 'object') throw new ReviewError(response.status, 'The review server sent an answer this app cannot read.');
    return parsed as T;
  }

  private doc(c: ReviewCredentials, rest = ''): string {
    return `/api/documents/${encodeURIComponent(c.documentId)}${rest}`;
  }

  /** Shares a document: its first version; the owner token is answered this once. */
  createDocument(body: VersionBody): Promise<{ document: DocumentRecord; version: VersionRecord; ownerToken: string }> {
    return this.call('POST', '/api/documents', null, body);
  }

  getDocument(c: ReviewCredentials): Promise<{ document: DocumentRecord; access: DocumentAccess; latest: VersionRecord }> {
    return this.call('GET', this.doc(c), c.token);
  }

  async listVersions(c: ReviewCredentials): Promise<VersionSummary[]> {
    return (await this.call<{ versions: VersionSummary[] }>('GET', this.doc(c, '/versions'), c.token)).versions;
  }

  async getVersion(c: ReviewCredentials, versionId: string): Promise<VersionRecord> {
    return (await this.call<{ version: VersionRecord }>('GET', this.doc(c, `/versions/${encodeURIComponent(versionId)}`), c.token)).version;
  }

  async saveVersion(c: ReviewCredentials, body: VersionBody): Promise<VersionRecord> {
    return (await this.call<{ version: VersionRecord }>('POST', this.doc(c, '/versions'), c.token, body)).version;
  }

  async setReview(c: ReviewCredentials, versionId: string, status: ReviewStatus, author?: string): Promise<ReviewRecord> {
    return (await this.call<{ review: ReviewRecord }>('PUT', this.doc(c, `/versions/${encodeURIComponent(versionId)}/review`), c.token, { status, author })).review;
  }

  async listLinks(c: ReviewCredentials): Promise<LinkRecord[]> {
    return (await this.call<{ links: LinkRecord[] }>('GET', this.doc(c, '/links'), c.token)).links;
  }

  /** A new share link; its token is answered this once. `expiresAt` is an ISO time. */
  createLink(c: ReviewCredentials, body: { access: Access; label?: string; expiresAt?: string }): Promise<{ link: LinkRecord; token: string }> {
    return this.call('POST', this.doc(c, '/links'), c.token, body);
  }

  async revokeLink(c: ReviewCredentials, linkId: string): Promise<LinkRecord> {
    return (await this.call<{ link: LinkRecord }>('DELETE', this.doc(c, `/links/${encodeURIComponent(linkId)}`), c.token)).link;
  }

  async listThreads(c: ReviewCredentials): Promise<ThreadRecord[]> {
    return (await this.call<{ threads: ThreadRecord[] }>('GET', this.doc(c, '/comments'), c.token)).threads;
  }

  async startThread(c: ReviewCredentials, body: { anchor: Anchor; text: string; versionId?: string; author?: string; clientKey?: string }): Promise<ThreadRecord> {
    return (await this.call<{ thread: ThreadRecord }>('POST', this.doc(c, '/comments'), c.token, body)).thread;
  }

  async resolveThread(c: ReviewCredentials, threadId: string, resolved: boolean, author?: string): Promise<ThreadRecord> {
    return (await this.call<{ thread: ThreadRecord }>('PATCH', this.doc(c, `/comments/${encodeURIComponent(threadId)}`), c.token, { resolved, author })).thread;
  }

  async reply(c: ReviewCredentials, threadId: string, body: { text: string; author?: string; clientKey?: string }): Promise<CommentRecord> {
    return (await this.call<{ comment: CommentRecord }>('POST', this.doc(c, `/comments/${encodeURIComponent(threadId)}/replies`), c.token, body)).comment;
  }
}
