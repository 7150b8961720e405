import type { Rule } from '../../types';
import { widerIndex } from './index-redundant-prefix';
import { describeIndex } from './shapes';

export const indexTooMany: Rule<{ maxIndexes: number }> = {
  id: 'index-too-many',
  category: 'indexes',
  severity: 'info',
  title: 'Model with many indexes',
  why: 'Every index is written on every INSERT and on every UPDATE of its columns.',
  postgresOnly: true,
  profile: 'strict',
  options: { maxIndexes: 8 },
  check(ctx, { maxIndexes }) {
    return ctx.models.flatMap((model) => {
      const all = ctx.indexes(model.name);
      const secondary = all.filter((i) => i.kind !== 'id');
      if (secondary.length <= maxIndexes) return [];
      const redundant = secondary.filter((i) => widerIndex(i, all)).length;
      const hint = redundant ? `; ${redundant} of them ${redundant === 1 ? 'is a leading prefix' : 'are leading prefixes'} of a longer index (see index-redundant-prefix)` : '';
      return [
        {
          message: `${model.name} has ${secondary.length} indexes and unique constraints besides its primary key (more than ${maxIndexes}): ${secondary.map(describeIndex).join(', ')}${hint}.`,
          span: ctx.modelSpan(model),
          target: { kind: 'model' as const, model: model.name },
        },
      ];
    });
  },
};
