import { refuse } from '../../../ops/shared';
import type { FieldInfo, SchemaModel } from '../../../schema/model';
import type { AdvisoryDraft, Rule } from '../../types';
import { linkedFields, type FieldRef } from '../../key-links';
import { setLinkedNativeType } from './linked-fields';

/** `uuid()`/`uuid(7)`, or a database default that generates a uuid (and is cast to text). */
const UUID_DEFAULT = /^(uuid\s*\(|dbgenerated\s*\(\s*"\s*(gen_random_uuid|uuid_generate_v\d\w*)\s*\()/i;
/** `uuid`, `externalUuid`, `external_uuid`, `UUID`. */
const UUID_NAME = /(^uuid$|Uuid$|_uuid$|UUID$)/i;

/**
 * A text column holding uuids: a String id generated as a uuid, or a String key named like a uuid
 * (generated as one, or serving as the id or a unique key). With a native type the team chose it.
 */
export function isUuidAsText(field: FieldInfo): boolean {
  if (field.kind !== 'scalar' || field.type !== 'String' || field.list || field.nativeType !== null) return false;
  const generated = UUID_DEFAULT.test(field.default ?? '');
  const named = UUID_NAME.test(field.name);
  return (field.isId && generated) || (named && (generated || field.isId || field.isUnique));
}

function fieldOf(model: SchemaModel, ref: FieldRef): FieldInfo | undefined {
  return model.models.find((m) => m.name === ref.model)?.fields.find((f) => f.name === ref.field);
}

/** The fields still stored as something else than uuid: the key first, then its foreign keys. */
function toConvert(model: SchemaModel, ref: FieldRef): FieldRef[] {
  return linkedFields(model, ref).filter((r) => fieldOf(model, r)?.nativeType !== 'Uuid');
}

export const typesUuidAsText: Rule = {
  id: 'types-uuid-as-text',
  category: 'types',
  severity: 'info',
  title: 'UUID stored as text',
  why: 'A uuid stored as 36-character text instead of the 16-byte uuid type makes primary keys, foreign keys and their indexes bigger.',
  postgresOnly: true,
  profile: 'strict',
  check(ctx) {
    const out: AdvisoryDraft[] = [];
    for (const model of ctx.models) {
      for (const field of model.fields) {
        if (!isUuidAsText(field)) continue;
        const keys = toConvert(ctx.model, { model: model.name, field: field.name }).length - 1;
        out.push({
          message: `${model.name}.${field.name}: a uuid stored as text (36 characters) instead of the 16-byte uuid type.`,
          span: ctx.fieldSpan(model, field),
          target: { kind: 'field', model: model.name, field: field.name },
          fixLabel: keys ? `Add @db.Uuid here and on ${keys} foreign key${keys > 1 ? 's' : ''}` : 'Add @db.Uuid',
        });
      }
    }
    return out;
  },
  fix(schema, advisory) {
    if (advisory.target.kind !== 'field') return refuse('Not a field advisory');
    const target = advisory.target;
    const field = fieldOf(schema.model, target);
    if (!field || !isUuidAsText(field)) return refuse(`${target.model}.${target.field} is no longer a uuid stored as text`);
    return setLinkedNativeType(schema, { model: target.model, field: target.field }, 'Uuid');
  },
};
