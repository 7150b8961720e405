import type { ParsedSchema } from '../schema/document';
import { checkTableName, checkTypeName, done, eol, indentUnit, refuse, type OpResult } from './shared';

export interface AddModelArgs {
  name: string;
  /** The file to add it to; defaults to the file holding most models. */
  file?: string;
}

const FALLBACK_ID = 'Int @id @default(autoincrement())';

/**
 * Appends `model <name> { id … }` to a file. The id field copies the schema's own convention (the
 * most common single-field id, e.g. `String @id @default(cuid())`), so new models look like the rest.
 */
export function addModel(schema: ParsedSchema, args: AddModelArgs): OpResult {
  const name = args.name.trim();
  const problem = checkTypeName(schema, name) ?? checkTableName(schema, name, schemaConvention(schema));
  if (problem) return refuse(problem);
  const file = args.file ? schema.files.find((f) => f.path === args.file) : defaultModelFile(schema);
  if (!file) return refuse(args.file ? `There is no file called ${args.file}` : 'The schema has no files');
  const text = file.text;
  const nl = eol(text);
  const indent = indentUnit(text);
  const lines = [`${indent}id ${idConvention(schema)}`];
  // With multiSchema, every model needs @@schema: use the schema most models use.
  const schemaName = schemaConvention(schema);
  if (schemaName) lines.push('', `${indent}@@schema(${JSON.stringify(schemaName)})`);
  const block = `model ${name} {${nl}${lines.map((l) => l + nl).join('')}}${nl}`;
  let prefix = '';
  if (text.length && !text.endsWith('\n')) prefix = nl + nl;
  else if (text.length && !/\n[ \t]*\r?\n$/.test(text) && text.trim().length) prefix = nl;
  return done([{ path: file.path, start: text.length, end: text.length, text: prefix + block }], `Added model ${name}`);
}

function defaultModelFile(schema: ParsedSchema) {
  let best = schema.files[0];
  let bestCount = -1;
  for (const f of schema.files) {
    const count = f.blocks.filter((b) => b.kind === 'model').length;
    if (count > bestCount) {
      best = f;
      bestCount = count;
    }
  }
  return best;
}

/** The type and attributes of the schema's most common `id` field, without `@map`. */
export function idConvention(schema: ParsedSchema): string {
  const counts = new Map<string, number>();
  for (const model of schema.model.models) {
    const id = model.fields.find((f) => f.isId && f.name === 'id');
    if (!id || !id.node.type) continue;
    const file = schema.files.find((f) => f.path === model.file)!;
    const parts = [file.text.slice(id.node.type.range.start, id.node.type.range.end)];
    // `@map` names this model's column; keep it only where it is a convention (MongoDB's `_id`).
    for (const a of id.node.attributes) if (a.name !== 'map' || file.text.slice(a.range.start, a.range.end) === '@map("_id")') parts.push(file.text.slice(a.range.start, a.range.end));
    const key = parts.join(' ');
    if (/\r|\n/.test(key)) continue;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (best) return best[0];
  const ds = schema.model.datasource;
  return ds?.provider === 'mongodb' ? `String @id @default(auto()) @map("_id") @${ds.name}.ObjectId` : FALLBACK_ID;
}

function schemaConvention(schema: ParsedSchema): string | null {
  const listed = schema.model.datasource?.schemas ?? [];
  if (!listed.length) return null;
  const counts = new Map<string, number>();
  for (const m of schema.model.models) if (m.schema) counts.set(m.schema, (counts.get(m.schema) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return best ? best[0] : listed[0];
}
