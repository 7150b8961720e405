import { setReferentialActions } from '../../../ops/set-referential-actions';
import { refuse, type OpResult } from '../../../ops/shared';
import { toggleOptional } from '../../../ops/toggle-optional';
import { keepsUniqueCriteria } from '../../../ops/unique-criteria';
import type { ParsedSchema } from '../../../schema/document';
import type { RelationInfo } from '../../../schema/model';
import type { AdvisoryContext } from '../../context';
import type { Rule } from '../../types';
import { aModel, foreignKeyFields, relationOf } from './shared';

/** Which clauses say SetNull: onDelete as it takes effect, onUpdate as written (its default is Cascade). */
function setNullClauses(relation: RelationInfo): Array<'onDelete' | 'onUpdate'> {
  const out: Array<'onDelete' | 'onUpdate'> = [];
  if (relation.onDelete.action === 'SetNull') out.push('onDelete');
  if (relation.onUpdate.action === 'SetNull') out.push('onUpdate');
  return out;
}

/**
 * The two fixes of the catalogue. Preferred: make the foreign key optional (through its first required
 * scalar, so the relation field, already optional or not, follows). When that is impossible (the key is
 * in the primary key, is the model's only unique criteria, or is shared with another relation that
 * would turn optional too), write the safe action instead: Restrict for onDelete, Prisma's default
 * Cascade for onUpdate.
 */
function plan(ctx: AdvisoryContext, relation: RelationInfo): { kind: 'optional'; fields: string[] } | { kind: 'action' } {
  const model = ctx.modelNamed(relation.from.model);
  const required = foreignKeyFields(ctx, relation).filter((f) => !f.optional);
  if (!model || !required.length) return { kind: 'action' };
  const names = required.map((f) => f.name);
  // What toggleOptional would refuse, checked here without running it on every keystroke.
  const inKey = names.some((n) => model.primaryKey?.includes(n));
  const shared = names.some((n) => ctx.foreignKeys.some((r) => r.id !== relation.id && r.from.model === model.name && r.from.fields.includes(n)));
  const keepsUnique = keepsUniqueCriteria(model, { optional: new Set(relation.from.fields) });
  return !inKey && !shared && keepsUnique ? { kind: 'optional', fields: names } : { kind: 'action' };
}

function replacement(clauses: ReadonlyArray<'onDelete' | 'onUpdate'>): { onDelete?: string; onUpdate?: string } {
  return { ...(clauses.includes('onDelete') ? { onDelete: 'Restrict' } : {}), ...(clauses.includes('onUpdate') ? { onUpdate: 'Cascade' } : {}) };
}

function fixLabel(relation: RelationInfo, chosen: ReturnType<typeof plan>, clauses: ReadonlyArray<'onDelete' | 'onUpdate'>): string {
  if (chosen.kind === 'optional') return `Make ${chosen.fields.length > 1 ? `(${chosen.fields.join(', ')})` : chosen.fields[0]} optional`;
  return `Set ${Object.entries(replacement(clauses))
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ')}`;
}

export const cascadeSetNullOnRequired: Rule = {
  id: 'cascade-set-null-on-required',
  category: 'cascade',
  severity: 'error',
  title: 'SetNull on a required foreign key',
  why: 'PostgreSQL accepts ON DELETE/UPDATE SET NULL on a NOT NULL column, and the parent delete or update then fails with 23502 (a composite key is nulled in every column); Prisma only warns.',
  postgresOnly: true,
  // Prisma's own PostgreSQL warning for the same relation: shown merged into this advisory.
  escalates: /should not be set to `SetNull` when a referenced field is required/,
  check(ctx) {
    return ctx.foreignKeys.flatMap((relation) => {
      const clauses = setNullClauses(relation);
      const fields = foreignKeyFields(ctx, relation);
      const required = fields.filter((f) => !f.optional).map((f) => f.name);
      if (!clauses.length || !required.length) return [];
      const parent = relation.to.model;
      const key = relation.from.fields;
      const what =
        key.length === 1
          ? `the required foreign key ${key[0]}`
          : required.length === key.length
            ? `the required foreign key (${key.join(', ')})`
            : `the foreign key (${key.join(', ')}), which nulls every column though ${required.join(', ')} ${required.length === 1 ? 'is' : 'are'} required`;
      const doing = clauses
        .map((c) => (c === 'onDelete' ? `deleting ${aModel(parent)}` : `changing ${clauses.length > 1 ? 'its' : `${aModel(parent)}'s`} ${relation.to.fields.join(', ')}`))
        .join(' or ');
      const chosen = plan(ctx, relation);
      return [
        {
          message: `${relation.from.model}.${relation.from.field}: ${clauses.join(' and ')} SetNull on ${what}; ${doing} fails with a NOT NULL violation (23502).`,
          span: ctx.relationSpan(relation),
          target: ctx.relationTarget(relation),
          fixLabel: fixLabel(relation, chosen, clauses),
          data: { fix: chosen.kind },
        },
      ];
    });
  },
  fix(schema: ParsedSchema, advisory): OpResult {
    const found = relationOf(schema, advisory);
    if ('refused' in found) return found.refused;
    const { ctx, relation } = found;
    const clauses = setNullClauses(relation);
    if (!clauses.length || foreignKeyFields(ctx, relation).every((f) => f.optional)) return refuse('The relation no longer sets a required foreign key to NULL');
    const chosen = plan(ctx, relation);
    if (chosen.kind !== advisory.data?.fix) return refuse('The schema changed; check the advisory again');
    if (chosen.kind === 'optional') return toggleOptional(schema, { model: relation.from.model, field: chosen.fields[0] });
    return setReferentialActions(schema, { model: relation.from.model, field: relation.from.field, ...replacement(clauses) });
  },
};
