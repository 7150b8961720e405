import type { AttributeNode } from '../schema/ast';
import type { ParsedSchema } from '../schema/document';
import { blockAttributeFieldList, findModel, type ModelLocation } from './shared';
import { readFieldAttributeOptions, readIndexFieldItems, type IndexFieldSpec } from './index-spec';

/** One primary key, unique constraint or index of a model, for the index editor. */
export interface ListedIndex {
  kind: 'id' | 'unique' | 'index';
  /** `field` for `@id`/`@unique` on a field, `block` for `@@id`/`@@unique`/`@@index`. */
  level: 'field' | 'block';
  /**
   * The position among the model's `@@index`/`@@unique` lines: the `index` argument of updateIndex
   * and removeIndex. Null for primary keys and field-level `@unique`, which those ops do not edit.
   */
  position: number | null;
  fields: IndexFieldSpec[];
  /** `type: Gin` etc. (`@@index` only). */
  type: string | null;
  /** The constraint name given with `map:`. */
  map: string | null;
  /** `name:` of a compound `@@id`/`@@unique` (its name in Prisma Client). */
  name: string | null;
  /** Has `where:` (a partial index, preview `partialIndexes`). */
  partial: boolean;
  /** The attribute as written, and where: from `@`/`@@` to its closing parenthesis. */
  text: string;
  range: { path: string; start: number; end: number };
}

function arg(attribute: AttributeNode, name: string) {
  return (attribute.args ?? []).find((a) => a.name === name)?.value;
}

function str(attribute: AttributeNode, name: string): string | null {
  const v = arg(attribute, name);
  return v?.kind === 'string' ? v.value : null;
}

/** The model's `@id`/`@@id`, `@unique`/`@@unique` and `@@index` attributes, in source order. Empty for an unknown model. */
export function listIndexes(schema: ParsedSchema, model: string): ListedIndex[] {
  const loc = findModel(schema, model);
  return loc ? listIndexesAt(loc) : [];
}

/** listIndexes for a model already located (no lookup by name). */
export function listIndexesAt(loc: Pick<ModelLocation, 'file' | 'block'>): ListedIndex[] {
  const { path, text } = loc.file;
  const out: ListedIndex[] = [];
  let position = 0;
  const entry = (attribute: AttributeNode, rest: Omit<ListedIndex, 'text' | 'range' | 'map' | 'partial'>): ListedIndex => ({
    ...rest,
    map: str(attribute, 'map'),
    partial: arg(attribute, 'where') !== undefined,
    text: text.slice(attribute.range.start, attribute.range.end),
    range: { path, start: attribute.range.start, end: attribute.range.end },
  });
  for (const m of loc.block.members) {
    if (m.kind === 'field') {
      for (const a of m.attributes) {
        if (a.name !== 'id' && a.name !== 'unique') continue;
        out.push(entry(a, { kind: a.name, level: 'field', position: null, fields: [readFieldAttributeOptions(text, m.name, a)], type: null, name: null }));
      }
    } else if (m.kind === 'blockAttribute') {
      const a = m.attribute;
      if (a.name !== 'id' && a.name !== 'unique' && a.name !== 'index') continue;
      const fields = readIndexFieldItems(text, blockAttributeFieldList(a)?.items ?? []);
      const type = arg(a, 'type');
      out.push(
        entry(a, {
          kind: a.name,
          level: 'block',
          position: a.name === 'id' ? null : position++,
          fields,
          type: type?.kind === 'call' ? type.name : null,
          name: str(a, 'name'),
        }),
      );
    }
  }
  return out;
}
