import { composeOps } from '../../../ops/compose';
import { setNativeType } from '../../../ops/set-native-type';
import { refuse } from '../../../ops/shared';
import type { ParsedSchema } from '../../../schema/document';
import type { FieldInfo, RelationInfo } from '../../../schema/model';
import { AdvisoryContext } from '../../context';
import type { AdvisoryDraft, Rule } from '../../types';
import { fkTypeMatch } from './fk-types';

/** One FK column whose database type differs from the column it references. */
interface Mismatch {
  fk: FieldInfo;
  referenced: FieldInfo;
  incompatible: boolean;
}

function mismatches(ctx: AdvisoryContext, relation: RelationInfo): Mismatch[] {
  const out: Mismatch[] = [];
  relation.from.fields.forEach((name, k) => {
    const fk = ctx.field(relation.from.model, name);
    const referenced = ctx.field(relation.to.model, relation.to.fields[k] ?? '');
    if (!fk || !referenced) return;
    const match = fkTypeMatch(ctx.dbType(referenced), ctx.dbType(fk));
    if (match !== 'same') out.push({ fk, referenced, incompatible: match === 'incompatible' });
  });
  return out;
}

/**
 * The fix copies each referenced column's type onto its FK column. It is only offered when no FK
 * column is shared with another foreign key that references a column of a different type (a
 * `tenantId` in two composite keys): there, copying one type would only move the mismatch.
 */
function fixable(ctx: AdvisoryContext, relation: RelationInfo, list: readonly Mismatch[]): boolean {
  return list.every((m) => {
    const wanted = ctx.dbType(m.referenced);
    return ctx.foreignKeys.every(
      (other) =>
        other.from.model !== relation.from.model ||
        other.from.fields.every((name, k) => {
          const ref = name === m.fk.name ? ctx.field(other.to.model, other.to.fields[k] ?? '') : undefined;
          return !ref || fkTypeMatch(wanted, ctx.dbType(ref)) === 'same';
        }),
    );
  });
}

function describe(ctx: AdvisoryContext, relation: RelationInfo, m: Mismatch): string {
  return `${relation.from.model}.${m.fk.name} is ${ctx.dbType(m.fk)} but ${relation.to.model}.${m.referenced.name} is ${ctx.dbType(m.referenced)}`;
}

function written(ctx: AdvisoryContext, field: FieldInfo): string {
  return field.nativeType ? `@${ctx.model.datasource?.name ?? 'db'}.${field.nativeType}` : `no @db type`;
}

function fixLabel(ctx: AdvisoryContext, list: readonly Mismatch[]): string {
  if (list.length > 1) return `Copy the referenced column types onto ${list.map((m) => m.fk.name).join(', ')}`;
  const [m] = list;
  return m.referenced.nativeType ? `Use ${written(ctx, m.referenced)} on ${m.fk.name}` : `Remove ${written(ctx, m.fk)} from ${m.fk.name}`;
}

function draft(ctx: AdvisoryContext, relation: RelationInfo, list: Mismatch[]): AdvisoryDraft {
  const incompatible = list.some((m) => m.incompatible);
  const facts = list.map((m) => describe(ctx, relation, m)).join('; ');
  const consequence = incompatible
    ? 'PostgreSQL has no equality operator between them, so the migration creating this foreign key fails (42804)'
    : 'PostgreSQL compares them through a cast, and a value that fits one column may not fit the other';
  const model = ctx.modelNamed(relation.from.model)!;
  return {
    message: `${facts}; ${consequence}.`,
    span: ctx.fieldSpan(model, list[0].fk),
    target: ctx.relationTarget(relation),
    severity: incompatible ? 'error' : 'warning',
    fixLabel: fixable(ctx, relation, list) ? fixLabel(ctx, list) : undefined,
  };
}

export const relationFkNativeTypeMismatch: Rule = {
  id: 'relation-fk-native-type-mismatch',
  category: 'relations',
  severity: 'error',
  title: 'Foreign key column type differs from the referenced column',
  why: 'Prisma checks only that the Prisma scalar types match; on PostgreSQL a foreign key between, say, text and uuid makes the migration fail with 42804.',
  postgresOnly: true,
  check(ctx) {
    return ctx.foreignKeys.flatMap((relation) => {
      const list = mismatches(ctx, relation);
      return list.length ? [draft(ctx, relation, list)] : [];
    });
  },
  fix(schema: ParsedSchema, advisory) {
    const t = advisory.target;
    if (t.kind !== 'relation') return refuse('Not a relation advisory');
    const ctx = new AdvisoryContext(schema);
    const relation = ctx.foreignKeys.find((r) => r.id === t.relation);
    if (!relation) return refuse('The relation is gone');
    const list = mismatches(ctx, relation);
    if (!list.length) return refuse('The foreign key columns already have the referenced types');
    if (!fixable(ctx, relation, list)) return refuse('A foreign key column is shared with another relation whose referenced column has a different type');
    return composeOps(
      schema,
      list.map((m) => (s: ParsedSchema) => setNativeType(s, { model: relation.from.model, field: m.fk.name, nativeType: m.referenced.nativeType ?? '' })),
    );
  },
};
