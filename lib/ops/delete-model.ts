import type { ParsedSchema } from '../schema/document';
import type { FieldInfo } from '../schema/model';
import type { TextEdit } from '../text/edits';
import { inCompoundId } from './field-guards';
import { dropFromBlockAttributes, droppedUniques } from './list-cleanup';
import { keepsUniqueCriteria } from './unique-criteria';
import { fieldReferences } from './references';
import { findModel, mergeRemovals, refuse, removeBlockEdit, removeMemberEdit, type OpResult } from './shared';

export interface DeleteModelArgs {
  model: string;
  /** Keep the foreign-key scalars of relations that pointed at the deleted model (as plain columns). */
  keepForeignKeys?: boolean;
}

/** What deleting a model takes with it, for the confirmation prompt. */
export interface DeleteModelImpact {
  relationFields: string[];
  foreignKeys: string[];
  /** `@@unique(…)` constraints that lose a foreign key and go with it, as written. */
  uniqueConstraints: string[];
}

/**
 * Deletes a model or view block (with its docs) and every relation field elsewhere that points at it.
 * The foreign-key scalars of those relations go too (and leave their indexes), unless kept or they
 * are part of a primary key.
 */
export function deleteModel(schema: ParsedSchema, args: DeleteModelArgs): OpResult {
  const plan = planDeleteModel(schema, args);
  if ('reason' in plan) return refuse(plan.reason);
  const { edits, impact } = plan;
  const parts = [`Deleted ${args.model}`];
  if (impact.relationFields.length) parts.push(`relation fields ${impact.relationFields.join(', ')}`);
  if (impact.foreignKeys.length) parts.push(`foreign keys ${impact.foreignKeys.join(', ')}`);
  if (impact.uniqueConstraints.length) parts.push(`unique constraints ${impact.uniqueConstraints.join(', ')}`);
  return { ok: true, edits, message: parts.join('; ') };
}

export function deleteModelImpact(schema: ParsedSchema, args: DeleteModelArgs): DeleteModelImpact | null {
  const plan = planDeleteModel(schema, args);
  return 'reason' in plan ? null : plan.impact;
}

function planDeleteModel(schema: ParsedSchema, args: DeleteModelArgs): { edits: TextEdit[]; impact: DeleteModelImpact } | { reason: string } {
  const loc = findModel(schema, args.model);
  if (!loc || loc.info.kind === 'type') return { reason: `There is no model called \`${args.model}\`` };
  const target = loc.info.name;
  const edits: TextEdit[] = [removeBlockEdit(loc.file.path, loc.file.text, loc.block)];
  const impact: DeleteModelImpact = { relationFields: [], foreignKeys: [], uniqueConstraints: [] };

  for (const other of [...schema.model.models, ...schema.model.views]) {
    if (other.name === target) continue;
    const pointing = other.fields.filter((f) => f.kind === 'object' && f.type === target);
    if (!pointing.length) continue;
    const otherLoc = findModel(schema, other.name)!;
    const text = otherLoc.file.text;
    const path = otherLoc.file.path;
    const removed = new Set<FieldInfo>(pointing);
    for (const f of pointing) impact.relationFields.push(`${other.name}.${f.name}`);
    if (!args.keepForeignKeys) {
      for (const f of pointing) {
        for (const fkName of f.relation?.fields ?? []) {
          const fk = other.fields.find((x) => x.name === fkName);
          if (!fk || removed.has(fk) || fk.isId || inCompoundId(otherLoc, fkName)) continue;
          // A key another relation still uses (as its foreign key or as its referenced field) stays.
          const usedElsewhere = fieldReferences(schema, other.name, fkName).some(
            (r) => r.kind !== 'blockAttribute' && !(r.kind === 'relationFields' && r.relationField?.type?.name === target) && !(r.kind === 'relationReferences' && r.model === target),
          );
          if (usedElsewhere) continue;
          if (!keepsUniqueCriteria(other, { removed: new Set([...[...removed].map((x) => x.name), fkName]) })) continue;
          removed.add(fk);
          impact.foreignKeys.push(`${other.name}.${fkName}`);
        }
      }
    }
    for (const f of removed) edits.push(removeMemberEdit(path, text, f.node));
    const refs = [...removed]
      .filter((f) => f.kind !== 'object')
      .flatMap((f) => fieldReferences(schema, other.name, f.name).filter((r) => r.kind === 'blockAttribute'));
    edits.push(...dropFromBlockAttributes(path, text, refs, other));
    impact.uniqueConstraints.push(...droppedUniques(text, refs).map((u) => `${other.name} ${u}`));
  }
  return { edits: mergeRemovals(edits), impact };
}

