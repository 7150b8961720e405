import type { ParsedSchema } from '../schema/document';
import type { FieldInfo } from '../schema/model';
import type { TextEdit } from '../text/edits';
import { replaceInCell } from './columns';
import { inCompoundId } from './field-guards';
import { fieldReferences } from './references';
import { findField, locateField, refuse, type ModelLocation, type OpResult } from './shared';
import { typeText } from './types';
import { keepsUniqueCriteria } from './unique-criteria';

export interface ToggleOptionalArgs {
  model: string;
  field: string;
}

/**
 * Adds or removes `?`. A foreign key and its relation field change together, so the relation stays
 * valid (Prisma requires the relation field to be optional exactly when its foreign keys are).
 */
export function toggleOptional(schema: ParsedSchema, args: ToggleOptionalArgs): OpResult {
  const located = locateField(schema, args.model, args.field);
  if ('reason' in located) return refuse(located.reason);
  const { loc, field } = located;
  if (field.list) return refuse(`\`${field.name}\` is a list; lists cannot be optional in Prisma`);
  const makeOptional = !field.optional;

  let group: FieldInfo[];
  if (field.kind === 'object') {
    const holds = !!field.relation?.fields?.length;
    if (!holds) {
      const relation = schema.model.relations.find((r) => r.to.model === loc.info.name && r.to.field === field.name);
      if (relation?.kind === '1:1' && !makeOptional) {
        return refuse(`\`${field.name}\` is the back-relation side of a one-to-one relation, which Prisma requires to be optional`);
      }
      if (relation && relation.kind !== '1:1') return refuse(`\`${field.name}\` is a back-relation; change the foreign-key side instead`);
      group = [field];
    } else {
      group = [field, ...keysOf(loc, field)];
    }
  } else {
    group = [field, ...relationPartners(schema, loc, field.name)];
  }

  if (!makeOptional) {
    const setNull = group.find((f) => f.relation?.onDelete === 'SetNull' || f.relation?.onUpdate === 'SetNull');
    if (setNull) return refuse(`The relation \`${setNull.name}\` uses SetNull, which needs an optional foreign key; change its referential action first`);
  }
  if (makeOptional) {
    const key = group.find((f) => f.isId || inCompoundId(loc, f.name));
    if (key) return refuse(`\`${key.name}\` is part of the primary key, which cannot be optional`);
    if (!keepsUniqueCriteria(loc.info, { optional: new Set(group.map((f) => f.name)) })) {
      return refuse(`\`${args.model}\` would have no unique criteria left with only required fields; Prisma needs one`);
    }
  }

  const edits: TextEdit[] = [];
  let changed = 0;
  for (const f of group) {
    if (f.optional === makeOptional || !f.node.type) continue;
    changed++;
    const base = loc.file.text.slice(f.node.type.range.start, f.node.type.range.end).replace(/\?$/, '').replace(/\[\]$/, '');
    edits.push(...replaceInCell(loc.file.path, loc.file.text, loc.block, f.node.type.range, typeText(base, f.list, makeOptional), f.node.type.range.end));
  }
  const message = `${args.model}.${args.field} is now ${makeOptional ? 'optional' : 'required'}${changed > 1 ? ' (with its relation)' : ''}`;
  return { ok: true, edits, message };
}

function keysOf(loc: ModelLocation, relationField: FieldInfo): FieldInfo[] {
  return (relationField.relation?.fields ?? []).map((n) => findField(loc, n)).filter((f): f is FieldInfo => !!f);
}

/** A foreign key's relation field and the other keys of a compound foreign key change with it. */
function relationPartners(schema: ParsedSchema, loc: ModelLocation, fk: string): FieldInfo[] {
  const out: FieldInfo[] = [];
  for (const ref of fieldReferences(schema, loc.info.name, fk)) {
    if (ref.kind !== 'relationFields' || !ref.relationField) continue;
    const relField = findField(loc, ref.relationField.name);
    if (!relField) continue;
    out.push(relField, ...keysOf(loc, relField).filter((f) => f.name !== fk));
  }
  return [...new Set(out)];
}
