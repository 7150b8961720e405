import type { DeleteEdge } from '../../cascade-graph';
import type { Rule } from '../../types';
import { actionLabel, aModel, edgeName } from './shared';

const blocks = (e: DeleteEdge) => e.onDelete === 'Restrict' || e.onDelete === 'NoAction';

export const cascadeDeletePreconditions: Rule = {
  id: 'cascade-delete-preconditions',
  category: 'cascade',
  severity: 'info',
  title: 'What must go before a delete',
  why: 'A Restrict or NoAction relation makes deleting the parent fail while child rows reference it, and Restrict is Prisma\'s default for every required relation.',
  postgresOnly: true,
  profile: 'strict',
  check(ctx) {
    const graph = ctx.cascade;
    return ctx.models.flatMap((model) => {
      const blockers = graph.children(model.name).filter(blocks);
      // Relations that only carry Prisma's default are already cascade-ondelete-implicit warnings;
      // a model whose delete is blocked by written actions gets its full list here.
      if (!blockers.some((e) => e.explicit)) return [];
      return [
        {
          message: `To delete ${aModel(model.name)}, first remove or reassign the rows that reference it: ${blockers.map((e) => `${edgeName(e)} (${actionLabel(e)})`).join(', ')}.`,
          span: ctx.modelSpan(model),
          target: { kind: 'model' as const, model: model.name },
        },
      ];
    });
  },
};
