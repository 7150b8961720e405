import { removeIndex } from '../../../ops/remove-index';
import { refuse } from '../../../ops/shared';
import type { ListedIndex } from '../../../ops/list-indexes';
import type { ModelInfo } from '../../../schema/model';
import type { AdvisoryContext } from '../../context';
import type { Rule } from '../../types';
import { describeIndex, indexData, locateIndex, sameColumns, uniqueTwin, whereText, meantAsPartial } from './shapes';

/** Prisma's default constraint name (`Table_a_b_idx` / `_key`): what "conventionally named" means. */
function defaultName(ctx: AdvisoryContext, model: ModelInfo, index: ListedIndex): string {
  const columns = index.fields.map((f) => {
    const field = model.fields.find((x) => x.name === f.name);
    return field ? ctx.columnName(field) : f.name;
  });
  return `${ctx.tableName(model)}_${columns.join('_')}_${index.kind === 'unique' ? 'key' : 'idx'}`;
}

const identical = (ctx: AdvisoryContext, model: ModelInfo, a: ListedIndex, b: ListedIndex) =>
  a.kind === b.kind && (a.type ?? 'BTree') === (b.type ?? 'BTree') && sameColumns(a, b) && whereText(ctx, model, a) === whereText(ctx, model, b);

/**
 * For each set of identical indexes, the ones to delete, each with the one that stays: the stayer is
 * written at field level (the index ops cannot delete those), else named conventionally, else first.
 * A plain `@@index` repeating a unique is left to index-duplicates-unique, which deletes every copy.
 */
function duplicates(ctx: AdvisoryContext, model: ModelInfo): Array<{ index: ListedIndex; kept: ListedIndex }> {
  const all = ctx.indexes(model.name);
  const out: Array<{ index: ListedIndex; kept: ListedIndex }> = [];
  const seen = new Set<ListedIndex>();
  for (const index of all) {
    if (seen.has(index) || index.kind === 'id' || uniqueTwin(index, all)) continue;
    const group = all.filter((o) => identical(ctx, model, index, o));
    group.forEach((o) => seen.add(o));
    if (group.length < 2) continue;
    const kept =
      group.find((o) => o.position === null) ?? group.find((o) => o.map === null || o.map === defaultName(ctx, model, o)) ?? group[0];
    for (const o of group) if (o !== kept) out.push({ index: o, kept });
  }
  return out;
}

export const indexExactDuplicate: Rule = {
  id: 'index-exact-duplicate',
  category: 'indexes',
  severity: 'warning',
  title: 'Identical index declared twice',
  why: 'Two identical indexes double the write cost and the space; Prisma rejects them only when both use the default name.',
  postgresOnly: true,
  check(ctx) {
    return ctx.models.flatMap((model) =>
      duplicates(ctx, model).flatMap(({ index, kept }) =>
        index.position === null || meantAsPartial(model, index)
          ? []
          : [
              {
                message: `${model.name}: ${index.text} is identical to ${describeIndex(kept)} apart from its name.`,
                span: ctx.indexSpan(index),
                target: { kind: 'model' as const, model: model.name },
                fixLabel: `Delete ${index.text}`,
                data: indexData(index),
              },
            ],
      ),
    );
  },
  fix(schema, advisory) {
    const found = locateIndex(schema, advisory);
    if (!found) return refuse('The index is gone');
    const { ctx, model, index } = found;
    if (!duplicates(ctx, model).some((d) => d.index === index) || index.position === null) return refuse('The index no longer has an identical twin');
    return removeIndex(schema, { model: model.name, index: index.position });
  },
};
