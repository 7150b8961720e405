import type { ListedIndex } from '../../../ops/list-indexes';
import type { ModelInfo } from '../../../schema/model';
import type { AdvisoryContext } from '../../context';
import type { Rule } from '../../types';
import { columnList } from './shapes';

const SOFT_DELETE = /^(deleted|archived|removed)(At|_at)$/;

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * A unique that must stay whole: a relation references it (PostgreSQL foreign keys need a non-partial
 * unique), or it makes a one-to-one foreign key unique (Prisma requires it as written).
 */
function mustStayWhole(ctx: AdvisoryContext, model: ModelInfo, columns: readonly string[]): boolean {
  return ctx.model.relations.some(
    (r) => (r.to.model === model.name && sameSet(r.to.fields, columns)) || (r.kind === '1:1' && r.from.model === model.name && sameSet(r.from.fields, columns)),
  );
}

/** Non-partial uniques that soft-deleted rows still take part in (ones containing the primary key are unique anyway). */
function affected(ctx: AdvisoryContext, model: ModelInfo, softField: string): ListedIndex[] {
  const pk = model.primaryKey ?? [];
  return ctx.indexes(model.name).filter((index) => {
    if (index.kind !== 'unique' || index.partial) return false;
    const columns = index.fields.map((f) => f.name);
    if (columns.includes(softField) || (pk.length > 0 && pk.every((c) => columns.includes(c)))) return false;
    return !columns.some((c) => SOFT_DELETE.test(c)) && !mustStayWhole(ctx, model, columns);
  });
}

export const indexSoftDeleteUnique: Rule = {
  id: 'index-soft-delete-unique',
  category: 'indexes',
  severity: 'warning',
  title: 'Unique constraint that counts soft-deleted rows',
  why: 'Soft-deleted rows keep their key, so re-creating the same email or slug fails until the unique ignores them.',
  postgresOnly: true,
  // No fix: the partial unique needs `where:`, which no canvas operation writes (nor previewFeatures).
  check(ctx) {
    const preview = ctx.model.generators.some((g) => g.previewFeatures.includes('partialIndexes'));
    return ctx.models.flatMap((model) => {
      const soft = model.fields.find((f) => f.type === 'DateTime' && f.optional && !f.list && SOFT_DELETE.test(f.name));
      if (!soft) return [];
      return affected(ctx, model, soft.name).map((index) => {
        const cols = columnList(index);
        const single = index.level === 'field';
        const column = (name: string) => `"${ctx.columnName(model.fields.find((f) => f.name === name)!)}"`;
        const sql = `CREATE UNIQUE INDEX … ON "${ctx.tableName(model)}" (${index.fields.map((f) => column(f.name)).join(', ')}) WHERE ${column(soft.name)} IS NULL`;
        return {
          message:
            `${model.name}${single ? `.${cols}` : ''}: ${index.text} also counts rows with ${soft.name} set, so re-creating a soft-deleted (${cols}) fails; ` +
            `write @@unique([${cols}], where: { ${soft.name}: null }) instead${preview ? '' : ' (previewFeatures = ["partialIndexes"], Prisma 7.4+)'}` +
            ` or hand-write ${sql} in a migration.`,
          span: ctx.indexSpan(index),
          target: single ? { kind: 'field' as const, model: model.name, field: cols } : { kind: 'model' as const, model: model.name },
        };
      });
    });
  },
};
