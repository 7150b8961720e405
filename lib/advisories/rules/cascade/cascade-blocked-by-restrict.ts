import { setReferentialActions } from '../../../ops/set-referential-actions';
import { refuse } from '../../../ops/shared';
import type { DeleteEdge } from '../../cascade-graph';
import type { Rule } from '../../types';
import { actionLabel, aModel, orList, relationOf } from './shared';

const blocks = (e: DeleteEdge) => e.onDelete === 'Restrict' || e.onDelete === 'NoAction';

/** "a Tenant", "a Tenant or an Org", "a Tenant, an Org, a Team or 2 more". */
function deletes(models: readonly string[]): string {
  const shown = models.slice(0, 3).map(aModel);
  return orList(models.length > 3 ? [...shown, `${models.length - 3} more`] : shown);
}

export const cascadeBlockedByRestrict: Rule = {
  id: 'cascade-blocked-by-restrict',
  category: 'cascade',
  severity: 'warning',
  title: 'Cascade blocked by Restrict',
  why: 'A cascade that reaches rows another table references with Restrict/NoAction fails while those references exist; when that table is cascaded too, it fails only for references from outside the delete (e.g. another tenant).',
  postgresOnly: true,
  check(ctx) {
    const graph = ctx.cascade;
    return ctx.foreignKeys.flatMap((relation) => {
      const edge = graph.parents(relation.from.model).find((e) => e.relation.id === relation.id);
      if (!edge || !blocks(edge)) return [];
      const target = edge.parent;
      // The models whose delete cascades into the referenced model; the direct delete of the
      // referenced model itself is cascade-delete-preconditions' business.
      const ancestors = graph.cascadeAncestors(target).filter((a) => ctx.modelNamed(a));
      if (!ancestors.length) return [];
      const holder = edge.child;
      const mixed = (a: string) => holder === a || graph.deleteImpact(a).cascaded.has(holder);
      const hard = ancestors.filter((a) => !mixed(a));
      const head = `${relation.from.model}.${relation.from.field} (${actionLabel(edge)})`;
      const fix = relation.required ? {} : { fixLabel: 'Set onDelete: SetNull' };
      if (hard.length) {
        return [
          {
            message: `${head}: deleting ${deletes(hard)} cascades to ${target} but fails while ${holder} rows reference the deleted ${target} rows.`,
            span: ctx.relationSpan(relation),
            target: ctx.relationTarget(relation),
            // A Restrict written out is a visible decision (perhaps to block exactly this); Prisma's silent default is the defect.
            ...(edge.explicit ? { severity: 'info' as const } : {}),
            ...fix,
          },
        ];
      }
      const both = holder === target ? target : `both ${target} and ${holder}`;
      return [
        {
          message: `${head}: deleting ${deletes(ancestors)} cascades to ${both}; it still fails when ${aModel(holder)} outside that delete references a deleted ${target}.`,
          severity: 'info' as const,
          span: ctx.relationSpan(relation),
          target: ctx.relationTarget(relation),
          ...fix,
        },
      ];
    });
  },
  fix(schema, advisory) {
    const found = relationOf(schema, advisory);
    if ('refused' in found) return found.refused;
    const { relation } = found;
    if (relation.required) return refuse('The foreign key is required; SetNull needs it optional');
    if (relation.onDelete.action !== 'Restrict' && relation.onDelete.action !== 'NoAction') return refuse('The relation no longer restricts deletes');
    return setReferentialActions(schema, { model: relation.from.model, field: relation.from.field, onDelete: 'SetNull' });
  },
};
