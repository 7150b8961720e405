import { refuse } from '../../../ops/shared';
import { updateIndex } from '../../../ops/update-index';
import type { ListedIndex } from '../../../ops/list-indexes';
import type { FieldInfo, ModelInfo } from '../../../schema/model';
import type { AdvisoryContext } from '../../context';
import type { Rule } from '../../types';
import { indexData, locateIndex } from './shapes';

const jsonFields = (model: ModelInfo, index: ListedIndex): FieldInfo[] =>
  index.fields.flatMap((c) => model.fields.filter((f) => f.name === c.name && f.type === 'Json'));

/** An index or unique over a Json column that is not GIN. */
function jsonColumns(model: ModelInfo, index: ListedIndex): FieldInfo[] {
  return index.kind === 'id' || index.type === 'Gin' ? [] : jsonFields(model, index);
}

/**
 * The fix turns the `@@index` into GIN: only when every column is jsonb (GIN has no operator class for
 * plain `json` nor, without btree_gin, for scalars) and the index is not unique (GIN cannot enforce that).
 */
function ginnable(ctx: AdvisoryContext, model: ModelInfo, index: ListedIndex): boolean {
  if (index.kind !== 'index' || index.position === null) return false;
  const json = jsonFields(model, index);
  return json.length === index.fields.length && json.every((f) => ctx.dbType(f) === 'jsonb');
}

const GIN_FIELDS = (index: ListedIndex) => index.fields.map((f) => `${f.name}(ops: JsonbPathOps)`).join(', ');

export const indexJsonBtree: Rule = {
  id: 'index-json-btree',
  category: 'indexes',
  severity: 'warning',
  title: 'Btree index on a Json column',
  why: 'A btree on jsonb supports only whole-value equality; containment and path queries need a GIN index.',
  postgresOnly: true,
  check(ctx) {
    return ctx.models.flatMap((model) =>
      ctx.indexes(model.name).flatMap((index) => {
        const json = jsonColumns(model, index);
        if (!json.length) return [];
        const names = json.map((f) => f.name).join(', ');
        const gin = ginnable(ctx, model, index);
        const plainJson = json.filter((f) => ctx.dbType(f) === 'json');
        const advice = plainJson.length
          ? `; ${plainJson.map((f) => f.name).join(', ')} is plain json, which has no btree, hash or GIN operator class (use @db.JsonB)`
          : gin
            ? ''
            : `; add a separate @@index([${json.map((f) => `${f.name}(ops: JsonbPathOps)`).join(', ')}], type: Gin) for those`;
        return [
          {
            message: `${model.name}.${json[0].name}: ${index.text} is a ${index.type ?? 'btree'} index over Json (${names}), which serves only whole-value equality, not containment or path queries${advice}.`,
            span: ctx.indexSpan(index),
            target: json.length === 1 ? { kind: 'field' as const, model: model.name, field: json[0].name } : { kind: 'model' as const, model: model.name },
            data: indexData(index),
            ...(gin ? { fixLabel: `Make it @@index([${GIN_FIELDS(index)}], type: Gin)` } : {}),
          },
        ];
      }),
    );
  },
  fix(schema, advisory) {
    const found = locateIndex(schema, advisory);
    if (!found) return refuse('The index is gone');
    const { ctx, model, index } = found;
    if (!jsonColumns(model, index).length) return refuse('The index is no longer a btree over Json');
    if (!ginnable(ctx, model, index) || index.position === null) return refuse('Only an @@index over jsonb columns alone can become GIN');
    return updateIndex(schema, { model: model.name, index: index.position, fields: GIN_FIELDS(index), type: 'Gin' });
  },
};
