import type { ParsedSchema } from '../schema/document';
import type { FieldInfo } from '../schema/model';
import type { TextEdit } from '../text/edits';
import {
  blockAttributeFieldList,
  blockAttributeInsertion,
  findField,
  findModel,
  insertLines,
  memberIndent,
  refuse,
  removeMemberEdit,
  type ModelLocation,
  type OpResult,
} from './shared';
import { addFieldAttribute, fieldAttribute, removeFieldAttribute } from './toggle-unique';

export interface SetPrimaryKeyArgs {
  model: string;
  /** Comma-separated field names: one gives `@id`, several give `@@id([a, b])`. */
  fields: string;
}

/**
 * Makes one field (`@id`) or several (`@@id([a, b])`) the model's primary key, removing the old `@id`
 * or `@@id`. Refused when a relation relies on the old key being unique.
 */
export function setPrimaryKey(schema: ParsedSchema, args: SetPrimaryKeyArgs): OpResult {
  const loc = findModel(schema, args.model);
  if (!loc) return refuse(`There is no model called \`${args.model}\``);
  if (loc.info.kind === 'view') return refuse('Views cannot have a primary key in Prisma; mark a field @unique to identify rows instead');
  if (loc.info.kind === 'type') return refuse('Composite types have no primary key; they live inside the model that uses them');
  const provider = schema.model.datasource?.provider ?? null;
  if (provider === 'mongodb') return refuse('On MongoDB the primary key is always the `_id` field (`@id @map("_id")`); edit it in the text');
  const names = args.fields.split(',').map((n) => n.trim()).filter(Boolean);
  if (!names.length) return refuse('Choose at least one field for the primary key');
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate) return refuse(`\`${duplicate}\` is listed twice`);
  const fields: FieldInfo[] = [];
  for (const n of names) {
    const f = findField(loc, n);
    if (!f) return refuse(`\`${args.model}\` has no field called \`${n}\``);
    const problem = keyFieldProblem(f);
    if (problem) return refuse(problem);
    fields.push(f);
  }
  const old = loc.info.primaryKey ?? [];
  if (old.length === names.length && old.every((n, i) => n === names[i])) return refuse(`\`${keyText(names)}\` is already the primary key of \`${args.model}\``);

  const relationProblem = relationsProblem(schema, loc, names);
  if (relationProblem) return refuse(relationProblem);
  const autoincrement = autoincrementProblem(loc, names, provider);
  if (autoincrement && !autoincrementProblem(loc, old, provider)) return refuse(autoincrement);

  const path = loc.file.path;
  const text = loc.file.text;
  const edits: TextEdit[] = [];
  const compound = loc.block.members.find((m) => m.kind === 'blockAttribute' && m.attribute.name === 'id');
  const idFields = loc.info.fields.filter((f) => f.isId);
  let implied = false;
  // The key's constraint name and clustering carry over to the new key (`sort`/`length` belong to the old fields).
  const oldAttribute = compound?.kind === 'blockAttribute' ? compound.attribute : idFields.length ? fieldAttribute(idFields[0], 'id') : undefined;
  const carried = (oldAttribute?.args ?? []).filter((a) => a.name === 'map' || a.name === 'clustered').map((a) => text.slice(a.range.start, a.range.end));
  const idAttribute = carried.length ? `@id(${carried.join(', ')})` : '@id';

  if (names.length === 1) {
    if (compound) edits.push(removeMemberEdit(path, text, compound));
    for (const f of idFields) if (f !== fields[0]) edits.push(removeFieldAttribute(path, text, f.node, fieldAttribute(f, 'id')!));
    // A plain `@unique` says nothing more once the field is the key: it becomes the `@id`.
    const unique = fieldAttribute(fields[0], 'unique');
    if (fields[0].isId) {
      // already `@id`: only the `@@id` goes
    } else if (unique && !unique.args?.length) {
      edits.push({ path, start: unique.range.start, end: unique.range.end, text: idAttribute });
      implied = true;
    } else {
      edits.push(addFieldAttribute(path, text, loc.block, fields[0].node, 'id', idAttribute));
    }
  } else if (compound && compound.kind === 'blockAttribute') {
    const list = blockAttributeFieldList(compound.attribute);
    if (!list) return refuse(`The @@id of \`${args.model}\` has no field list to replace; fix it in the text`);
    edits.push({ path, start: list.value.range.start, end: list.value.range.end, text: `[${names.join(', ')}]` });
    for (const f of idFields) edits.push(removeFieldAttribute(path, text, f.node, fieldAttribute(f, 'id')!));
  } else {
    for (const f of idFields) edits.push(removeFieldAttribute(path, text, f.node, fieldAttribute(f, 'id')!));
    const line = `${memberIndent(text, loc.block)}@@id(${[`[${names.join(', ')}]`, ...carried].join(', ')})`;
    // `@@id` leads the block attributes, as `prisma db pull` writes them.
    const first = loc.block.members.find((m) => m.kind === 'blockAttribute');
    if (first && first.kind === 'blockAttribute') {
      const at = first.docs.length ? first.docs[0].line.start : first.line.start;
      edits.push(insertLines(path, text, loc.block, at, [line]));
    } else {
      const { offset, blankLineBefore } = blockAttributeInsertion(text, loc.block);
      edits.push(insertLines(path, text, loc.block, offset, blankLineBefore ? ['', line] : [line]));
    }
  }
  let message = `The primary key of ${args.model} is now ${keyText(names)} (${names.length > 1 ? '@@id' : '@id'})`;
  if (old.length) message += `; it was ${keyText(old)}`;
  if (implied) message += `; @id replaces the @unique on ${names[0]}`;
  return { ok: true, edits, message };
}

function keyText(names: readonly string[]): string {
  return names.length === 1 ? names[0] : `(${names.join(', ')})`;
}

function keyFieldProblem(f: FieldInfo): string | null {
  if (f.kind === 'object') return `\`${f.name}\` is a relation field; use its foreign key in the primary key instead`;
  if (f.kind === 'composite') return `\`${f.name}\` is a composite type, which cannot be part of the primary key`;
  if (f.kind === 'unsupported') return `\`${f.name}\` has an Unsupported type, which Prisma cannot use as a primary key`;
  if (f.type === 'Json') return `\`${f.name}\` is Json, which cannot be part of the primary key`;
  if (f.list) return `\`${f.name}\` is a list, which cannot be part of the primary key`;
  if (f.optional) return `\`${f.name}\` is optional; make it required before using it in the primary key`;
  return null;
}

/** Why relations stop working with `names` as the key (the old key no longer unique), or null. */
function relationsProblem(schema: ParsedSchema, loc: ModelLocation, names: readonly string[]): string | null {
  const model = loc.info.name;
  const criteria: string[][] = [[...names]];
  for (const f of loc.info.fields) if (f.isUnique) criteria.push([f.name]);
  for (const u of loc.info.uniques) criteria.push(u.fields);
  const unique = (list: readonly string[]) => criteria.some((c) => c.length === list.length && c.every((n) => list.includes(n)));
  for (const r of schema.model.relations) {
    const touches = r.from.model === model || r.to.model === model;
    if (r.kind === 'm:n') {
      if (touches && names.length > 1) {
        return `\`${r.from.model}.${r.from.field}\` is an implicit many-to-many relation, which needs a single-field @id on \`${model}\`; turn it into a join model first`;
      }
      continue;
    }
    if (r.to.model === model && r.to.fields.length && !unique(r.to.fields)) {
      return `The relation \`${r.from.model}.${r.from.field}\` references \`${keyText(r.to.fields)}\`, which would no longer be unique; make ${r.to.fields.length > 1 ? 'them @@unique' : 'it @unique'} first or change that relation`;
    }
    if (r.kind === '1:1' && r.from.model === model && r.from.fields.length && !unique(r.from.fields)) {
      return `The one-to-one relation \`${model}.${r.from.field}\` needs \`${keyText(r.from.fields)}\` to stay unique; make ${r.from.fields.length > 1 ? 'them @@unique' : 'it @unique'} first`;
    }
  }
  return null;
}

/**
 * Why the model's `@default(autoincrement())` fields would not fit `key`: SQLite allows them only as
 * the single-field primary key, MySQL only on an indexed column (the key's first field counts).
 */
function autoincrementProblem(loc: ModelLocation, key: readonly string[], provider: string | null): string | null {
  // Without a datasource Prisma applies the strictest rule, SQLite's.
  const strict = provider === 'sqlite' || provider === null;
  if (!strict && provider !== 'mysql') return null;
  const info = loc.info;
  for (const field of info.fields) {
    if (!field.default || !/^autoincrement\s*\(/.test(field.default)) continue;
    if (key.length === 1 && key[0] === field.name) continue;
    if (strict) return `\`${field.name}\` uses autoincrement(), which ${provider === null ? 'Prisma without a datasource' : 'SQLite'} only allows on a single-field primary key; remove that default first`;
    const leads = (fields: readonly string[]) => fields[0] === field.name;
    const indexed = leads(key) || field.isUnique || [...info.uniques, ...info.indexes].some((i) => leads(i.fields));
    if (!indexed) return `\`${field.name}\` uses autoincrement(), which MySQL only allows on an indexed column; make it @unique or remove that default first`;
  }
  return null;
}
