import { addEnum } from '../../../ops/add-enum';
import { changeFieldType } from '../../../ops/change-field-type';
import { composeOps } from '../../../ops/compose';
import { setDefault } from '../../../ops/set-default';
import { indexOptionsOn } from '../../../ops/field-guards';
import { checkTypeName, findModel, locateField, refuse } from '../../../ops/shared';
import type { ParsedSchema } from '../../../schema/document';
import type { FieldInfo, ModelInfo } from '../../../schema/model';
import type { AdvisoryContext } from '../../context';
import type { Rule } from '../../types';
import { loose, pascal } from './names';

const STATUS_NAMES = new Set(['status', 'state', 'stage', 'kind', 'type', 'role', 'priority', 'level']);
const UPPER_SNAKE_DEFAULT = /^"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*"$/;
/** A string default that can become an enum value as it is (the stored text stays the same). */
const ENUM_VALUE_DEFAULT = /^"([A-Za-z][A-Za-z0-9_]*)"$/;

/**
 * A String holding one of a few values: named like a status, or defaulting to an UPPER_SNAKE literal.
 * Keys are skipped: a `status` that references a lookup table is already controlled, and a unique
 * `state` (an OAuth state token) holds one value per row, not one of a few.
 */
function statusLike(ctx: AdvisoryContext, model: ModelInfo, field: FieldInfo): boolean {
  if (field.kind !== 'scalar' || field.type !== 'String' || field.list || field.ignored || field.isForeignKey) return false;
  if (!STATUS_NAMES.has(loose(field.name)) && !UPPER_SNAKE_DEFAULT.test(field.default ?? '')) return false;
  if (ctx.indexes(model.name).some((i) => i.kind !== 'index' && i.fields.some((f) => f.name === field.name))) return false;
  return !ctx.foreignKeys.some((r) => r.to.model === model.name && r.to.fields.includes(field.name));
}

/**
 * The enum the fix would create (`OrderStatus`), or null when it cannot be seeded exactly from the
 * default, or when an index option (`ops:`, a GIN index) ties the field to its String type.
 */
function plannedEnum(schema: ParsedSchema, model: ModelInfo, field: FieldInfo): { name: string; value: string } | null {
  const value = ENUM_VALUE_DEFAULT.exec(field.default ?? '')?.[1];
  if (!value) return null;
  const loc = findModel(schema, model.name);
  if (!loc || indexOptionsOn(loc, field)) return null;
  const name = pascal(model.name) + pascal(field.name);
  return checkTypeName(schema, name) ? null : { name, value };
}

export const integrityStatusAsString: Rule = {
  id: 'integrity-status-as-string',
  category: 'integrity',
  severity: 'info',
  title: 'Status stored as a free string',
  why: 'A String column accepts any value, so the set of statuses is uncontrolled.',
  postgresOnly: false,
  profile: 'strict',
  check(ctx) {
    return ctx.models.flatMap((model) =>
      model.fields
        .filter((field) => statusLike(ctx, model, field))
        .map((field) => {
          const planned = plannedEnum(ctx.schema, model, field);
          const reason = STATUS_NAMES.has(loose(field.name)) ? 'named like a status or kind' : `defaulting to ${field.default}`;
          return {
            message: `${model.name}.${field.name} is a String ${reason}, so any value can be stored; an enum would limit it to the known values.`,
            span: ctx.fieldSpan(model, field),
            target: { kind: 'field' as const, model: model.name, field: field.name },
            ...(planned ? { fixLabel: `Create enum ${planned.name} { ${planned.value} } and use it`, data: { enum: planned.name, value: planned.value } } : {}),
          };
        }),
    );
  },
  fix(schema, advisory) {
    if (advisory.target.kind !== 'field') return refuse('Not a field advisory');
    const { model, field } = advisory.target;
    const located = locateField(schema, model, field);
    if ('reason' in located) return refuse(located.reason);
    const planned = plannedEnum(schema, located.loc.info, located.field);
    if (located.field.type !== 'String' || !planned) return refuse(`\`${model}.${field}\` has no string default to seed an enum from`);
    // changeFieldType drops `@default("PENDING")` (a string no longer fits); it comes back as the enum value.
    return composeOps(schema, [
      (s) => addEnum(s, { name: planned.name, values: planned.value }),
      (s) => changeFieldType(s, { model, field, type: planned.name }),
      (s) => setDefault(s, { model, field, value: planned.value }),
    ]);
  },
};
