import { findArg } from '../schema/attributes';
import type { ParsedSchema } from '../schema/document';
import type { FieldInfo } from '../schema/model';
import { defaultFits } from './field-guards';
import { locateField, refuse, type ModelLocation, type OpResult } from './shared';
import { addFieldAttribute, fieldAttribute, removeFieldAttribute } from './toggle-unique';

export interface SetDefaultArgs {
  model: string;
  field: string;
  /** What goes inside `@default(…)`: `0`, `"draft"`, `true`, `now()`, `uuid()`, `ADMIN`, `dbgenerated("…")`; empty removes it. */
  value: string;
}

const STRING = /^"(?:[^"\\\r\n]|\\.)*"$/;
const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const CALL = /^([A-Za-z_][A-Za-z0-9_]*)\(\s*(.*?)\s*\)$/s;
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/** Functions `@default` accepts, with the field types they produce and the arguments they take. */
const FUNCTIONS: Record<string, { types: readonly string[] | null; args: RegExp }> = {
  autoincrement: { types: ['Int', 'BigInt'], args: /^$/ },
  sequence: { types: ['Int', 'BigInt'], args: /^.*$/s },
  now: { types: ['DateTime'], args: /^$/ },
  uuid: { types: ['String'], args: /^(4|7)?$/ },
  cuid: { types: ['String'], args: /^(1|2)?$/ },
  nanoid: { types: ['String'], args: /^(\d+)?$/ },
  ulid: { types: ['String'], args: /^$/ },
  auto: { types: ['String'], args: /^$/ },
  dbgenerated: { types: null, args: /^("(?:[^"\\\r\n]|\\.)*")?$/ },
};

/** Sets, replaces or removes `@default(…)` on a scalar or enum field. */
export function setDefault(schema: ParsedSchema, args: SetDefaultArgs): OpResult {
  const located = locateField(schema, args.model, args.field);
  if ('reason' in located) return refuse(located.reason);
  const { loc, field } = located;
  if (field.kind === 'object') return refuse(`\`${field.name}\` is a relation field, which cannot have a default; set one on its foreign key instead`);
  if (field.kind === 'composite') return refuse(`\`${field.name}\` is a composite type, which cannot have a default; set defaults on the type's fields instead`);
  const path = loc.file.path;
  const text = loc.file.text;
  const existing = fieldAttribute(field, 'default');
  const label = `${args.model}.${args.field}`;
  const value = args.value.trim();

  if (!value) {
    if (!existing) return refuse(`\`${label}\` has no default to remove`);
    return { ok: true, edits: [removeFieldAttribute(path, text, field.node, existing)], message: `Removed the default of ${label}` };
  }
  const problem = checkDefault(schema, loc, field, value);
  if (problem) return refuse(problem);

  if (existing) {
    const arg = findArg(existing, 'value', 0);
    if (!arg) return refuse(`The @default of \`${label}\` has no value to replace; fix it in the text`);
    if (text.slice(arg.value.range.start, arg.value.range.end) === value) return refuse(`\`${label}\` already defaults to ${value}`);
    return { ok: true, edits: [{ path, start: arg.value.range.start, end: arg.value.range.end, text: value }], message: `${label} now defaults to ${value}` };
  }
  return {
    ok: true,
    edits: [addFieldAttribute(path, text, loc.block, field.node, 'default', `@default(${value})`)],
    message: `${label} now defaults to ${value}`,
  };
}

/** Why `value` cannot be the default of the field, or null when it can. */
function checkDefault(schema: ParsedSchema, loc: ModelLocation, field: FieldInfo, value: string): string | null {
  const provider = schema.model.datasource?.provider ?? null;
  const enumValues = schema.model.enums.find((e) => e.name === field.type)?.values.map((v) => v.name) ?? null;
  const typeLabel = field.type + (field.list ? '[]' : '');
  const call = CALL.exec(value);
  if (call) {
    const [, name, inner] = call;
    const fn = FUNCTIONS[name];
    if (!fn) return `\`${name}()\` is not a default Prisma knows: use autoincrement(), now(), uuid(), cuid(), nanoid(), ulid() or dbgenerated("…")`;
    if (!fn.args.test(inner)) return `\`${value}\` has arguments ${name}() does not take`;
    if (name === 'dbgenerated') return null;
    if (field.list) return `\`${field.name}\` is a list; its default must be a list of values like [] or [1, 2]`;
    if (fn.types && !fn.types.includes(field.type)) return `${name}() only works on ${fn.types.join(' or ')} fields, and \`${field.name}\` is ${typeLabel}`;
    if (name === 'auto' && provider !== 'mongodb') return 'auto() is for MongoDB ids; use uuid() or cuid() here';
    if (name === 'sequence' && provider !== 'cockroachdb') return 'sequence() is only available on CockroachDB; use autoincrement()';
    if (name === 'autoincrement') return autoincrementProblem(loc, field, provider);
    return null;
  }
  if (field.kind === 'unsupported') return `\`${field.name}\` has an Unsupported type; only dbgenerated("…") works as its default`;
  if (value.startsWith('[')) {
    if (!field.list) return `\`${field.name}\` is not a list; write a single value`;
    const items = splitList(value);
    if (!items) return `\`${value}\` is not a list of values`;
    for (const item of items) {
      const p = literalProblem(field, item, enumValues, false);
      if (p) return p;
    }
    return null;
  }
  if (field.list) return `\`${field.name}\` is a list; write its default as a list, e.g. [${value}]`;
  return literalProblem(field, value, enumValues, true);
}

function literalProblem(field: FieldInfo, value: string, enumValues: readonly string[] | null, single: boolean): string | null {
  const typeLabel = field.type;
  if (!STRING.test(value) && !NUMBER.test(value) && !IDENTIFIER.test(value)) return `\`${value}\` is not a value: write a number, "a string", true/false or an enum value`;
  if (enumValues && !enumValues.includes(value)) return `\`${value}\` is not a value of the enum ${field.type}: use one of ${enumValues.join(', ')}`;
  if (!defaultFits(value, field.type, false, enumValues)) {
    if (field.type === 'String' && (IDENTIFIER.test(value) || NUMBER.test(value))) return `\`${field.name}\` is a String; write the default in quotes: "${value}"`;
    return `\`${value}\` is not ${/^[AEIOU]/.test(typeLabel) ? 'an' : 'a'} ${typeLabel} value${single ? '' : ' (in the list)'}`;
  }
  if ((field.type === 'Int' || field.type === 'BigInt') && !NUMBER.test(value)) return `\`${value}\` is not a whole number`;
  if (field.type === 'DateTime' && STRING.test(value) && !RFC3339.test(JSON.parse(value) as string)) {
    return `${value} is not a date-time Prisma accepts; write it like "2024-01-31T00:00:00Z", or use now()`;
  }
  if (field.type === 'Json' && STRING.test(value)) {
    try {
      JSON.parse(JSON.parse(value) as string);
    } catch {
      return `${value} is not valid JSON; write the JSON inside a string, e.g. "{}" or "[]" with inner quotes escaped`;
    }
  }
  return null;
}

/** `[1, 2]`, `["a", "b"]`, `[]` → the items as written; null when it is not a flat list. */
function splitList(value: string): string[] | null {
  if (!value.startsWith('[') || !value.endsWith(']')) return null;
  const inner = value.slice(1, -1).trim();
  if (!inner) return [];
  const items: string[] = [];
  const re = /\s*("(?:[^"\\\r\n]|\\.)*"|[^,"\s]+)\s*(,|$)/gy;
  let m: RegExpExecArray | null;
  let at = 0;
  while (at < inner.length && (m = re.exec(inner))) {
    items.push(m[1]);
    at = re.lastIndex;
    if (!m[2]) break;
  }
  return at >= inner.length ? items : null;
}

/** SQLite allows autoincrement() only on the primary key; MySQL on an indexed column. */
function autoincrementProblem(loc: ModelLocation, field: FieldInfo, provider: string | null): string | null {
  const isKey = loc.info.primaryKey?.length === 1 && loc.info.primaryKey[0] === field.name;
  if ((provider === 'sqlite' || provider === null) && !isKey) return `${provider ? 'SQLite' : 'Without a datasource, Prisma'} only allows autoincrement() on the primary key, and \`${field.name}\` is not it`;
  if (provider === 'mysql' && !isKey) {
    const leads = (fields: readonly string[] | null) => fields?.[0] === field.name;
    const indexed = field.isUnique || leads(loc.info.primaryKey) || loc.info.uniques.some((u) => leads(u.fields)) || loc.info.indexes.some((i) => leads(i.fields));
    if (!indexed) return `MySQL only allows autoincrement() on an indexed column; make \`${field.name}\` @unique or index it first`;
  }
  return null;
}
