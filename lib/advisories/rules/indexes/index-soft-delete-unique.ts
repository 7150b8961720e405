import type { ListedIndex } from '../../../ops/list-indexes';
import type { ModelInfo } from '../../../schema/model';
import type { AdvisoryContext } from '../../context';
import type { Rule } from '../../types';
import { columnList, containsPrimaryKey, isSoftDeleteField } from './shapes';

/** Names of opaque identifiers and secrets: values generated once and never typed in again. */
const OPAQUE = /(?:Id|ID|_id|Uid|UID|_uid|Uuid|UUID|_uuid|Token|_token|Hash|_hash)$|^(?:id|uid|uuid|token|hash)$/;
const GENERATED = /^(uuid|cuid|nanoid|ulid|autoincrement|dbgenerated)\(/;

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * A unique that must stay whole: a relation references it (PostgreSQL foreign keys need a non-partial
 * unique), or it makes a one-to-one foreign key unique (Prisma requires it as written).
 */
function mustStayWhole(ctx: AdvisoryContext, model: ModelInfo, columns: readonly string[]): boolean {
  return ctx.relationsTouching(model.name).some(
    (r) => (r.to.model === model.name && sameSet(r.to.fields, columns)) || (r.kind === '1:1' && r.from.model === model.name && sameSet(r.from.fields, columns)),
  );
}

/**
 * A unique on one generated or opaque identifier (`resourceId`, `token`, `@default(cuid())`): a new row
 * gets a new value, so a soft-deleted row never blocks re-creating it. Keys typed by people (email,
 * slug, name) and compound keys (re-adding a membership) do.
 */
function opaqueKey(model: ModelInfo, columns: readonly string[]): boolean {
  if (columns.length !== 1) return false;
  const field = model.fields.find((f) => f.name === columns[0]);
  return !!field && !field.isForeignKey && (OPAQUE.test(field.name) || GENERATED.test(field.default ?? ''));
}

/**
 * Non-partial uniques that soft-deleted rows still take part in: not ones that contain a soft-delete
 * column already (index-unique-nullable-column covers those), nor ones containing the primary key.
 */
function affected(ctx: AdvisoryContext, model: ModelInfo): ListedIndex[] {
  return ctx.indexes(model.name).filter((index) => {
    if (index.kind !== 'unique' || index.partial || containsPrimaryKey(model, index)) return false;
    const columns = index.fields.map((f) => f.name);
    if (model.fields.some((f) => isSoftDeleteField(f) && columns.includes(f.name))) return false;
    return !opaqueKey(model, columns) && !mustStayWhole(ctx, model, columns);
  });
}

export const indexSoftDeleteUnique: Rule = {
  id: 'index-soft-delete-unique',
  category: 'indexes',
  severity: 'info',
  title: 'Unique constraint that counts soft-deleted rows',
  why: 'Soft-deleted rows keep their key, so re-creating the same email or slug fails until the unique ignores them.',
  postgresOnly: true,
  // No fix: the partial unique needs `where:`, which no canvas operation writes (nor previewFeatures).
  check(ctx) {
    const preview = ctx.model.generators.some((g) => g.previewFeatures.includes('partialIndexes'));
    return ctx.models.flatMap((model) => {
      // Archived rows stay in use (an archived survey keeps its slug on purpose): only deleted ones free their key.
      const soft = model.fields.find((f) => isSoftDeleteField(f) && !/^archived/i.test(f.name));
      if (!soft) return [];
      return affected(ctx, model).map((index) => {
        const cols = columnList(index);
        const single = index.level === 'field';
        const column = (name: string) => {
          const field = model.fields.find((f) => f.name === name);
          return `"${field ? ctx.columnName(field) : name}"`;
        };
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
