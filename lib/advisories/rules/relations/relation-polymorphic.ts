import type { FieldInfo, ModelInfo } from '../../../schema/model';
import type { AdvisoryContext } from '../../context';
import type { AdvisoryDraft, Rule } from '../../types';
import { documentedAsNotAKey, entityKey, modelForStem, words } from './names';

const TYPE_FIELD = /^(.+?)(Type|_type|Kind|_kind|Class)$/;
const ID_FIELD = /^(.+?)(Id|_id)$/;
/**
 * Prefixes that name "some row" rather than a thing (`entityType`, `commentableType`). A string
 * discriminator with another prefix (`providerType`, `stepType`, `eventType`) is usually a category
 * of an external object, not a table name.
 */
const GENERIC_TARGET = /^(entity|target|resource|subject|object|owner|parent|item|record|actor|doc|document|source|related|ref|reference|context|container|holder|linked|origin|\w+able)$/;

interface Pair {
  type: FieldInfo;
  id: FieldInfo;
}

/** `commentableType` + `commentableId`: one column says which table the other points into. */
function pairs(ctx: AdvisoryContext, model: ModelInfo): Pair[] {
  const ids = new Map<string, FieldInfo>();
  for (const f of model.fields) {
    const m = ID_FIELD.exec(f.name);
    if (m && f.kind === 'scalar' && !f.list && !f.isForeignKey && !f.isId && !documentedAsNotAKey(f)) ids.set(m[1], f);
  }
  const out: Pair[] = [];
  for (const f of model.fields) {
    const m = TYPE_FIELD.exec(f.name);
    const id = m && ids.get(m[1]);
    if (!id || f.list || !namesTables(ctx, f, m[1])) continue;
    // `SkillTrigger.triggerId` + `triggerType`: the row's own identifier and kind, not a reference.
    if (entityKey(model.name).endsWith(entityKey(m[1]))) continue;
    // One advisory per id column, even with both `entityType` and `entityKind`.
    if (out.some((p) => p.id === id)) continue;
    out.push({ type: f, id });
  }
  return out;
}

/**
 * Whether the discriminator holds table names: an enum with a value that names a model
 * (`DATAROOM_DOCUMENT` → DataroomDocument; an enum of `CHANNEL`, `DIRECT_MESSAGE` is a kind), or a
 * String with a generic prefix whose literal default, if any, names a model (`packageType
 * @default("airbyte")` is a category).
 */
function namesTables(ctx: AdvisoryContext, f: FieldInfo, prefix: string): boolean {
  if (f.kind === 'scalar' && f.type === 'String') {
    const literal = /^"(.*)"$/.exec(f.default ?? '');
    if (literal) return !!modelForStem(ctx.models, literal[1]);
    return GENERIC_TARGET.test(words(prefix).at(-1) ?? '');
  }
  if (f.kind !== 'enum') return false;
  const values = ctx.model.enums.find((e) => e.name === f.type)?.values ?? [];
  return values.some((v) => !!modelForStem(ctx.models, v.name));
}

function draft(ctx: AdvisoryContext, model: ModelInfo, p: Pair): AdvisoryDraft {
  return {
    message: `${model.name}.${p.id.name} points at a row of the table named by ${p.type.name}; the database cannot enforce that reference, cascade deletes or index it per target.`,
    span: ctx.fieldSpan(model, p.id),
    target: { kind: 'field', model: model.name, field: p.id.name },
    data: { typeField: p.type.name },
  };
}

export const relationPolymorphic: Rule = {
  id: 'relation-polymorphic',
  category: 'relations',
  severity: 'info',
  title: 'Polymorphic reference (type + id columns)',
  why: 'The database cannot enforce a reference whose table depends on another column: there is no foreign key, no cascade and no per-target index.',
  postgresOnly: false,
  // No fix: replacing the pair with one optional foreign key per target needs the list of targets, a
  // data migration out of the old columns and a hand-written CHECK; none of that is a safe text edit.
  check(ctx) {
    return ctx.models.flatMap((m) => pairs(ctx, m).map((p) => draft(ctx, m, p)));
  },
};
