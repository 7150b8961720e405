import type { AttributeNode, FieldNode, Range } from '../schema/ast';
import type { ParsedSchema } from '../schema/document';
import { blockAttributeFieldList, fieldsOf, findModel, modelBlocks, relationFieldList, type FieldList } from './shared';

export type FieldReferenceKind = 'blockAttribute' | 'relationFields' | 'relationReferences';

/** A place in the schema that names a field of a model by its name. */
export interface FieldReference {
  kind: FieldReferenceKind;
  path: string;
  /** The range of the name inside the list item (`a` in `a(sort: Desc)`). */
  nameRange: Range;
  /** The attribute holding the list: `@@index(…)` or `@relation(…)`. */
  attribute: AttributeNode;
  list: FieldList;
  index: number;
  /** The relation field holding `@relation`, for relation references. */
  relationField: FieldNode | null;
  /** The model holding the attribute. */
  model: string;
}

/** Every reference to `model.field` by name: block attributes, `fields:` and `references:` lists. */
export function fieldReferences(schema: ParsedSchema, model: string, field: string): FieldReference[] {
  const refs: FieldReference[] = [];
  const loc = findModel(schema, model);
  if (!loc) return refs;
  for (const m of loc.block.members) {
    if (m.kind !== 'blockAttribute') continue;
    const list = blockAttributeFieldList(m.attribute);
    if (!list) continue;
    list.items.forEach((item, index) => {
      // `address.street` (a composite type's field, MongoDB) refers to `address`.
      if (item.kind === 'call' && (item.name === field || item.name.startsWith(`${field}.`))) {
        const nameRange = { start: item.nameRange.start, end: item.nameRange.start + field.length };
        refs.push({ kind: 'blockAttribute', path: loc.file.path, nameRange, attribute: m.attribute, list, index, relationField: null, model });
      }
    });
  }
  for (const { file, block } of modelBlocks(schema)) {
    for (const f of fieldsOf(block)) {
      const rel = f.attributes.find((a) => a.name === 'relation');
      if (!rel) continue;
      const lists: Array<['fields' | 'references', FieldReferenceKind]> = [];
      if (block.name === model) lists.push(['fields', 'relationFields']);
      if (f.type?.name === model) lists.push(['references', 'relationReferences']);
      for (const [argName, kind] of lists) {
        const list = relationFieldList(rel, argName);
        list?.items.forEach((item, index) => {
          if (item.kind === 'call' && item.name === field) {
            refs.push({ kind, path: file.path, nameRange: item.nameRange, attribute: rel, list, index, relationField: f, model: block.name });
          }
        });
      }
    }
  }
  return refs;
}
