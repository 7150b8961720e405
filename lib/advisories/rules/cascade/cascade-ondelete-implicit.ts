import { setReferentialActions } from '../../../ops/set-referential-actions';
import { refuse } from '../../../ops/shared';
import type { RelationInfo } from '../../../schema/model';
import type { Rule } from '../../types';
import { aModel, relationOf } from './shared';

/** What Prisma's default does when a parent row goes, in words. */
function consequence(relation: RelationInfo): string {
  const parent = aModel(relation.to.model);
  if (relation.onDelete.action === 'SetNull') {
    const cols = relation.from.fields.map((f) => `${relation.from.model}.${f}`).join(', ');
    return `deleting ${parent} sets ${cols} to NULL`;
  }
  return `deleting ${parent} fails while ${relation.from.model} rows reference it`;
}

export const cascadeOndeleteImplicit: Rule = {
  id: 'cascade-ondelete-implicit',
  category: 'cascade',
  severity: 'warning',
  title: 'onDelete left to Prisma\'s default',
  why: 'Without onDelete, Prisma silently applies Restrict (required relation) or SetNull (optional relation); delete behaviour should be a visible design decision.',
  postgresOnly: true,
  profile: 'strict',
  check(ctx) {
    return ctx.foreignKeys
      .filter((relation) => !relation.onDelete.explicit)
      .map((relation) => ({
        message: `${relation.from.model}.${relation.from.field}: no explicit onDelete (effective ${relation.onDelete.action}); ${consequence(relation)}.`,
        span: ctx.relationSpan(relation),
        target: ctx.relationTarget(relation),
        // Writing the action Prisma already applies: no DDL change.
        fixLabel: `Write onDelete: ${relation.onDelete.action}`,
      }));
  },
  fix(schema, advisory) {
    const found = relationOf(schema, advisory);
    if ('refused' in found) return found.refused;
    const { relation } = found;
    if (relation.onDelete.explicit) return refuse('onDelete is already written');
    return setReferentialActions(schema, { model: relation.from.model, field: relation.from.field, onDelete: String(relation.onDelete.action) });
  },
};
