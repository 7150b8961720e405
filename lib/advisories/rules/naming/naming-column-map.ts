import { setMapName } from '../../../ops/set-map-name';
import { locateField, refuse } from '../../../ops/shared';
import type { FieldInfo, ModelInfo, RelationInfo, SchemaModel } from '../../../schema/model';
import type { AdvisoryDraft, Rule } from '../../types';
import { isSnakeCase, snakeCase } from './words';

/** Fields that are columns: scalars, enums and Unsupported types (not relation fields or composites). */
function isColumn(field: FieldInfo): boolean {
  return (field.kind === 'scalar' || field.kind === 'enum' || field.kind === 'unsupported') && !field.ignored;
}

/**
 * The column suffixes a foreign key should end with, or null for other fields. A key to the
 * parent's primary key ends in `_id`, or in the key's own name when that is not `id` (`user_uid`
 * for `User.uid`). A key referencing a natural key (`authorEmail` → `email`) is named after that
 * key instead, and a primary key that is also a foreign key (a shared 1:1 id) keeps `id`.
 */
function foreignKeySuffixes(model: SchemaModel, holder: ModelInfo, field: FieldInfo): string[] | null {
  if (!field.isForeignKey || field.isId) return null;
  const { byHolder, models } = lookups(model);
  for (const r of byHolder.get(holder.name) ?? []) {
    const k = r.from.fields.indexOf(field.name);
    const parent = models.get(r.to.model);
    const key = r.to.fields[k];
    if (k >= 0 && key && parent?.primaryKey?.includes(key)) return [...new Set(['_id', `_${snakeCase(key)}`])];
  }
  return null;
}

const cache = new WeakMap<SchemaModel, { byHolder: Map<string, RelationInfo[]>; models: Map<string, ModelInfo> }>();

/** Relations by the model holding the key, and models by name: built once per schema model. */
function lookups(model: SchemaModel) {
  let l = cache.get(model);
  if (!l) {
    const byHolder = new Map<string, RelationInfo[]>();
    for (const r of model.relations) byHolder.set(r.from.model, [...(byHolder.get(r.from.model) ?? []), r]);
    l = { byHolder, models: new Map(model.models.map((m) => [m.name, m])) };
    cache.set(model, l);
  }
  return l;
}

/** The conventional column name of a field, or null when its column already follows it. */
export function expectedColumn(model: SchemaModel, holder: ModelInfo, field: FieldInfo): string | null {
  if (!isColumn(field)) return null;
  const column = field.dbName ?? field.name;
  const suffixes = foreignKeySuffixes(model, holder, field);
  const keyEnding = (name: string) => !suffixes || suffixes.some((s) => name.endsWith(s));
  if (isSnakeCase(column) && keyEnding(column)) return null;
  const snake = snakeCase(field.name);
  return keyEnding(snake) ? snake : `${snake}_id`;
}

export const namingColumnMap: Rule = {
  id: 'naming-column-map',
  category: 'naming',
  severity: 'info',
  title: 'Column name off the snake_case convention',
  why: 'The convention is snake_case column names, with foreign key columns ending in _id.',
  postgresOnly: false,
  profile: 'strict',
  check(ctx) {
    const out: AdvisoryDraft[] = [];
    for (const model of ctx.models) {
      for (const field of model.fields) {
        const expected = expectedColumn(ctx.model, model, field);
        if (!expected) continue;
        const fk = !!foreignKeySuffixes(ctx.model, model, field);
        out.push({
          message: `${model.name}.${field.name}: the ${fk ? 'foreign key ' : ''}column is "${ctx.columnName(field)}"; the convention is "${expected}".`,
          span: ctx.fieldSpan(model, field),
          target: { kind: 'field', model: model.name, field: field.name },
          // Changing @map of a deployed field renames its column: new fields only.
          ...(ctx.isNewField(model.name, field.name) ? { fixLabel: expected === field.name ? 'Remove @map' : `${field.dbName ? 'Use' : 'Add'} @map("${expected}")` } : {}),
        });
      }
    }
    return out;
  },
  fix(schema, advisory) {
    if (advisory.target.kind !== 'field') return refuse('Not a field advisory');
    const located = locateField(schema, advisory.target.model, advisory.target.field);
    if ('reason' in located) return refuse(located.reason);
    const expected = expectedColumn(schema.model, located.loc.info, located.field);
    if (!expected) return refuse(`${advisory.target.model}.${advisory.target.field}'s column already follows the convention`);
    return setMapName(schema, { model: advisory.target.model, field: advisory.target.field, name: expected });
  },
};
