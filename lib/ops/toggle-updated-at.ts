import type { ParsedSchema } from '../schema/document';
import { locateField, refuse, type OpResult } from './shared';
import { addFieldAttribute, fieldAttribute, removeFieldAttribute } from './toggle-unique';

export interface ToggleUpdatedAtArgs {
  model: string;
  field: string;
}

/** Adds `@updatedAt` to a DateTime field (Prisma then sets it on every update), or removes it. */
export function toggleUpdatedAt(schema: ParsedSchema, args: ToggleUpdatedAtArgs): OpResult {
  const located = locateField(schema, args.model, args.field);
  if ('reason' in located) return refuse(located.reason);
  const { loc, field } = located;
  const path = loc.file.path;
  const text = loc.file.text;
  const existing = fieldAttribute(field, 'updatedAt');
  if (existing) {
    return { ok: true, edits: [removeFieldAttribute(path, text, field.node, existing)], message: `${args.model}.${args.field} is no longer set on update (@updatedAt removed)` };
  }
  if (loc.info.kind === 'type') return refuse('Fields of composite types cannot use @updatedAt; put it on a DateTime field of a model');
  if (field.kind === 'object') return refuse(`\`${field.name}\` is a relation field; @updatedAt only applies to DateTime fields`);
  if (field.type !== 'DateTime') return refuse(`\`${field.name}\` is ${field.type}; @updatedAt only applies to DateTime fields (change its type first)`);
  if (field.list) return refuse(`\`${field.name}\` is a list; @updatedAt only applies to a single DateTime`);
  return {
    ok: true,
    edits: [addFieldAttribute(path, text, loc.block, field.node, 'updatedAt', '@updatedAt')],
    message: `${args.model}.${args.field} is now set on every update (@updatedAt)`,
  };
}
