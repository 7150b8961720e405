import type { AttributeNode, BlockNode, FieldNode } from '../schema/ast';
import type { ParsedSchema } from '../schema/document';
import { applyEditsToText, type TextEdit } from '../text/edits';
import { sharedColumns } from './columns';
import { parseSchemaFile } from '../schema/parse';
import { freeName } from './relation-naming';
import { blockAttributeFieldList, checkTypeName, eol, fieldsOf, findModel, mergeRemovals, quote, refuse, removeMemberEdit, type OpResult } from './shared';

export interface DuplicateModelArgs {
  model: string;
  newName: string;
}

/** Removes argument `index` of an attribute with its comma; the parentheses go when it is the only one. */
export function removeArgEdit(path: string, attribute: AttributeNode, index: number): TextEdit {
  const args = attribute.args!;
  if (args.length === 1) return { path, start: attribute.argsRange!.start, end: attribute.argsRange!.end, text: '' };
  if (index > 0) return { path, start: args[index - 1].range.end, end: args[index].range.end, text: '' };
  return { path, start: args[0].range.start, end: args[1].range.start, text: '' };
}

/** Explicit `map:` names in the schema's model blocks, which a copy's renamed constraint names must avoid. */
export function explicitConstraintNames(schema: ParsedSchema): Set<string> {
  const names = new Set<string>();
  const collect = (attribute: AttributeNode) => {
    for (const a of attribute.args ?? []) if (a.name === 'map' && a.value.kind === 'string') names.add(a.value.value);
  };
  for (const file of schema.files) {
    for (const block of file.blocks) {
      for (const m of block.members) {
        if (m.kind === 'blockAttribute') collect(m.attribute);
        if (m.kind === 'field') m.attributes.forEach(collect);
      }
    }
  }
  return names;
}

/** Which default constraint name an attribute with `map:` falls back to, as a key (`key:a,b`); null for others. */
function defaultNameKey(attribute: AttributeNode, field: string | null): string | null {
  const fields = field !== null ? [field] : (blockAttributeFieldList(attribute)?.items ?? []).map((i) => (i.kind === 'call' ? i.name : '?'));
  if (attribute.name === 'id') return 'pkey';
  if (attribute.name === 'unique') return `key:${fields.join(',')}`;
  if (attribute.name === 'index') return `idx:${fields.join(',')}`;
  if (attribute.name === 'fulltext') return `fulltext:${fields.join(',')}`;
  return null;
}

/**
 * What a copy of a model must leave out so it can stand next to the original (or in another schema):
 * relation fields (`isRelation`), whose other side does not know the copy, and, with `dropNames`, the
 * table name (`@@map`) and explicit constraint names (`map:`), which would clash. Prisma derives the
 * copy's constraint names from its own table name instead; where two constraints of the copy would then
 * get the same default name (they differ only by `map:`), the name gets a `_copy` suffix instead.
 */
export function copyCleanupEdits(
  path: string,
  text: string,
  block: BlockNode,
  isRelation: (field: FieldNode) => boolean,
  /** False to keep `@@map` and `map:` (a pasted block whose names clash with nothing). */
  dropNames: boolean,
  /** Constraint names in use, for `_copy` names; names given out are added. */
  takenNames: Set<string>,
): { edits: TextEdit[]; relationFields: string[]; tableName: string | null; constraintNames: number } {
  const edits: TextEdit[] = [];
  const relationFields: string[] = [];
  let tableName: string | null = null;
  let constraintNames = 0;
  const constraints: Array<{ attribute: AttributeNode; key: string | null }> = [];
  for (const m of block.members) {
    if (m.kind === 'field') {
      if (isRelation(m)) {
        edits.push(removeMemberEdit(path, text, m));
        relationFields.push(m.name);
      } else {
        for (const a of m.attributes) if (a.name !== 'map') constraints.push({ attribute: a, key: defaultNameKey(a, m.name) });
      }
    } else if (m.kind === 'blockAttribute') {
      if (m.attribute.name === 'map' && dropNames) {
        edits.push(removeMemberEdit(path, text, m));
        tableName = text.slice(m.attribute.range.start, m.attribute.range.end);
      } else if (m.attribute.name !== 'schema' && m.attribute.name !== 'map') {
        constraints.push({ attribute: m.attribute, key: defaultNameKey(m.attribute, null) });
      }
    }
  }
  if (dropNames) {
    const counts = new Map<string, number>();
    for (const c of constraints) if (c.key) counts.set(c.key, (counts.get(c.key) ?? 0) + 1);
    for (const { attribute, key } of constraints) {
      (attribute.args ?? []).forEach((a, i) => {
        if (a.name !== 'map') return;
        constraintNames++;
        if (!key || counts.get(key)! < 2 || a.value.kind !== 'string') {
          edits.push(removeArgEdit(path, attribute, i));
          return;
        }
        const name = freeName(`${a.value.value}_copy`, takenNames);
        takenNames.add(name);
        edits.push({ path, start: a.value.range.start, end: a.value.range.end, text: quote(name) });
      });
    }
  }
  return { edits: mergeRemovals(edits), relationFields, tableName, constraintNames };
}

/**
 * Re-lines up the fields of a block's text the way `prisma format` does (names, types and first
 * attributes in columns), for a copy that lost its widest fields. Multi-line fields stay as written.
 */
export function realignFields(blockText: string): string {
  const ast = parseSchemaFile('block.prisma', blockText);
  const block = ast.blocks[0];
  if (!block) return blockText;
  const fields = fieldsOf(block).filter((f) => f.type && !/\n/.test(blockText.slice(f.range.start, f.range.end)));
  if (!fields.length) return blockText;
  const nameWidth = Math.max(...fields.map((f) => f.name.length));
  const typeWidth = Math.max(...fields.map((f) => f.type!.range.end - f.type!.range.start));
  const edits = fields.map((f) => {
    const type = blockText.slice(f.type!.range.start, f.type!.range.end);
    const attrs = f.attributes.length ? blockText.slice(f.attributes[0].range.start, f.range.end) : '';
    const cell = f.name.padEnd(nameWidth) + ' ' + (attrs ? `${type.padEnd(typeWidth)} ${attrs}` : type);
    return { start: f.nameRange.start, end: f.range.end, text: cell };
  });
  return applyEditsToText(blockText, edits);
}

/** The text of `[start, end)` with the edits that fall inside it applied. */
export function sliceWithEdits(text: string, start: number, end: number, edits: readonly TextEdit[]): string {
  const inside = edits.filter((e) => e.start >= start && e.end <= end).map((e) => ({ start: e.start - start, end: e.end - start, text: e.text }));
  return applyEditsToText(text.slice(start, end), inside);
}

/**
 * Copies a model block (docs, comments, attributes and all) under a new name, right after the
 * original. The copy keeps its scalar fields, foreign keys included, but not the relation fields
 * (the related models would need new back-relations), `@@map` (the table name would clash) or the
 * `map:` constraint names (they would clash too; Prisma derives new ones from the new table name).
 * `@@schema` and field `@map`s stay.
 */
export function duplicateModel(schema: ParsedSchema, args: DuplicateModelArgs): OpResult {
  const loc = findModel(schema, args.model);
  if (!loc || loc.info.kind !== 'model') {
    const kind = loc ? (loc.info.kind === 'view' ? 'a view' : 'a composite type') : schema.model.enums.some((e) => e.name === args.model) ? 'an enum' : null;
    return refuse(kind ? `\`${args.model}\` is ${kind}; only models can be duplicated` : `There is no model called \`${args.model}\``);
  }
  const newName = args.newName.trim();
  const problem = checkTypeName(schema, newName);
  if (problem) return refuse(problem);
  const tableOwner = [...schema.model.models, ...schema.model.views].find((m) => m.dbName === newName && m.schema === loc.info.schema);
  if (tableOwner) return refuse(`\`${tableOwner.name}\` already uses the table name "${newName}" (@@map)`);

  const { path, text } = loc.file;
  const block = loc.block;
  const objectFields = new Set(loc.info.fields.filter((f) => f.kind === 'object').map((f) => f.node));
  const cleanup = copyCleanupEdits(path, text, block, (f) => objectFields.has(f), true, explicitConstraintNames(schema));
  const edits: TextEdit[] = [{ path, start: block.nameRange.start, end: block.nameRange.end, text: newName }, ...cleanup.edits];
  let copy = sliceWithEdits(text, block.line.start, block.line.end, edits);
  if (cleanup.relationFields.length && sharedColumns(text, block).size) copy = realignFields(copy);

  const nl = eol(text);
  const at = block.line.end;
  const endsLine = text[at - 1] === '\n';
  const rest = text.slice(at);
  const blankAfter = rest.length === 0 || /^[ \t]*\r?\n/.test(rest);
  const inserted = endsLine ? nl + copy + (blankAfter ? '' : nl) : nl + nl + copy;

  let message = `Duplicated ${args.model} as ${newName}`;
  const notes: string[] = [];
  if (cleanup.relationFields.length) notes.push(`without its relation field${cleanup.relationFields.length > 1 ? 's' : ''} ${cleanup.relationFields.join(', ')}`);
  if (cleanup.tableName) notes.push(`without ${cleanup.tableName}, so it gets its own table`);
  if (cleanup.constraintNames) notes.push('with new constraint names (map:), which would clash otherwise');
  if (notes.length) message += ` (${notes.join('; ')})`;
  return { ok: true, edits: [{ path, start: at, end: at, text: inserted }], message };
}
