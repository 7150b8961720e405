import type { AttributeNode, BlockAttributeNode, BlockNode } from '../schema/ast';
import type { ModelInfo } from '../schema/model';
import type { TextEdit } from '../text/edits';
import type { FieldReference } from './references';
import { blockAttributeFieldList, removeListItemEdit, removeMemberEdit } from './shared';

export function blockAttributeMemberOf(block: BlockNode): (attribute: AttributeNode) => BlockAttributeNode | undefined {
  return (attribute) => block.members.find((m): m is BlockAttributeNode => m.kind === 'blockAttribute' && m.attribute === attribute);
}

/**
 * Takes fields out of `@@index` lists. A list that would become empty goes as a whole line, and so
 * does one that would become a duplicate of another index of the model (Prisma rejects the clashing
 * constraint name, and the index would be redundant anyway). A `@@unique` that loses a field goes as
 * a whole: the remaining fields alone would be a stricter constraint than the one written.
 */
export function dropFromBlockAttributes(path: string, text: string, refs: readonly FieldReference[], model: ModelInfo): TextEdit[] {
  const memberOf = blockAttributeMemberOf(model.block);
  const byAttribute = new Map<AttributeNode, FieldReference[]>();
  for (const r of refs) byAttribute.set(r.attribute, [...(byAttribute.get(r.attribute) ?? []), r]);
  const removedFields = new Set(refs.map((r) => (r.list.items[r.index] as { name: string }).name.split('.')[0]));
  const edits: TextEdit[] = [];
  const survivors = new Map<AttributeNode, string[]>();
  for (const m of model.block.members) {
    if (m.kind !== 'blockAttribute' || (m.attribute.name !== 'index' && m.attribute.name !== 'unique')) continue;
    const list = blockAttributeFieldList(m.attribute);
    if (list) survivors.set(m.attribute, list.items.flatMap((i) => (i.kind === 'call' && !removedFields.has(i.name.split('.')[0]) ? [i.name] : [])));
  }

  for (const [attribute, list] of byAttribute) {
    const items = list[0].list.items;
    const indexes = new Set(list.map((r) => r.index));
    const member = memberOf(attribute);
    const remaining = survivors.get(attribute) ?? [];
    const duplicate = remaining.length > 0 && isDuplicate(attribute, remaining, survivors);
    if (indexes.size >= items.length || duplicate || attribute.name === 'unique') {
      if (member) edits.push(removeMemberEdit(path, text, member));
      survivors.delete(attribute);
      continue;
    }
    if (indexes.size === 1) {
      edits.push(removeListItemEdit(path, list[0].list, list[0].index));
      continue;
    }
    // Several items: rewrite the list from the survivors, keeping each survivor's own text.
    const kept = items.filter((_, i) => !indexes.has(i)).map((item) => text.slice(item.range.start, item.range.end));
    edits.push({ path, start: list[0].list.value.range.start, end: list[0].list.value.range.end, text: `[${kept.join(', ')}]` });
  }
  return edits;
}

/** The `@@unique(…)` constraints that `dropFromBlockAttributes` removes for these references, as written. */
export function droppedUniques(text: string, refs: readonly FieldReference[]): string[] {
  const uniques = new Set(refs.filter((r) => r.attribute.name === 'unique').map((r) => r.attribute));
  return [...uniques].map((a) => text.slice(a.range.start, a.range.end));
}

function sameFields(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function isDuplicate(attribute: AttributeNode, remaining: string[], survivors: Map<AttributeNode, string[]>): boolean {
  for (const [other, fields] of survivors) {
    if (other === attribute || other.name !== attribute.name) continue;
    if (sameFields(fields, remaining)) return true;
  }
  return false;
}
