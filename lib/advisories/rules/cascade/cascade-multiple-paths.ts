import type { DeleteEdge } from '../../cascade-graph';
import type { Rule } from '../../types';
import { andList } from './shared';
import { disjointPaths } from './paths';

const isCascade = (e: DeleteEdge) => e.onDelete === 'Cascade';

const MAX_DETAILED = 3;

export const cascadeMultiplePaths: Rule = {
  id: 'cascade-multiple-paths',
  category: 'cascade',
  severity: 'info',
  title: 'Several cascade paths to one model',
  why: 'What a delete removes is the union of its cascade paths, so changing one path silently changes the meaning; PostgreSQL allows it, Prisma rejects it on SQL Server.',
  postgresOnly: true,
  profile: 'strict',
  check(ctx) {
    const graph = ctx.cascade;
    const next = (n: string) => graph.children(n).filter(isCascade).map((e) => e.child);
    const found = new Map<string, Array<{ target: string; paths: string[][] }>>();
    for (const target of graph.nodes) {
      // An implicit join table always cascades from both sides: nothing to decide there.
      if (target.startsWith('_')) continue;
      const parents = new Set(graph.parents(target).filter((e) => isCascade(e) && e.parent !== target).map((e) => e.parent));
      if (parents.size < 2) continue;
      const ancestors = graph.cascadeAncestors(target);
      // Only nodes that lead to the target can be on a path to it.
      const leads = new Set([...ancestors, target]);
      const toward = (n: string) => next(n).filter((c) => leads.has(c));
      for (const ancestor of ancestors) {
        // Two disjoint paths need two parents the ancestor reaches (or is).
        const cascaded = graph.deleteImpact(ancestor).cascaded;
        if ([...parents].filter((p) => p === ancestor || cascaded.has(p)).length < 2) continue;
        const paths = disjointPaths(ancestor, target, toward);
        if (paths.length < 2) continue;
        if (!found.has(ancestor)) found.set(ancestor, []);
        found.get(ancestor)!.push({ target, paths });
      }
    }
    return ctx.models.flatMap((model) => {
      const hits = found.get(model.name);
      if (!hits) return [];
      // The first few with their paths; the rest by name (the delete-impact view shows them all).
      const parts = hits.slice(0, MAX_DETAILED).map(({ target, paths }) => `${target} through ${paths.length} cascade paths (${andList(paths.map((p) => p.join(' → ')))})`);
      const rest = hits.slice(MAX_DETAILED).map((h) => h.target);
      if (rest.length) parts.push(`${rest.length} more ${rest.length === 1 ? 'model' : 'models'} the same way (${rest.join(', ')})`);
      return [
        {
          message: `${model.name} reaches ${andList(parts)}.`,
          span: ctx.modelSpan(model),
          target: { kind: 'model' as const, model: model.name },
        },
      ];
    });
  },
};
