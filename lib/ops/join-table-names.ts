import type { ParsedSchema } from '../schema/document';
import type { TextEdit } from '../text/edits';
import { findAttribute } from '../schema/attributes';
import { findField, findModel, quote } from './shared';

/**
 * An unnamed implicit many-to-many relation takes its name, and its join table `_AToB`, from the
 * two model names. Renaming one of the models would silently rename (drop and recreate) the join
 * table, so to keep the table we write today's name into `@relation("AToB")` on both sides.
 */
export function pinImplicitJoinTables(schema: ParsedSchema, model: string): { edits: TextEdit[]; tables: string[] } {
  const edits: TextEdit[] = [];
  const tables: string[] = [];
  for (const rel of schema.model.relations) {
    if (rel.kind !== 'm:n' || rel.name !== null || rel.self || !rel.to.field) continue;
    if (rel.from.model !== model && rel.to.model !== model) continue;
    const [a, b] = [rel.from.model, rel.to.model].sort();
    const name = `${a}To${b}`;
    const sides = [
      { model: rel.from.model, field: rel.from.field },
      { model: rel.to.model, field: rel.to.field },
    ];
    const sideEdits = sides.map((s) => nameRelationEdit(schema, s.model, s.field, name));
    if (sideEdits.some((e) => e === null)) continue;
    edits.push(...(sideEdits as TextEdit[]));
    tables.push(`_${name}`);
  }
  return { edits, tables };
}

function nameRelationEdit(schema: ParsedSchema, modelName: string, fieldName: string, name: string): TextEdit | null {
  const loc = findModel(schema, modelName);
  const field = loc && findField(loc, fieldName);
  if (!loc || !field) return null;
  const node = field.node;
  const relation = findAttribute(node.attributes, 'relation');
  if (!relation) {
    const end = node.attributes.length ? node.attributes[node.attributes.length - 1].range.end : node.type!.range.end;
    return { path: loc.file.path, start: end, end, text: ` @relation(${quote(name)})` };
  }
  if (!relation.argsRange) return { path: loc.file.path, start: relation.range.end, end: relation.range.end, text: `(${quote(name)})` };
  const open = relation.argsRange.start + 1;
  const empty = !relation.args?.length;
  return { path: loc.file.path, start: open, end: open, text: empty ? quote(name) : `${quote(name)}, ` };
}
