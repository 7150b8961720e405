import { setReferentialActions } from '../../../ops/set-referential-actions';
import { refuse } from '../../../ops/shared';
import type { DeleteEdge } from '../../cascade-graph';
import { AdvisoryContext } from '../../context';
import type { Rule } from '../../types';
import { edgeName } from './shared';

const isCascade = (e: DeleteEdge) => e.onDelete === 'Cascade';

/** One simple cycle through `start` inside a strongly connected group, as its edges (breadth first, so the shortest). */
function cycleThrough(start: string, edges: readonly DeleteEdge[]): DeleteEdge[] {
  const via = new Map<string, DeleteEdge>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    for (const e of edges) {
      if (e.parent !== queue[i] || e.child === e.parent) continue;
      if (e.child === start) {
        const path = [e];
        for (let n = e.parent; n !== start; n = via.get(n)!.parent) path.unshift(via.get(n)!);
        return path;
      }
      if (!via.has(e.child)) {
        via.set(e.child, e);
        queue.push(e.child);
      }
    }
  }
  return [];
}

/** The edge to break: one whose foreign key can go NULL (the rows stay), else the first; never a join table's. */
function edgeToBreak(cycle: readonly DeleteEdge[], ctx: AdvisoryContext): { edge: DeleteEdge; action: 'SetNull' | 'Restrict' } | null {
  const editable = cycle.filter((e) => !e.joinTable && ctx.foreignKeys.some((r) => r.id === e.relation.id));
  const optional = editable.find((e) => !e.relation.required);
  if (optional) return { edge: optional, action: 'SetNull' };
  return editable.length ? { edge: editable[0], action: 'Restrict' } : null;
}

/** The cascade cycles of the schema, each with the edge its fix would change. */
function findCycles(ctx: AdvisoryContext) {
  const order = new Map(ctx.models.map((m, i) => [m.name, i]));
  return ctx.cascade.cycles(isCascade).flatMap((group) => {
    const models = [...group.models].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
    if (!order.has(models[0])) return [];
    const cycle = group.self ? group.edges.slice(0, 1) : cycleThrough(models[0], group.edges);
    return [{ ...group, models, cycle, breaking: edgeToBreak(cycle, ctx) }];
  });
}

export const cascadeCycle: Rule = {
  id: 'cascade-cycle',
  category: 'cascade',
  severity: 'warning',
  title: 'Cascade cycle',
  why: 'Deleting any row deletes everything reachable around the cycle (testing emptied the whole cycle); PostgreSQL accepts it and Prisma checks cycles only on SQL Server or with relationMode "prisma".',
  postgresOnly: true,
  check(ctx) {
    return findCycles(ctx).map(({ models, self, cycle, breaking }) => {
      const first = ctx.modelNamed(models[0])!;
      const fix = breaking ? { fixLabel: `Set ${edgeName(breaking.edge)} onDelete: ${breaking.action}`, data: { relation: breaking.edge.relation.id, action: breaking.action } } : {};
      if (self) {
        const edge = cycle[0];
        return {
          message: `${first.name} cascades onto itself (self-relation: deleting a node deletes its whole subtree).`,
          severity: 'info' as const,
          span: ctx.relationSpan(edge.relation),
          target: ctx.relationTarget(edge.relation),
          ...fix,
        };
      }
      const loop = [...cycle.map((e) => e.parent), models[0]].join(' → ');
      return {
        message: `Cascade cycle ${loop}: deleting a row of any of ${models.length === 2 ? 'the two' : `these ${models.length}`} models can delete rows all around the cycle.`,
        span: ctx.modelSpan(first),
        target: { kind: 'model' as const, model: first.name },
        ...fix,
      };
    });
  },
  fix(schema, advisory) {
    const relationId = advisory.data?.relation;
    const action = advisory.data?.action;
    if (typeof relationId !== 'string' || typeof action !== 'string') return refuse('Nothing to change');
    const ctx = new AdvisoryContext(schema);
    const inCycle = findCycles(ctx).some((c) => c.breaking?.edge.relation.id === relationId);
    if (!inCycle) return refuse('The relation no longer closes a cascade cycle');
    const relation = ctx.foreignKeys.find((r) => r.id === relationId)!;
    return setReferentialActions(schema, { model: relation.from.model, field: relation.from.field, onDelete: action });
  },
};
