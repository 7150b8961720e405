/** Connector capabilities Schema Canvas needs to know about, keyed by datasource provider. */

const POSTGRES = new Set(['postgresql', 'postgres']);
const SCALAR_LISTS = new Set(['postgresql', 'postgres', 'cockroachdb', 'mongodb']);

export function isPostgres(provider: string | null | undefined): boolean {
  return !!provider && POSTGRES.has(provider);
}

/** Lists of scalars (`String[]`) exist on PostgreSQL, CockroachDB and MongoDB only (and not without a datasource). */
export function supportsScalarLists(provider: string | null | undefined): boolean {
  return !!provider && SCALAR_LISTS.has(provider);
}
