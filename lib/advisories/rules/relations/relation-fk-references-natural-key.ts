import type { FieldInfo, RelationInfo } from '../../../schema/model';
import type { AdvisoryContext } from '../../context';
import type { AdvisoryDraft, Rule } from '../../types';

/** Defaults that make a column a generated surrogate key, not a value someone types or changes. */
const GENERATED = /^(autoincrement|uuid|cuid|nanoid|ulid|sequence)\(|^dbgenerated\(/;
/** `canvasId`, `client_id`, `uuid`: a column named as an identifier holds an assigned id, not a business value like an email or slug. */
const IDENTIFIER_NAME = /(^id|Id|_id|ID|^uuid|Uuid|_uuid|^guid|Guid)$/;

/** A surrogate the parent carries besides its primary key: generated, or named as an identifier. */
function surrogate(f: FieldInfo): boolean {
  return (f.default !== null && GENERATED.test(f.default)) || IDENTIFIER_NAME.test(f.name);
}

/**
 * The referenced columns when they are a natural key: not the parent's primary key, not a compound
 * key that contains it (a tenant-scoped `[tenantId, id]`), and not all surrogates (a public
 * `canvasId` or `publicId @default(cuid())` never changes either).
 */
function naturalKey(ctx: AdvisoryContext, relation: RelationInfo): FieldInfo[] | null {
  const parent = ctx.modelNamed(relation.to.model);
  const pk = parent?.primaryKey;
  if (!parent || !pk?.length) return null;
  const referenced = relation.to.fields;
  if (pk.every((f) => referenced.includes(f))) return null;
  const fields = referenced.map((f) => ctx.field(parent.name, f)).filter((f): f is FieldInfo => !!f);
  if (fields.every(surrogate)) return null;
  return fields;
}

/** `onUpdate: Restrict` or `NoAction`, written: the team has declared the key immutable. */
function declaredImmutable(relation: RelationInfo): boolean {
  return relation.onUpdate.explicit && (relation.onUpdate.action === 'Restrict' || relation.onUpdate.action === 'NoAction');
}

function draft(ctx: AdvisoryContext, relation: RelationInfo, key: FieldInfo[]): AdvisoryDraft {
  const parent = ctx.modelNamed(relation.to.model)!;
  const changed = key.map((f) => `${parent.name}.${f.name}`).join(' or ');
  const effect = relation.onUpdate.action === 'Cascade' ? 'rewrites' : 'changes';
  return {
    message: `${relation.from.model}.${relation.from.field} references ${parent.name} by ${key.map((f) => f.name).join(', ')} instead of its primary key (${parent.primaryKey!.join(', ')}); changing ${changed} ${effect} every ${relation.from.model} row that points at it.`,
    span: ctx.relationSpan(relation),
    target: ctx.relationTarget(relation),
  };
}

export const relationFkReferencesNaturalKey: Rule = {
  id: 'relation-fk-references-natural-key',
  category: 'relations',
  severity: 'info',
  title: 'Foreign key references a natural key',
  why: 'Natural keys change: with the default onUpdate Cascade each change rewrites and locks every child row, and with Restrict or NoAction the change is blocked.',
  postgresOnly: false,
  // No fix: moving to the surrogate key adds a column and needs a backfill from the old one, which is
  // a data migration; declaring the key immutable (`onUpdate: Restrict`) is a decision only the team
  // can make, and once written this rule stays quiet.
  check(ctx) {
    return ctx.foreignKeys.flatMap((relation) => {
      if (declaredImmutable(relation)) return [];
      const key = naturalKey(ctx, relation);
      return key ? [draft(ctx, relation, key)] : [];
    });
  },
};
