import { composeOps } from '../../../ops/compose';
import { done, refuse } from '../../../ops/shared';
import { toggleOptional } from '../../../ops/toggle-optional';
import type { ListedIndex } from '../../../ops/list-indexes';
import type { FieldInfo, ModelInfo } from '../../../schema/model';
import type { AdvisoryContext } from '../../context';
import type { AdvisoryDraft, Rule } from '../../types';
import { containsPrimaryKey, indexData, isSoftDeleteField, locateIndex } from './shapes';

/**
 * The optional fields of a unique constraint whose NULLs matter. Not when it contains the primary key
 * (unique anyway), nor for the foreign key of an optional one-to-one relation: Prisma requires that
 * @unique, and every row without a partner holds NULL there by design.
 */
function nullableFields(ctx: AdvisoryContext, model: ModelInfo, index: ListedIndex): FieldInfo[] {
  if (index.kind !== 'unique' || containsPrimaryKey(model, index)) return [];
  const columns = index.fields.map((c) => c.name);
  const oneToOne = ctx.relationsTouching(model.name).some(
    (r) => r.kind === '1:1' && r.from.model === model.name && r.from.fields.length === columns.length && r.from.fields.every((f) => columns.includes(f)),
  );
  if (oneToOne) return [];
  return columns.flatMap((c) => model.fields.filter((f) => f.name === c && f.optional && f.kind !== 'object'));
}

/** toggleOptional refuses to make a foreign key required while its relation says SetNull. */
function canRequire(model: ModelInfo, field: FieldInfo): boolean {
  return !model.fields.some(
    (r) => r.kind === 'object' && r.relation?.fields?.includes(field.name) && (r.relation.onDelete === 'SetNull' || r.relation.onUpdate === 'SetNull'),
  );
}

const names = (fields: readonly { name: string }[], joiner: string) => fields.map((f) => f.name).join(joiner);

function draft(ctx: AdvisoryContext, model: ModelInfo, index: ListedIndex, nullable: FieldInfo[]): AdvisoryDraft {
  const others = index.fields.filter((c) => !nullable.some((f) => f.name === c.name));
  const base = { span: ctx.indexSpan(index), data: indexData(index) };
  const soft = nullable.find(isSoftDeleteField);
  if (soft) {
    // the classic soft-delete mistake: live rows all hold NULL there, so the constraint never fires for them
    return {
      ...base,
      message: `${model.name}.${soft.name}: ${index.text} never rejects two live rows, because ${soft.name} is NULL on every live row and PostgreSQL treats NULLs as distinct; use @@unique([${names(index.fields.filter((c) => c.name !== soft.name), ', ')}], where: { ${soft.name}: null }) (preview feature partialIndexes) instead.`,
      target: { kind: 'field', model: model.name, field: soft.name },
    };
  }
  const same = others.length ? ` with the same ${names(others, ', ')}` : '';
  return {
    ...base,
    message: `${model.name}.${nullable[0].name}: ${index.text} lets any number of rows${same} have a NULL ${names(nullable, ' or ')}, because PostgreSQL treats NULLs as distinct.`,
    target: nullable.length === 1 ? { kind: 'field', model: model.name, field: nullable[0].name } : { kind: 'model', model: model.name },
    ...(nullable.every((f) => canRequire(model, f)) ? { fixLabel: `Make ${names(nullable, ' and ')} required` } : {}),
  };
}

export const indexUniqueNullableColumn: Rule = {
  id: 'index-unique-nullable-column',
  category: 'indexes',
  severity: 'info',
  title: 'Unique constraint over a nullable column',
  why: 'PostgreSQL treats NULLs as distinct, so any number of rows with a NULL pass the unique constraint, and Prisma cannot emit NULLS NOT DISTINCT.',
  postgresOnly: true,
  profile: 'strict',
  check(ctx) {
    return ctx.models.flatMap((model) =>
      ctx.indexes(model.name).flatMap((index) => {
        const nullable = nullableFields(ctx, model, index);
        return nullable.length ? [draft(ctx, model, index, nullable)] : [];
      }),
    );
  },
  fix(schema, advisory) {
    const found = locateIndex(schema, advisory);
    if (!found) return refuse('The unique constraint is gone');
    const { ctx, model, index } = found;
    const nullable = nullableFields(ctx, model, index);
    if (!nullable.length) return refuse('Every field of the unique constraint is already required');
    if (nullable.some(isSoftDeleteField)) return refuse('A soft-delete column must stay optional');
    // toggleOptional also flips a compound foreign key's other columns, so skip those already done
    const stillOptional = (s: typeof schema, field: string) => !!s.model.models.find((m) => m.name === model.name)?.fields.find((f) => f.name === field)?.optional;
    return composeOps(
      schema,
      nullable.map((f) => (s) => (stillOptional(s, f.name) ? toggleOptional(s, { model: model.name, field: f.name }) : done([]))),
    );
  },
};
