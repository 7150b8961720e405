import type { ParsedSchema } from '../schema/document';
import { relationOfField } from '../schema/relations';
import type { FieldInfo } from '../schema/model';
import type { TextEdit } from '../text/edits';
import { inCompoundId } from './field-guards';
import { dropFromBlockAttributes, droppedUniques } from './list-cleanup';
import { fieldReferences } from './references';
import { findField, findModel, mergeRemovals, refuse, removeMemberEdit, type OpResult } from './shared';
import { keepsUniqueCriteria } from './unique-criteria';

export interface DeleteRelationArgs {
  model: string;
  /** Either side's relation field. */
  field: string;
  /** Keep the foreign-key scalars as plain columns (default: remove them and their indexes). */
  keepForeignKeys?: boolean;
}

/**
 * Deletes a relation: both relation fields, and unless kept, the foreign-key scalars with the
 * `@@index` entries that name them. A scalar that is part of the primary key or of a wider
 * `@@unique`, or that another relation also uses, stays.
 */
export function deleteRelation(schema: ParsedSchema, args: DeleteRelationArgs): OpResult {
  const loc = findModel(schema, args.model);
  if (!loc) return refuse(`There is no model called \`${args.model}\``);
  const field = findField(loc, args.field);
  if (!field || field.kind !== 'object') return refuse(`\`${args.model}.${args.field}\` is not a relation field`);
  const relation = relationOfField(schema.model.relations, args.model, args.field);
  const edits: TextEdit[] = [];
  const removedFields: string[] = [];
  const sides = relation
    ? [{ model: relation.from.model, field: relation.from.field }, ...(relation.to.field ? [{ model: relation.to.model, field: relation.to.field }] : [])]
    : [{ model: args.model, field: args.field }];
  for (const side of sides) {
    const sideLoc = findModel(schema, side.model);
    const sideField = sideLoc && findField(sideLoc, side.field);
    if (!sideLoc || !sideField) continue;
    if (edits.some((e) => e.path === sideLoc.file.path && e.start === sideField.node.line.start)) continue; // a self-relation's one field
    edits.push(removeMemberEdit(sideLoc.file.path, sideLoc.file.text, sideField.node));
    removedFields.push(`${side.model}.${side.field}`);
  }

  const kept: string[] = [];
  const removedKeys: string[] = [];
  let dropped: string[] = [];
  if (relation && relation.kind !== 'm:n' && !args.keepForeignKeys) {
    const holder = findModel(schema, relation.from.model)!;
    const holderField = findField(holder, relation.from.field)!;
    const fks = relation.from.fields.map((n) => findField(holder, n)).filter((f): f is FieldInfo => !!f);
    const removable = fks.filter((fk) => {
      const usedElsewhere = fieldReferences(schema, holder.info.name, fk.name).some(
        (r) => (r.kind === 'relationFields' && r.relationField !== holderField.node) || r.kind === 'relationReferences',
      );
      // Dropping a @@unique that also covers other fields would silently loosen a data rule: keep the key.
      const inWiderUnique = holder.info.uniques.some((u) => u.fields.includes(fk.name) && u.fields.some((f) => !relation.from.fields.includes(f)));
      const keep = fk.isId || inCompoundId(holder, fk.name) || usedElsewhere || inWiderUnique;
      if (keep) kept.push(fk.name);
      return !keep;
    });
    if (removable.length && keepsUniqueCriteria(holder.info, { removed: new Set(removable.map((f) => f.name)) })) {
      const refs = removable.flatMap((fk) => fieldReferences(schema, holder.info.name, fk.name).filter((r) => r.kind === 'blockAttribute'));
      for (const fk of removable) edits.push(removeMemberEdit(holder.file.path, holder.file.text, fk.node));
      edits.push(...dropFromBlockAttributes(holder.file.path, holder.file.text, refs, holder.info));
      dropped = droppedUniques(holder.file.text, refs);
      removedKeys.push(...removable.map((f) => `${holder.info.name}.${f.name}`));
    } else if (removable.length) kept.push(...removable.map((f) => f.name));
  }

  let message = `Deleted the relation ${removedFields.join(' ↔ ')}`;
  if (removedKeys.length) message += `; removed the foreign key ${removedKeys.join(', ')}`;
  if (dropped.length) message += ` and ${dropped.join(', ')}`;
  if (kept.length && !args.keepForeignKeys) message += `; kept ${kept.join(', ')} (still part of a key or a unique constraint, or used by another relation)`;
  return { ok: true, edits: mergeRemovals(edits), message };
}
