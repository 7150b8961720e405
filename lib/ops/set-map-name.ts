import { findArg } from '../schema/attributes';
import type { ParsedSchema } from '../schema/document';
import type { TextEdit } from '../text/edits';
import { blockAttributeInsertion, findField, findModel, insertLines, memberIndent, quote, refuse, removeMemberEdit, type ModelLocation, type OpResult } from './shared';
import { addFieldAttribute, fieldAttribute, removeFieldAttribute } from './toggle-unique';

export interface SetMapNameArgs {
  model: string;
  /** With a field: its column name (`@map`); without: the model's table name (`@@map`). */
  field?: string;
  /** The database name; empty removes the mapping. */
  name: string;
}

/** Sets, replaces or removes `@map("…")` on a field or `@@map("…")` on a model. */
export function setMapName(schema: ParsedSchema, args: SetMapNameArgs): OpResult {
  const loc = findModel(schema, args.model);
  if (!loc) return refuse(`There is no model called \`${args.model}\``);
  const name = args.name.trim();
  if (/[\r\n]/.test(name)) return refuse('A database name cannot span several lines');
  return args.field ? mapField(schema, loc, args.field, name) : mapModel(schema, loc, name);
}

function mapField(schema: ParsedSchema, loc: ModelLocation, fieldName: string, name: string): OpResult {
  const field = findField(loc, fieldName);
  if (!field) return refuse(`\`${loc.info.name}\` has no field called \`${fieldName}\``);
  if (field.kind === 'object') return refuse(`\`${field.name}\` is a relation field, which has no column; map its foreign key instead`);
  if (field.isId && schema.model.datasource?.provider === 'mongodb') return refuse('On MongoDB the id field must stay mapped to "_id"');
  const path = loc.file.path;
  const text = loc.file.text;
  const existing = fieldAttribute(field, 'map');
  const label = `${loc.info.name}.${field.name}`;
  const what = loc.info.kind === 'type' ? 'key' : 'column';
  const effective = name || field.name;
  const clash = loc.info.fields.find((f) => f !== field && f.kind !== 'object' && (f.dbName ?? f.name) === effective);
  if (clash) return refuse(`\`${clash.name}\` already uses the ${what} name "${effective}"; choose another name`);

  // `@map("email")` on `email` says nothing: remove it instead of writing it.
  if (!name || name === field.name) {
    if (!existing) return refuse(name ? `The ${what} is already called "${name}"` : `\`${label}\` has no @map to remove`);
    return { ok: true, edits: [removeFieldAttribute(path, text, field.node, existing)], message: `${label} is stored under its own name again (@map removed)` };
  }
  if (existing) {
    const arg = findArg(existing, 'name', 0);
    if (!arg) return refuse(`The @map of \`${label}\` has no name to replace; fix it in the text`);
    if (field.dbName === name) return refuse(`The ${what} is already called "${name}"`);
    return { ok: true, edits: [{ path, start: arg.value.range.start, end: arg.value.range.end, text: quote(name) }], message: `${label} is now stored in the ${what} "${name}"` };
  }
  return {
    ok: true,
    edits: [addFieldAttribute(path, text, loc.block, field.node, 'map', `@map(${quote(name)})`)],
    message: `${label} is now stored in the ${what} "${name}" (@map)`,
  };
}

function mapModel(schema: ParsedSchema, loc: ModelLocation, name: string): OpResult {
  const info = loc.info;
  if (info.kind === 'type') return refuse('Composite types have no table of their own, so they cannot be mapped; map the field that uses the type instead');
  const path = loc.file.path;
  const text = loc.file.text;
  const member = loc.block.members.find((m) => m.kind === 'blockAttribute' && m.attribute.name === 'map');
  const what = info.kind === 'view' ? 'view' : 'table';
  const effective = name || info.name;
  const clash = [...schema.model.models, ...schema.model.views].find((m) => m !== info && (m.dbName ?? m.name) === effective && m.schema === info.schema);
  if (clash) return refuse(`\`${clash.name}\` already uses the database name "${effective}"; choose another name`);

  if (!name || name === info.name) {
    if (!member) return refuse(name ? `The ${what} is already called "${name}"` : `\`${info.name}\` has no @@map to remove`);
    return { ok: true, edits: [removeMemberEdit(path, text, member)], message: `${info.name} is stored under its own name again (@@map removed)` };
  }
  if (member && member.kind === 'blockAttribute') {
    const arg = findArg(member.attribute, 'name', 0);
    if (!arg) return refuse(`The @@map of \`${info.name}\` has no name to replace; fix it in the text`);
    if (info.dbName === name) return refuse(`The ${what} is already called "${name}"`);
    return { ok: true, edits: [{ path, start: arg.value.range.start, end: arg.value.range.end, text: quote(name) }], message: `${info.name} is now stored in the ${what} "${name}"` };
  }
  const { offset, blankLineBefore } = blockAttributeInsertion(text, loc.block);
  const line = `${memberIndent(text, loc.block)}@@map(${quote(name)})`;
  const edits: TextEdit[] = [insertLines(path, text, loc.block, offset, blankLineBefore ? ['', line] : [line])];
  return { ok: true, edits, message: `${info.name} is now stored in the ${what} "${name}" (@@map)` };
}
