import { removeIndex } from '../../../ops/remove-index';
import { refuse } from '../../../ops/shared';
import type { Rule } from '../../types';
import { describeIndex, indexData, locateIndex, uniqueTwin, meantAsPartial } from './shapes';

export const indexDuplicatesUnique: Rule = {
  id: 'index-duplicates-unique',
  category: 'indexes',
  severity: 'warning',
  title: 'Index repeating a unique or primary key',
  why: 'A unique constraint or primary key already creates this btree index, so every write maintains the same index twice.',
  postgresOnly: true,
  check(ctx) {
    return ctx.models.flatMap((model) => {
      const all = ctx.indexes(model.name);
      return all.flatMap((index) => {
        const twin = uniqueTwin(index, all);
        if (!twin || index.position === null || meantAsPartial(model, index)) return [];
        const what = twin.kind === 'id' ? 'primary key' : 'unique constraint';
        return [
          {
            message: `${model.name}: ${index.text} repeats the ${what} ${describeIndex(twin)}, which already indexes the same columns.`,
            span: ctx.indexSpan(index),
            target: { kind: 'model', model: model.name },
            fixLabel: `Delete ${index.text}`,
            data: indexData(index),
          },
        ];
      });
    });
  },
  fix(schema, advisory) {
    const found = locateIndex(schema, advisory);
    if (!found) return refuse('The index is gone');
    const { ctx, model, index } = found;
    if (!uniqueTwin(index, ctx.indexes(model.name)) || index.position === null) return refuse('The index no longer repeats a unique constraint');
    return removeIndex(schema, { model: model.name, index: index.position });
  },
};
