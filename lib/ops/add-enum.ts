import type { ParsedSchema } from '../schema/document';
import type { SchemaFileAst } from '../schema/ast';
import { VALUE_NAME } from './enum-parts';
import { checkEnumTypeName, checkTypeName, done, eol, indentUnit, quote, refuse, type OpResult } from './shared';

export interface AddEnumArgs {
  name: string;
  /** The values, separated by commas or spaces: `ACTIVE, SUSPENDED`. */
  values: string;
  /** The file to add it to; defaults to the file holding most enums, else most models. */
  file?: string;
}

/** Connectors without enums (SQLite has had them since Prisma 6.2). */
const NO_ENUMS = new Set(['sqlserver']);

/** Appends `enum <name> { … }` with one value per line (and `@@schema` under multiSchema). */
export function addEnum(schema: ParsedSchema, args: AddEnumArgs): OpResult {
  const name = args.name.trim();
  const problem = checkTypeName(schema, name);
  if (problem) return refuse(problem);
  const provider = schema.model.datasource?.provider;
  if (provider && NO_ENUMS.has(provider)) return refuse(`The ${provider} connector does not support enums; use a String field instead`);
  const values = args.values.split(/[\s,]+/).filter(Boolean);
  if (!values.length) return refuse('Give the enum at least one value, e.g. `ACTIVE, SUSPENDED`');
  const invalid = values.find((v) => !VALUE_NAME.test(v));
  if (invalid) return refuse(`\`${invalid}\` is not a valid enum value: use letters, digits and underscores, starting with a letter`);
  const twice = values.find((v, i) => values.indexOf(v) !== i);
  if (twice) return refuse(`\`${twice}\` is listed twice; the values of an enum must differ`);

  const file = args.file ? schema.files.find((f) => f.path === args.file) : defaultEnumFile(schema);
  if (!file) return refuse(args.file ? `There is no file called ${args.file}` : 'The schema has no files');
  const text = file.text;
  const nl = eol(text);
  const indent = indentUnit(text);
  const lines = values.map((v) => indent + v);
  // With multiSchema, every enum needs @@schema: use the schema the other enums (else models) use.
  const schemaName = schemaConvention(schema);
  const clash = checkEnumTypeName(schema, name, schemaName);
  if (clash) return refuse(clash);
  if (schemaName) lines.push('', `${indent}@@schema(${quote(schemaName)})`);
  const block = `enum ${name} {${nl}${lines.map((l) => l + nl).join('')}}${nl}`;
  let prefix = '';
  if (text.length && !text.endsWith('\n')) prefix = nl + nl;
  else if (text.length && !/\n[ \t]*\r?\n$/.test(text) && text.trim().length) prefix = nl;
  const where = schema.files.length > 1 ? ` in ${file.path}` : '';
  return done([{ path: file.path, start: text.length, end: text.length, text: prefix + block }], `Added enum ${name} (${values.join(', ')})${where}`);
}

function defaultEnumFile(schema: ParsedSchema): SchemaFileAst | undefined {
  const count = (f: SchemaFileAst, kind: 'enum' | 'model') => f.blocks.filter((b) => b.kind === kind).length;
  const most = (kind: 'enum' | 'model') =>
    schema.files.reduce<SchemaFileAst | undefined>((best, f) => (!best || count(f, kind) > count(best, kind) ? f : best), undefined);
  const withEnums = most('enum');
  return withEnums && count(withEnums, 'enum') > 0 ? withEnums : most('model');
}

function schemaConvention(schema: ParsedSchema): string | null {
  const listed = schema.model.datasource?.schemas ?? [];
  if (!listed.length) return null;
  const mostCommon = (names: Array<string | null>) => {
    const counts = new Map<string, number>();
    for (const n of names) if (n) counts.set(n, (counts.get(n) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  };
  return mostCommon(schema.model.enums.map((e) => e.schema)) ?? mostCommon(schema.model.models.map((m) => m.schema)) ?? listed[0];
}
