/**
 * Whether PostgreSQL can build a foreign key between two column types (normalized as
 * `AdvisoryContext.dbType` returns them). Checked on PostgreSQL 15 with
 * `CREATE TABLE c (k <fk> REFERENCES p (k))` for every pair Prisma can produce: the key needs an
 * equality operator in the referenced column's btree family, or an implicit cast from the FK type to
 * it, so some pairs work in one direction only (text → citext, time → timetz, integer → oid).
 */

/** Referenced base type → FK base types PostgreSQL accepts besides the same type. */
const ACCEPTS: Record<string, readonly string[]> = {
  text: ['varchar', 'char', 'citext'],
  varchar: ['text', 'char', 'citext'],
  char: ['text', 'varchar'],
  bit: ['varbit'],
  varbit: ['bit'],
  timestamp: ['timestamptz', 'date'],
  timestamptz: ['timestamp', 'date'],
  date: ['timestamp', 'timestamptz'],
  timetz: ['time'],
  smallint: ['integer', 'bigint'],
  integer: ['smallint', 'bigint'],
  bigint: ['smallint', 'integer'],
  oid: ['smallint', 'integer', 'bigint'],
  real: ['double precision'],
  'double precision': ['real'],
};

/** PostgreSQL's implicit arguments, so `timestamp` and `timestamp(6)` compare equal. */
const IMPLIED: Record<string, string> = {
  timestamp: 'timestamp(6)',
  timestamptz: 'timestamptz(6)',
  time: 'time(6)',
  timetz: 'timetz(6)',
  char: 'char(1)',
  bit: 'bit(1)',
  // Unbounded varchar behaves exactly like text.
  varchar: 'text',
};

export function canonicalType(dbType: string): string {
  return IMPLIED[dbType] ?? dbType;
}

export function baseType(dbType: string): string {
  return dbType.replace(/\(.*$/, '');
}

export type FkTypeMatch = 'same' | 'comparable' | 'incompatible';

/** How the FK column's type relates to the referenced column's. */
export function fkTypeMatch(referenced: string, fk: string): FkTypeMatch {
  const r = canonicalType(referenced);
  const f = canonicalType(fk);
  if (r === f) return 'same';
  const rb = baseType(r);
  const fb = baseType(f);
  return rb === fb || (ACCEPTS[rb] ?? []).includes(fb) ? 'comparable' : 'incompatible';
}
