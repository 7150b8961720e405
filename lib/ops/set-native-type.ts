import type { ParsedSchema } from '../schema/document';
import { isPostgres } from '../schema/provider';
import { locateField, refuse, type OpResult } from './shared';
import { addFieldAttribute, removeFieldAttribute } from './toggle-unique';

export interface SetNativeTypeArgs {
  model: string;
  field: string;
  /** The database type without the prefix: `VarChar(200)`, `Uuid`, `Text`; empty removes it. */
  nativeType: string;
}

/** PostgreSQL native types per scalar type, with how many arguments each takes. */
const POSTGRES_TYPES: Record<string, Record<string, readonly number[]>> = {
  String: { Text: [0], VarChar: [0, 1], Char: [0, 1], Uuid: [0], Xml: [0], Inet: [0], Citext: [0], Bit: [0, 1], VarBit: [0, 1] },
  Int: { Integer: [0], SmallInt: [0], Oid: [0] },
  BigInt: { BigInt: [0] },
  Float: { DoublePrecision: [0], Real: [0] },
  Decimal: { Decimal: [0, 2], Money: [0] },
  DateTime: { Timestamp: [0, 1], Timestamptz: [0, 1], Date: [0], Time: [0, 1], Timetz: [0, 1] },
  Boolean: { Boolean: [0] },
  Bytes: { ByteA: [0] },
  Json: { Json: [0], JsonB: [0] },
};

const NATIVE = /^([A-Za-z][A-Za-z0-9]*)\s*(?:\(\s*(.*?)\s*\))?$/s;
const NATIVE_ARG = /^(\d+|[A-Za-z][A-Za-z0-9]*|"(?:[^"\\\r\n]|\\.)*")$/;

/** Writes `@<datasource>.<Type>` on a scalar field (replacing the one it has), or removes it. */
export function setNativeType(schema: ParsedSchema, args: SetNativeTypeArgs): OpResult {
  const located = locateField(schema, args.model, args.field);
  if ('reason' in located) return refuse(located.reason);
  const { loc, field } = located;
  const label = `${args.model}.${args.field}`;
  const path = loc.file.path;
  const text = loc.file.text;
  const existing = field.node.attributes.find((a) => a.name.includes('.'));
  const ds = schema.model.datasource;

  let input = args.nativeType.trim().replace(/^@/, '');
  if (ds && input.startsWith(`${ds.name}.`)) input = input.slice(ds.name.length + 1);
  if (!input) {
    if (!existing) return refuse(`\`${label}\` has no native type to remove`);
    return { ok: true, edits: [removeFieldAttribute(path, text, field.node, existing)], message: `${label} uses the default database type for ${field.type} again` };
  }
  if (!ds) return refuse('There is no datasource, so there is no database to pick a native type from; add a datasource block first');
  if (ds.provider === 'sqlite') return refuse('SQLite has no native types; Prisma picks the column type from the field type');
  if (field.kind === 'object') return refuse(`\`${field.name}\` is a relation field, which has no column; set the native type on its foreign key`);
  if (field.kind === 'enum') return refuse(`\`${field.name}\` is an enum, which is stored as the database enum type; native types only apply to scalar fields`);
  if (field.kind !== 'scalar') return refuse(`\`${field.name}\` is not a scalar field; native types only apply to String, Int, DateTime and the other scalars`);

  const m = NATIVE.exec(input);
  const rawArgs = m?.[2] !== undefined ? m[2].split(',').map((a) => a.trim()) : [];
  if (!m || (m[2] !== undefined && !rawArgs.every((a) => NATIVE_ARG.test(a)))) {
    return refuse(`\`${args.nativeType}\` is not a native type: write e.g. Text, VarChar(200) or Decimal(10, 2)`);
  }
  const name = m[1];
  if (isPostgres(ds.provider)) {
    const forType = POSTGRES_TYPES[field.type] ?? {};
    const arities = forType[name];
    if (!arities) {
      const owner = Object.keys(POSTGRES_TYPES).find((t) => POSTGRES_TYPES[t][name]);
      const options = Object.keys(forType).join(', ');
      if (owner) return refuse(`${name} is a native type for ${owner} fields, and \`${field.name}\` is ${field.type}; use ${options}, or change the field type first`);
      return refuse(`${name} is not a PostgreSQL type Prisma maps to ${field.type}; use ${options}`);
    }
    if (!arities.includes(rawArgs.length)) {
      const expected = arities.map((n) => (n === 0 ? name : n === 1 ? `${name}(n)` : `${name}(p, s)`)).join(' or ');
      const most = Math.max(...arities);
      return refuse(`${name} takes ${most === 0 ? 'no arguments' : most === 1 ? 'at most one argument' : `${most} arguments or none`}: write ${expected}`);
    }
    if (!rawArgs.every((a) => /^\d+$/.test(a))) return refuse(`The arguments of ${name} are whole numbers, e.g. ${name}(${rawArgs.map((_, i) => (i ? 2 : 10)).join(', ')})`);
  }

  const attribute = `@${ds.name}.${name}${rawArgs.length ? `(${rawArgs.join(', ')})` : ''}`;
  const shown = attribute.slice(ds.name.length + 2);
  if (existing) {
    if (text.slice(existing.range.start, existing.range.end) === attribute) return refuse(`\`${label}\` is already stored as ${shown}`);
    return { ok: true, edits: [{ path, start: existing.range.start, end: existing.range.end, text: attribute }], message: `${label} is now stored as ${shown}` };
  }
  return {
    ok: true,
    edits: [addFieldAttribute(path, text, loc.block, field.node, `${ds.name}.${name}`, attribute)],
    message: `${label} is now stored as ${shown} (${attribute})`,
  };
}
