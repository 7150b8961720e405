import { removeIndex } from '../../../ops/remove-index';
import { refuse } from '../../../ops/shared';
import type { ListedIndex } from '../../../ops/list-indexes';
import type { Rule } from '../../types';
import { indexData, isLeadingPrefix, isPlainBtree, locateIndex, meantAsPartial, sameColumns, uniqueTwin } from './shapes';

/**
 * The longer plain btree that starts with a plain `@@index`'s columns. An index that repeats a unique
 * is left to index-duplicates-unique; uniques and primary keys are never redundant (they enforce).
 */
export function widerIndex(index: ListedIndex, all: readonly ListedIndex[]): ListedIndex | undefined {
  if (index.kind !== 'index' || !isPlainBtree(index) || uniqueTwin(index, all)) return undefined;
  // The second of two identical indexes is index-exact-duplicate's: one finding per index line.
  const earlierTwin = all.slice(0, all.indexOf(index)).some((o) => o.kind === 'index' && isPlainBtree(o) && sameColumns(o, index));
  if (earlierTwin) return undefined;
  return all.find((other) => other !== index && isPlainBtree(other) && isLeadingPrefix(index, other));
}

export const indexRedundantPrefix: Rule = {
  id: 'index-redundant-prefix',
  category: 'indexes',
  severity: 'warning',
  title: 'Index covered by a longer index',
  why: 'A btree on (a, b) serves every lookup, range and sort on (a), so the shorter index only costs writes and space.',
  postgresOnly: true,
  check(ctx) {
    return ctx.models.flatMap((model) => {
      const all = ctx.indexes(model.name);
      return all.flatMap((index) => {
        const wider = widerIndex(index, all);
        if (!wider || index.position === null || meantAsPartial(model, index)) return [];
        return [
          {
            message: `${model.name}: ${index.text} is a leading prefix of ${wider.text}, which serves the same lookups.`,
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
    if (!widerIndex(index, ctx.indexes(model.name)) || index.position === null) return refuse('No longer index covers this one');
    return removeIndex(schema, { model: model.name, index: index.position });
  },
};
