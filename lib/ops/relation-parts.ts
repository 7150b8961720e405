import type { ParsedSchema } from '../schema/document';
import type { FieldInfo, ModelInfo } from '../schema/model';
import type { TextEdit } from '../text/edits';
import { blockAttributeInsertion, fieldInsertionOffset, insertLines, memberIndent, type ModelLocation } from './shared';

/**
 * The fields another model's foreign key should reference: the primary key, else the first unique
 * criteria whose fields are all required scalars. Null when the model has none.
 */
export function referencedKey(model: ModelInfo): string[] | null {
  const scalar = (name: string) => {
    const f = model.fields.find((x) => x.name === name);
    return !!f && f.kind !== 'object' && !f.list && !f.optional;
  };
  if (model.primaryKey?.length && model.primaryKey.every(scalar)) return model.primaryKey;
  const single = model.fields.find((f) => f.isUnique && scalar(f.name));
  if (single) return [single.name];
  const compound = model.uniques.find((u) => u.fields.length > 0 && u.fields.every(scalar));
  return compound ? compound.fields : null;
}

/** `@db.Uuid` (as written) on a field, so a foreign key gets the same column type as its target. */
export function nativeTypeAttribute(schema: ParsedSchema, loc: ModelLocation, field: FieldInfo): string | null {
  const ds = schema.model.datasource?.name;
  if (!ds) return null;
  const attribute = field.node.attributes.find((a) => a.name.startsWith(`${ds}.`));
  return attribute ? loc.file.text.slice(attribute.range.start, attribute.range.end) : null;
}

/** Relations between two models (in either direction), for deciding whether a new one needs a name. */
export function relationsBetween(schema: ParsedSchema, a: string, b: string) {
  return schema.model.relations.filter((r) => (r.from.model === a && r.to.model === b) || (r.from.model === b && r.to.model === a));
}

/** True when a `@@index`, `@@id`, `@@unique` or `@unique` already starts with these fields (in order). */
export function coveredByIndex(model: ModelInfo, fields: readonly string[]): boolean {
  const lists: string[][] = [...model.indexes.map((i) => i.fields), ...model.uniques.map((u) => u.fields)];
  if (model.primaryKey) lists.push(model.primaryKey);
  for (const f of model.fields) if (f.isUnique || f.isId) lists.push([f.name]);
  return lists.some((l) => fields.every((f, i) => l[i] === f));
}

/**
 * Inserts new field lines after the block's last field and block-attribute lines after its last block
 * attribute, as one edit when both land at the same place (so their order is certain).
 */
export function insertIntoBlock(loc: ModelLocation, fieldLines: readonly string[], attributeLines: readonly string[]): TextEdit[] {
  const { path, text } = loc.file;
  const block = loc.block;
  const fieldOffset = fieldInsertionOffset(text, block);
  if (!attributeLines.length) return fieldLines.length ? [insertLines(path, text, block, fieldOffset, [...fieldLines])] : [];
  const indent = memberIndent(text, block);
  const attribute = blockAttributeInsertion(text, block);
  const attrs = attributeLines.map((l) => indent + l);
  const separated = attribute.blankLineBefore ? ['', ...attrs] : attrs;
  if (attribute.offset === fieldOffset) return [insertLines(path, text, block, fieldOffset, [...fieldLines, ...separated])];
  const edits: TextEdit[] = [];
  if (fieldLines.length) edits.push(insertLines(path, text, block, fieldOffset, [...fieldLines]));
  edits.push(insertLines(path, text, block, attribute.offset, separated));
  return edits;
}

