import type { ParsedSchema } from '../../schema/document';
import type { FieldInfo, ModelInfo } from '../../schema/model';
import { columnName } from './diff';
import type { OpCall } from './plans';

/** Helpers several migration rules share: defaults, restoring a dropped field, table wording. */

/** Defaults Prisma Client fills in before the INSERT: the column itself gets no DEFAULT. */
const CLIENT_DEFAULT = /^(uuid|cuid|nanoid|ulid)\s*\(.*\)$/s;
/** Functions PostgreSQL evaluates per row (VOLATILE): as a column default they force a table rewrite. */
const VOLATILE = /\b(gen_random_uuid|uuid_generate_v\d\w*|uuidv[47]|random|nextval|clock_timestamp|timeofday|gen_random_bytes|txid_current|pg_backend_pid)\s*\(/i;

export type DefaultKind =
  /** No default at all (or `@updatedAt` alone, or `dbgenerated()` without an expression). */
  | 'none'
  /** `uuid()`, `cuid()`, `nanoid()`, `ulid()`: Prisma Client's, not the column's. */
  | 'client'
  /** A default PostgreSQL evaluates per row: every existing row gets its own value, so the table is rewritten. */
  | 'volatile'
  /** A constant or a STABLE function such as now(): PostgreSQL 11+ stores it once, no rewrite. */
  | 'constant';

export function defaultKind(field: FieldInfo): DefaultKind {
  const d = field.default?.trim() ?? null;
  if (d === null) return 'none';
  if (CLIENT_DEFAULT.test(d)) return 'client';
  if (/^autoincrement\s*\(/.test(d) || /^sequence\s*\(/.test(d)) return 'volatile';
  const generated = /^dbgenerated\s*\(\s*(.*?)\s*\)$/s.exec(d);
  if (generated) {
    if (!generated[1]) return 'none';
    return VOLATILE.test(generated[1]) ? 'volatile' : 'constant';
  }
  return 'constant';
}

/**
 * A default that is a natural value for the column and exists for every row at once: false, 0, now().
 * None for strings, enums, JSON or bytes (any value would be a made-up sentinel), for keys (a constant
 * on a foreign key points every row at one parent; on a unique or id column the second row fails).
 */
export function naturalDefault(model: ModelInfo, field: FieldInfo): string | null {
  if (field.kind !== 'scalar' || field.list || field.isForeignKey || field.isId || field.isUnique) return null;
  if (model.primaryKey?.includes(field.name)) return null;
  if (model.uniques.some((u) => u.fields.includes(field.name))) return null;
  switch (field.type) {
    case 'Boolean':
      return 'false';
    case 'Int':
    case 'BigInt':
    case 'Float':
    case 'Decimal':
      return '0';
    case 'DateTime':
      return 'now()';
    default:
      return null;
  }
}

/**
 * The addField call that puts a dropped column back for the expand/contract step: same name, column
 * and database type, optional (lists stay lists) and `@ignore`, so Prisma Client no longer uses it and
 * inserts keep working. Null when it cannot be written (its enum is gone, the name is taken again).
 */
export function restoreFieldCall(current: ParsedSchema, field: FieldInfo, model: ModelInfo, enumName: (baseline: string) => string | null): OpCall | null {
  if (model.fields.some((f) => f.name === field.name)) return null;
  let base: string;
  if (field.kind === 'unsupported') base = `Unsupported(${JSON.stringify(field.unsupported ?? '')})`;
  else if (field.kind === 'enum') {
    const name = enumName(field.type);
    if (!name) return null;
    base = name;
  } else base = field.type;
  const attributes: string[] = [];
  const column = columnName(field);
  if (column !== field.name) attributes.push(`@map(${JSON.stringify(column)})`);
  const ds = current.model.datasource?.name;
  if (field.nativeType && ds) attributes.push(`@${ds}.${field.nativeType}`);
  attributes.push('@ignore');
  return { op: 'addField', args: { model: model.name, name: field.name, type: field.list ? `${base}[]` : `${base}?`, attributes: attributes.join(' ') } };
}

/** The enum a baseline enum became in the current schema (by the diff's enum matches). */
export function enumNameAfter(match: { enums: Array<{ before: { name: string }; after: { name: string } }> }) {
  const map = new Map(match.enums.map((e) => [e.before.name, e.after.name]));
  return (name: string) => map.get(name) ?? null;
}

/** The primary key columns of a table (for backup and backfill SQL), else null. */
export function keyColumns(model: ModelInfo): string[] | null {
  const key = model.primaryKey;
  if (!key?.length) return null;
  const cols = key.map((k) => model.fields.find((f) => f.name === k)).map((f) => (f ? columnName(f) : null));
  return cols.every((c): c is string => c !== null) ? cols : null;
}
