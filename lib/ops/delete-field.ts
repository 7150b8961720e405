import type { ParsedSchema } from '../schema/document';
import { relationOfField } from '../schema/relations';
import type { TextEdit } from '../text/edits';
import { inCompoundId } from './field-guards';
import { fieldReferences } from './references';
import { dropFromBlockAttributes, droppedUniques } from './list-cleanup';
import { keepsUniqueCriteria } from './unique-criteria';
import { findField, findModel, locateField, mergeRemovals, refuse, removeMemberEdit, type OpResult } from './shared';

export interface DeleteFieldArgs {
  model: string;
  field: string;
}

/**
 * Deletes a field with its `///` docs, and takes it out of `@@index`/`@@unique` lists (dropping a list
 * that becomes empty). Deleting one side of a relation deletes the other side too, since Prisma needs
 * both; the foreign-key scalars stay as plain columns.
 */
export function deleteField(schema: ParsedSchema, args: DeleteFieldArgs): OpResult {
  const located = locateField(schema, args.model, args.field);
  if ('reason' in located) return refuse(located.reason);
  const { loc, field } = located;
  if (inCompoundId(loc, field.name)) return refuse(`\`${field.name}\` is part of the primary key @@id; change the key first`);
  if (field.isId) return refuse(`\`${field.name}\` is the primary key of \`${args.model}\`; a model needs one`);
  const refs = fieldReferences(schema, args.model, args.field);
  const fk = refs.find((r) => r.kind === 'relationFields');
  if (fk) return refuse(`\`${field.name}\` is the foreign key of the relation \`${fk.relationField!.name}\`; delete the relation first`);
  const referenced = refs.find((r) => r.kind === 'relationReferences');
  if (referenced) return refuse(`\`${field.name}\` is referenced by the relation \`${referenced.model}.${referenced.relationField!.name}\`; delete that relation first`);

  if (!keepsUniqueCriteria(loc.info, { removed: new Set([field.name]) })) {
    return refuse(`\`${args.model}\` would have no unique criteria left with only required fields; Prisma needs one`);
  }

  const text = loc.file.text;
  const edits: TextEdit[] = [removeMemberEdit(loc.file.path, text, field.node)];
  const listRefs = refs.filter((r) => r.kind === 'blockAttribute');
  edits.push(...dropFromBlockAttributes(loc.file.path, text, listRefs, loc.info));
  let message = `Deleted ${args.model}.${args.field}`;
  const uniques = droppedUniques(text, listRefs);
  if (uniques.length) message += ` and the unique constraint ${uniques.join(', ')}`;

  if (field.kind === 'object') {
    const relation = relationOfField(schema.model.relations, loc.info.name, field.name);
    if (relation) {
      const other = relation.from.model === loc.info.name && relation.from.field === field.name ? relation.to : relation.from;
      const otherLoc = other.field ? findModel(schema, other.model) : null;
      const otherField = otherLoc && other.field ? findField(otherLoc, other.field) : null;
      if (otherLoc && otherField && otherField !== field) {
        edits.push(removeMemberEdit(otherLoc.file.path, otherLoc.file.text, otherField.node));
        message += ` and the other side of its relation, ${other.model}.${other.field}`;
      }
    }
  }
  return { ok: true, edits: mergeRemovals(edits), message };
}
