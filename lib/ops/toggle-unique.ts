import type { AttributeNode, BlockNode, FieldNode } from '../schema/ast';
import type { ParsedSchema } from '../schema/document';
import type { FieldInfo, ModelInfo } from '../schema/model';
import type { TextEdit } from '../text/edits';
import { sharedColumns } from './columns';
import { fieldsOf, locateField, refuse, removeAttributeEdit, type OpResult } from './shared';

export interface ToggleUniqueArgs {
  model: string;
  field: string;
}

/**
 * Adds `@unique` to a field, or removes it. Removal is refused while the model needs it as its only
 * unique criteria, while a relation references the field, or while it makes a one-to-one relation's
 * foreign key unique.
 */
export function toggleUnique(schema: ParsedSchema, args: ToggleUniqueArgs): OpResult {
  const located = locateField(schema, args.model, args.field);
  if ('reason' in located) return refuse(located.reason);
  const { loc, field } = located;
  if (loc.info.kind === 'type') return refuse(`Fields of composite types cannot be @unique; add @@unique on the model that uses \`${args.model}\` instead`);
  if (field.kind === 'object') return refuse(`\`${field.name}\` is a relation field; make its foreign key unique instead`);
  if (field.kind === 'composite') return refuse(`\`${field.name}\` is a composite type; add @@unique on one of its fields instead`);
  const path = loc.file.path;
  const text = loc.file.text;
  const existing = field.node.attributes.find((a) => a.name === 'unique');

  if (!existing) {
    if (field.list) return refuse(`\`${field.name}\` is a list; a unique list compares whole arrays, which Prisma does not allow with @unique`);
    if (field.isId) return refuse(`\`${field.name}\` is the primary key, which is already unique`);
    if (loc.info.uniques.some((u) => u.fields.length === 1 && u.fields[0] === field.name)) {
      return refuse(`\`${field.name}\` is already unique through @@unique([${field.name}]); remove that first if you want @unique on the field`);
    }
    return { ok: true, edits: [addFieldAttribute(path, text, loc.block, field.node, 'unique', '@unique')], message: `${args.model}.${args.field} is now unique` };
  }

  const othersUnique = uniqueWithout(loc.info, field.name);
  if (!othersUnique.has(field.name)) {
    for (const r of schema.model.relations) {
      if (r.kind === 'm:n') continue;
      if (r.to.model === args.model && r.to.fields.length === 1 && r.to.fields[0] === field.name) {
        return refuse(`The relation \`${r.from.model}.${r.from.field}\` references \`${field.name}\`, which must stay unique; change that relation first`);
      }
      if (r.kind === '1:1' && r.from.model === args.model && r.from.fields.length === 1 && r.from.fields[0] === field.name) {
        return refuse(`\`${field.name}\` is the foreign key of the one-to-one relation \`${r.from.field}\`, which must be unique; make the relation one-to-many first`);
      }
    }
  }
  if (!keepsCriteriaWithout(loc.info, field.name)) {
    return refuse(`\`${field.name}\` is the only unique criteria of \`${args.model}\`; add an @id or another @unique first`);
  }
  return { ok: true, edits: [removeFieldAttribute(path, text, field.node, existing)], message: `${args.model}.${args.field} is no longer unique` };
}

/** The fields that stay unique on their own once `field` loses `@unique`: @id, other @unique, single-field @@unique/@@id. */
function uniqueWithout(model: ModelInfo, field: string): Set<string> {
  const out = new Set<string>();
  if (model.primaryKey?.length === 1) out.add(model.primaryKey[0]);
  for (const f of model.fields) if (f.isUnique && f.name !== field) out.add(f.name);
  for (const u of model.uniques) if (u.fields.length === 1) out.add(u.fields[0]);
  return out;
}

/** Whether the model keeps a unique criteria of required fields once `field` loses `@unique` (true when it had none). */
function keepsCriteriaWithout(model: ModelInfo, field: string): boolean {
  if (model.kind !== 'model' || model.ignored) return true;
  const required = (name: string) => {
    const f = model.fields.find((x) => x.name === name);
    return !!f && !f.optional;
  };
  const lists = (skip: string | null) => {
    const out: string[][] = [];
    if (model.primaryKey) out.push(model.primaryKey);
    for (const f of model.fields) if (f.isUnique && f.name !== skip) out.push([f.name]);
    for (const u of model.uniques) out.push(u.fields);
    return out.filter((l) => l.length > 0 && l.every(required));
  };
  return lists(null).length === 0 || lists(field).length > 0;
}

// ---------------------------------------------------------------- field attributes (shared by the attribute ops)

/**
 * Where a new attribute goes among those a field already has: the order `prisma db pull` and most
 * hand-written schemas use. Existing attributes are never reordered; a new one goes before the first
 * attribute that comes later in this order, else at the end.
 */
const ATTRIBUTE_ORDER = ['id', 'unique', 'default', 'updatedAt', 'map', '<native>', 'relation', 'ignore'];

function attributeRank(name: string): number {
  const i = ATTRIBUTE_ORDER.indexOf(name.includes('.') ? '<native>' : name);
  return i < 0 ? ATTRIBUTE_ORDER.length : i;
}

/**
 * Adds an attribute (`attribute`, e.g. `@unique`, whose name is `name`) to a field. With no attribute
 * yet, it starts in the column where the block's attributes start (as `prisma format` aligns them), or
 * one space after the type.
 */
export function addFieldAttribute(path: string, text: string, block: BlockNode, field: FieldNode, name: string, attribute: string): TextEdit {
  const attrs = field.attributes;
  const rank = attributeRank(name);
  const before = attrs.find((a) => attributeRank(a.name) > rank);
  if (before) return { path, start: before.range.start, end: before.range.start, text: `${attribute} ` };
  if (attrs.length) {
    const last = attrs[attrs.length - 1].range.end;
    return { path, start: last, end: last, text: ` ${attribute}` };
  }
  const at = field.type!.range.end;
  const lineStart = text.lastIndexOf('\n', field.nameRange.start - 1) + 1;
  const column = attributeColumn(text, block);
  const pad = column !== null && at - lineStart < column ? column - (at - lineStart) : 1;
  return { path, start: at, end: at, text: ' '.repeat(pad) + attribute };
}

/** The column where the block's fields start their attributes, when `prisma format` lined them up. */
function attributeColumn(text: string, block: BlockNode): number | null {
  const shared = sharedColumns(text, block);
  const counts = new Map<number, number>();
  for (const f of fieldsOf(block)) {
    const first = f.attributes[0];
    if (!first || !f.type) continue;
    const column = first.range.start - (text.lastIndexOf('\n', f.nameRange.start - 1) + 1);
    if (shared.has(column)) counts.set(column, (counts.get(column) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  return best ? best[0] : null;
}

/**
 * Removes one of a field's attributes. When it is the first of several, the next one moves into its
 * place (and column); otherwise it goes with the spaces before it.
 */
export function removeFieldAttribute(path: string, text: string, field: FieldNode, attribute: AttributeNode): TextEdit {
  const i = field.attributes.indexOf(attribute);
  if (i === 0 && field.attributes.length > 1) return { path, start: attribute.range.start, end: field.attributes[1].range.start, text: '' };
  return removeAttributeEdit(path, text, attribute);
}

/** The field's attribute called `name`, if any. */
export function fieldAttribute(field: FieldInfo, name: string): AttributeNode | undefined {
  return field.node.attributes.find((a) => a.name === name);
}
