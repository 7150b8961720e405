/**
 * Where the server keeps what teams share (the team-review work builds on this): documents' versions,
 * share links and comments, behind one interface so the same route handlers run on the embedded
 * store (PGlite in the server process, the default) and on PostgreSQL (`DATABASE_URL`).
 *
 * Route handlers under app/api/ stay thin: validate the request, check access, call a Storage, return.
 */
export interface Storage {
  /** Which backend answers (`pglite` or `postgres`), for the health route and logs — never a URL. */
  readonly kind: 'pglite' | 'postgres' | 'none';
  /** True when the store answers a trivial query. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/** Until sharing exists, the server stores nothing: the app works offline for a single user. */
export const noStorage: Storage = {
  kind: 'none',
  ping: async () => true,
  close: async () => undefined,
};

/** The server's store for this process. */
export function serverStorage(): Storage {
  return noStorage;
}
