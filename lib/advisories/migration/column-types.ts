import type { FieldInfo } from '../../schema/model';
import { normalizeNativeType } from '../context';

/**
 * A column's PostgreSQL type as Prisma Migrate writes it, in a form two schemas can be compared in:
 * `String @db.VarChar(100)` → varchar [100]; `DateTime` → timestamp [3]; `Role[]` → enum "Role", list.
 */
export interface ColumnType {
  /** `text`, `varchar`, `integer`, `timestamp`, `decimal`, `enum`, `unsupported`, … */
  base: string;
  /** Length, precision or (precision, scale); empty when unbounded. Defaults are filled in (`timestamp` → [6]). */
  args: number[];
  list: boolean;
  /** For `enum`: the enum's identity (its name in the CURRENT schema when the enum was matched); for `unsupported`: the type as written. */
  detail: string | null;
  /** For messages: `varchar(100)`, `enum Role`, `integer[]`. */
  label: string;
}

const SCALAR_DEFAULTS: Record<string, string> = {
  String: 'text',
  Int: 'integer',
  BigInt: 'bigint',
  Float: 'double precision',
  Decimal: 'decimal(65,30)',
  DateTime: 'timestamp(3)',
  Boolean: 'boolean',
  Json: 'jsonb',
  Bytes: 'bytea',
};

/** PostgreSQL's implicit arguments: `timestamp` is `timestamp(6)`, `char` is `char(1)`. */
const IMPLICIT_ARGS: Record<string, number[]> = { timestamp: [6], timestamptz: [6], time: [6], timetz: [6], char: [1], bit: [1] };

/**
 * The column type of a field with a column (scalar, enum, Unsupported). `enumIdentity` names an enum
 * type the way both sides of a comparison agree on (the diff maps baseline enums to current ones).
 */
export function columnTypeOf(field: FieldInfo, enumIdentity: (name: string) => string = (n) => n): ColumnType {
  const list = field.list;
  if (field.kind === 'enum') {
    const detail = enumIdentity(field.type);
    return { base: 'enum', args: [], list, detail, label: `enum ${field.type}${list ? '[]' : ''}` };
  }
  if (field.kind === 'unsupported') {
    const detail = (field.unsupported ?? '').trim().toLowerCase();
    return { base: 'unsupported', args: [], list, detail, label: `${field.unsupported ?? 'unsupported'}${list ? '[]' : ''}` };
  }
  const written = field.nativeType ? normalizeNativeType(field.nativeType) : (SCALAR_DEFAULTS[field.type] ?? field.type.toLowerCase());
  const m = /^([a-z ]+?)\s*(?:\(([^)]*)\))?$/.exec(written);
  const base = (m?.[1] ?? written).trim();
  const rawArgs = m?.[2] !== undefined ? m[2].split(',').map((a) => Number(a.trim())) : [];
  const args = rawArgs.length && rawArgs.every((n) => Number.isFinite(n)) ? rawArgs : (IMPLICIT_ARGS[base] ?? []);
  return { base, args, list, detail: null, label: `${written}${list ? '[]' : ''}` };
}

/** Equal signatures are the same column type. */
export function typeSignature(t: ColumnType): string {
  return `${t.base}(${t.args.join(',')})${t.list ? '[]' : ''}${t.detail === null ? '' : ` ${t.detail}`}`;
}

export type TypeChangeKind = 'same' | 'metadata' | 'rewrite' | 'narrowing';

export interface TypeChange {
  kind: TypeChangeKind;
  /** What happens to existing values, in plain words (empty for `same`). */
  reason: string;
}

const STRINGS = new Set(['text', 'varchar', 'char', 'citext']);
const INT_BYTES: Record<string, number> = { smallint: 2, integer: 4, bigint: 8 };
/** Decimal digits an integer type can hold (for int → decimal(p, s)). */
const INT_DIGITS: Record<string, number> = { smallint: 5, integer: 10, bigint: 19 };
const TIMES = new Set(['timestamp', 'timestamptz', 'date', 'time', 'timetz']);

const same = (): TypeChange => ({ kind: 'same', reason: '' });
const metadata = (reason: string): TypeChange => ({ kind: 'metadata', reason });
const rewrite = (reason: string): TypeChange => ({ kind: 'rewrite', reason });
const narrowing = (reason: string): TypeChange => ({ kind: 'narrowing', reason });

const REWRITE = 'PostgreSQL rewrites the whole table and rebuilds its indexes under an ACCESS EXCLUSIVE lock';
const RECREATE = 'Prisma has no cast for this change, so it drops the column and adds it again: every value in it is lost (Prisma: "No cast exists, the column would be dropped and recreated")';
const NO_CAST = 'no safe cast is known for this change: Prisma may drop and recreate the column, losing every value, or the cast fails on values that do not convert';

const TEXTUAL = new Set(['text', 'varchar', 'char']);
const NUMERIC = new Set(['smallint', 'integer', 'bigint', 'real', 'double precision', 'decimal']);
const varcharOf = (t: ColumnType, min: number) => t.base === 'text' || (t.base === 'varchar' && length(t) >= min);

/**
 * Whether Prisma Migrate changes the type in place (ALTER COLUMN … SET DATA TYPE) rather than dropping
 * the column and adding it again, which loses every value. Observed by diffing every pair of these
 * types with the schema engine the product bundles (@prisma/schema-engine-wasm 8.1.0-2): the engine
 * has no cast from or to an enum, from text to uuid, from varchar to citext, or between two time
 * precisions. Null for types not covered (Unsupported); varchar(n) targets of date and time types
 * also depend on n, approximated by the lengths observed.
 */
export function prismaCasts(before: ColumnType, after: ColumnType): boolean | null {
  const a = before.base;
  const b = after.base;
  if (!before.list && after.list) return false;
  if (before.list && !after.list) return TEXTUAL.has(b);
  if (a === 'unsupported' || b === 'unsupported') return null;
  if (a === 'enum' || b === 'enum') return a === b && before.detail === after.detail;
  if (a === b) return !((a === 'time' || a === 'timetz') && before.args.join(',') !== after.args.join(','));
  switch (a) {
    case 'text':
      return b === 'varchar' || b === 'char' || b === 'citext';
    case 'varchar':
    case 'char':
      return TEXTUAL.has(b);
    case 'uuid':
      return varcharOf(after, 40);
    case 'citext':
    case 'money':
      return true;
    case 'smallint':
    case 'integer':
    case 'bigint':
    case 'real':
    case 'double precision':
    case 'decimal':
      return NUMERIC.has(b) || TEXTUAL.has(b);
    case 'oid':
      return b === 'integer' || b === 'bigint' || b === 'text' || b === 'varchar';
    case 'inet':
      return b === 'text' || b === 'varchar';
    case 'boolean':
    case 'xml':
    case 'json':
    case 'jsonb':
      return TEXTUAL.has(b) || ((a === 'json' || a === 'jsonb') && (b === 'json' || b === 'jsonb'));
    case 'bit':
    case 'varbit':
      return TEXTUAL.has(b) || b === 'bit' || b === 'varbit';
    case 'bytea':
      return b === 'text' || b === 'char' || (b === 'varchar' && length(after) >= 10);
    case 'timestamp':
    case 'timestamptz':
      return ['date', 'time', 'timetz', 'timestamp', 'timestamptz'].includes(b) || varcharOf(after, 40);
    case 'date':
      return b === 'timestamp' || b === 'timestamptz' || varcharOf(after, 40);
    case 'time':
      return b === 'timetz' || varcharOf(after, 20);
    case 'timetz':
      return b === 'time' || varcharOf(after, 40);
    default:
      return null;
  }
}

/** Unbounded, or the length limit (varchar(n), char(n)). */
function length(t: ColumnType): number {
  return t.args.length ? t.args[0] : Infinity;
}

/**
 * How a column type change treats existing rows (catalogue §4.7 migration-type-change):
 * - `metadata`: PostgreSQL only updates the catalogue (varchar(n) → larger or text, more timestamp precision).
 * - `rewrite`: every row is rewritten under an ACCESS EXCLUSIVE lock, values survive (int → bigint, timestamp → timestamptz).
 * - `narrowing`: values may not fit, fail to cast or be lost (bigint → int, text → varchar(n), String → Int, scalar ↔ list).
 * Pairs the catalogue does not list fall back to `narrowing`: without a known safe cast, assume the worst.
 */
export function classifyTypeChange(before: ColumnType, after: ColumnType): TypeChange {
  const a = before.base;
  const b = after.base;
  if (before.list === after.list && a === b && before.detail === after.detail && before.args.join(',') === after.args.join(',')) return same();
  const cast = prismaCasts(before, after);
  if (cast === false) return narrowing(RECREATE);
  if (before.list !== after.list) return narrowing('every list is cast to its text form, e.g. {a,b}: the values no longer mean what they did');

  // ---- JSON (before strings: the catalogue counts Json → any scalar, text included, as narrowing)
  if ((a === 'json' && b === 'jsonb') || (a === 'jsonb' && b === 'json')) {
    return rewrite(`${REWRITE}${b === 'jsonb' ? '; duplicate keys and key order are not kept' : ''}`);
  }
  if (a === 'json' || a === 'jsonb') {
    // The catalogue counts Json → any scalar as narrowing: the column keeps the JSON text, but is no longer JSON.
    const fits = b === 'text' || (b === 'varchar' && length(after) === Infinity);
    return narrowing(`${fits ? `${REWRITE}; values keep their JSON text but are no longer JSON to queries and Prisma Client` : `values whose JSON text is longer than ${length(after)} characters make the migration fail`}`);
  }

  // ---- strings
  if (STRINGS.has(a) && STRINGS.has(b)) return stringToString(before, after);
  if (STRINGS.has(b)) {
    // Anything has a text form: a cast to unbounded text always succeeds.
    const fits = b === 'text' || (b === 'varchar' && length(after) === Infinity);
    if (a === 'uuid' && (fits || (b !== 'citext' && length(after) >= 36))) return rewrite(`${REWRITE}; every UUID fits`);
    if (fits || b === 'citext') return rewrite(`${REWRITE}; every value is stored as its text form`);
    return narrowing(`values whose text form is longer than ${length(after)} characters make the migration fail`);
  }
  if (STRINGS.has(a)) {
    if (b === 'uuid') return narrowing('any value that is not a valid UUID makes the migration fail');
    return narrowing(`text values are cast to ${after.label}: any value that does not parse as one makes the migration fail`);
  }

  // ---- numbers
  if (a in INT_BYTES && b in INT_BYTES) {
    return INT_BYTES[b] > INT_BYTES[a] ? rewrite(`${REWRITE}; every value fits`) : narrowing(`values outside the ${b} range make the migration fail`);
  }
  if (a in INT_BYTES && b === 'decimal') {
    const [p, s] = after.args;
    if (p === undefined || p - (s ?? 0) >= INT_DIGITS[a]) return rewrite(`${REWRITE}; every value fits`);
    return narrowing(`values with more than ${p - (s ?? 0)} integer digits make the migration fail`);
  }
  if (a in INT_BYTES && (b === 'real' || b === 'double precision')) {
    const exact = a === 'smallint' || (a === 'integer' && b === 'double precision');
    return exact ? rewrite(`${REWRITE}; every value is represented exactly`) : narrowing(`large values lose precision as ${b}`);
  }
  if (a === 'real' && b === 'double precision') return rewrite(`${REWRITE}; every value fits`);
  if (a === 'double precision' && b === 'real') return narrowing('values lose precision or overflow as real');
  if ((a === 'real' || a === 'double precision') && b === 'decimal') return rewrite(`${REWRITE}; floating-point values become exact decimals`);
  if ((a === 'real' || a === 'double precision' || a === 'decimal' || a === 'money') && b in INT_BYTES) {
    return narrowing(`fractions are rounded away and values outside the ${b} range make the migration fail`);
  }
  if (a === 'decimal' && b === 'decimal') return decimalToDecimal(before, after);
  if (a === 'decimal' && (b === 'real' || b === 'double precision')) return narrowing(`exact decimals become approximate ${b} values`);
  if (a === 'money' && b === 'decimal') return rewrite(`${REWRITE}; every amount fits`);

  // ---- date and time
  if (TIMES.has(a) && TIMES.has(b)) return timeToTime(before, after);

  return narrowing(NO_CAST);
}

function stringToString(before: ColumnType, after: ColumnType): TypeChange {
  const a = before.base;
  const b = after.base;
  const from = length(before);
  const to = length(after);
  if (a === 'citext' || b === 'citext') {
    if (to < Infinity && (a === 'citext' || to < from)) return narrowing(`values longer than ${to} characters make the migration fail`);
    return rewrite(`${REWRITE}; ${b === 'citext' ? 'comparisons and unique constraints become case-insensitive, and a unique index fails on values that differ only in case' : 'comparisons become case-sensitive'}`);
  }
  if (b === 'char') {
    if (a === 'char' && to > from) return rewrite(`${REWRITE}; values are padded to ${to} characters`);
    return narrowing(`values longer than ${to} characters make the migration fail`);
  }
  if (a === 'char') {
    if (to < from) return narrowing(`values longer than ${to} characters make the migration fail`);
    return rewrite(`${REWRITE}; trailing spaces are trimmed`);
  }
  // text and varchar: binary compatible, only the length limit matters.
  if (to >= from) return metadata('only the length limit changes: no rewrite, no scan');
  return narrowing(`values longer than ${to} characters make the migration fail`);
}

function decimalToDecimal(before: ColumnType, after: ColumnType): TypeChange {
  const [p1, s1 = 0] = before.args;
  const [p2, s2 = 0] = after.args;
  if (p2 === undefined) return metadata('an unbounded numeric holds every value: no rewrite');
  if (p1 === undefined) return narrowing(`values with more than ${p2 - s2} integer digits or ${s2} decimals make the migration fail or are rounded`);
  if (s2 === s1 && p2 >= p1) return metadata('only the precision grows: no rewrite');
  if (s2 < s1 || p2 < p1) return narrowing(`decimal(${p1},${s1}) → decimal(${p2},${s2}): decimals are rounded away or values overflow and make the migration fail`);
  if (p2 - s2 >= p1 - s1) return rewrite(`${REWRITE}; every value fits`);
  return narrowing(`values with more than ${p2 - s2} integer digits make the migration fail`);
}

function timeToTime(before: ColumnType, after: ColumnType): TypeChange {
  const a = before.base;
  const b = after.base;
  const p1 = before.args[0] ?? 6;
  const p2 = after.args[0] ?? 6;
  const lossy = p2 < p1 ? `, and fractional seconds are rounded to ${p2} digits` : '';
  if (a === b) {
    return p2 > p1 ? metadata('only the precision grows: no rewrite') : narrowing(`fractional seconds are rounded to ${p2} digits`);
  }
  if ((a === 'timestamp' && b === 'timestamptz') || (a === 'timestamptz' && b === 'timestamp')) {
    const zone =
      b === 'timestamptz'
        ? 'existing values are read in the session time zone of the migration'
        : 'values are converted to the session time zone of the migration and lose their offset';
    return p2 < p1 ? narrowing(`${zone}${lossy}`) : rewrite(`${REWRITE}; ${zone}`);
  }
  if (a === 'date' && (b === 'timestamp' || b === 'timestamptz')) return rewrite(`${REWRITE}; every date becomes midnight`);
  if ((a === 'time' && b === 'timetz') || (a === 'timetz' && b === 'time')) return p2 < p1 ? narrowing(`time zones change${lossy}`) : rewrite(REWRITE);
  if (b === 'date') return narrowing('the time of day is cut off every value');
  if ((a === 'timestamp' || a === 'timestamptz') && (b === 'time' || b === 'timetz')) return narrowing('the date is cut off every value, only the time of day stays');
  return narrowing(NO_CAST);
}
