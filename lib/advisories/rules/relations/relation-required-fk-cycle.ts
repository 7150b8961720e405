import { composeOps } from '../../../ops/compose';
import { setReferentialActions } from '../../../ops/set-referential-actions';
import { toggleOptional } from '../../../ops/toggle-optional';
import { refuse } from '../../../ops/shared';
import type { ParsedSchema } from '../../../schema/document';
import type { DeleteEdge } from '../../cascade-graph';
import { AdvisoryContext } from '../../context';
import type { AdvisoryDraft, Rule } from '../../types';

/** A foreign key whose columns are all NOT NULL: a child row cannot exist before its parent row. */
const requiredKey = (e: DeleteEdge) => e.allRequired && !e.joinTable;

/** Cycles of required foreign keys, each with its edges in source order of the models. */
function requiredCycles(ctx: AdvisoryContext) {
  return ctx.cascade.cycles(requiredKey);
}

/**
 * Makes the edge's foreign key optional: toggleOptional on an FK scalar also adds `?` to the relation
 * field and the other columns of a compound key. An implicit onDelete would turn from Restrict into
 * SetNull with it, so the fix writes `onDelete: Restrict` to keep deletes as they are.
 */
function makeOptional(schema: ParsedSchema, e: DeleteEdge) {
  return composeOps(schema, [
    (s) => toggleOptional(s, { model: e.child, field: e.columns[0] }),
    ...(e.explicit || !e.field ? [] : [(s: ParsedSchema) => setReferentialActions(s, { model: e.child, field: e.field!, onDelete: 'Restrict' })]),
  ]);
}

/**
 * The edge the fix breaks: the first one whose key can be optional (not part of a primary key),
 * single-column keys first so a shared `tenantId` of a compound key is not touched when avoidable.
 */
function breakableEdge(schema: ParsedSchema, edges: readonly DeleteEdge[]): DeleteEdge | undefined {
  const ordered = [...edges].sort((a, b) => a.columns.length - b.columns.length);
  return ordered.find((e) => e.field && makeOptional(schema, e).ok);
}

function label(e: DeleteEdge): string {
  return `${e.child}.${e.field}`;
}

function draft(ctx: AdvisoryContext, cycle: { models: string[]; self: boolean; edges: DeleteEdge[] }): AdvisoryDraft {
  const edge = breakableEdge(ctx.schema, cycle.edges);
  const shown = edge ?? cycle.edges[0];
  const message = cycle.self
    ? `${label(shown)}: every ${shown.child} row must reference an existing ${shown.child} row (required ${shown.columns.join(', ')}), so the first row can never be inserted.`
    : `Required foreign keys form a cycle (${cycle.edges.map((e) => `${label(e)} → ${e.parent}`).join(', ')}), so none of ${cycle.models.join(', ')} can get its first row.`;
  return {
    message,
    span: ctx.relationSpan(shown.relation),
    target: ctx.relationTarget(shown.relation),
    fixLabel: edge ? `Make ${edge.columns.join(', ')} optional` : undefined,
  };
}

export const relationRequiredFkCycle: Rule = {
  id: 'relation-required-fk-cycle',
  category: 'relations',
  severity: 'error',
  title: 'Cycle of required foreign keys',
  why: 'Prisma cannot declare DEFERRABLE constraints, so when required foreign keys form a cycle the first row can never be inserted.',
  postgresOnly: false,
  check(ctx) {
    // With relationMode = "prisma" there are no foreign key constraints to block the first insert.
    if (ctx.model.datasource?.relationMode === 'prisma') return [];
    return requiredCycles(ctx).map((cycle) => draft(ctx, cycle));
  },
  fix(schema, advisory) {
    const t = advisory.target;
    if (t.kind !== 'relation') return refuse('Not a relation advisory');
    const ctx = new AdvisoryContext(schema);
    const edge = requiredCycles(ctx)
      .flatMap((c) => c.edges)
      .find((e) => e.relation.id === t.relation);
    if (!edge?.field) return refuse(`${t.relation} is no longer part of a cycle of required foreign keys`);
    return makeOptional(schema, edge);
  },
};
