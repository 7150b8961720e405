import { composeOps } from '../../../ops/compose';
import { setDefault } from '../../../ops/set-default';
import { locateField, refuse } from '../../../ops/shared';
import { toggleOptional } from '../../../ops/toggle-optional';
import type { FieldInfo } from '../../../schema/model';
import type { Rule } from '../../types';

/**
 * Optional columns that hold a moment something happened (or may happen) are nullable on purpose:
 * `deletedAt`, `verifiedAt`, `lastLoginAt`. The catalogue's pattern, matched case-insensitively so
 * `DeletedAt` and `deleted_AT` count too.
 */
const LIFECYCLE = /(deleted|archived|completed|verified|expires?|ended|cancell?ed|published|last\w*)(At|_at)$/i;

/** The natural default the catalogue names for a type, if any (`false`, `0`). */
function naturalDefault(type: string): string | null {
  if (type === 'Boolean') return 'false';
  if (type === 'Int' || type === 'BigInt' || type === 'Float' || type === 'Decimal') return '0';
  return null;
}

/** DMMF `kind: "scalar"` (enums are their own kind there), optional, single, no FK, no default, not a lifecycle timestamp. */
function nullableWithoutReason(field: FieldInfo): boolean {
  return field.kind === 'scalar' && field.optional && !field.list && !field.ignored && !field.isForeignKey && field.default === null && !LIFECYCLE.test(field.name);
}

function label(field: FieldInfo): string {
  const d = naturalDefault(field.type);
  return d ? `Make required with @default(${d})` : 'Make required';
}

export const integrityNullableWithoutReason: Rule = {
  id: 'integrity-nullable-without-reason',
  category: 'integrity',
  severity: 'info',
  title: 'Nullable column without a reason',
  why: 'NULL where a value is always expected leads to three-valued logic bugs and weakens validation.',
  postgresOnly: false,
  profile: 'strict',
  check(ctx) {
    return ctx.models.flatMap((model) =>
      model.fields.filter(nullableWithoutReason).map((field) => ({
        message: `${model.name}.${field.name} is optional with no default; if every row has a value, make it required.`,
        span: ctx.fieldSpan(model, field),
        target: { kind: 'field' as const, model: model.name, field: field.name },
        fixLabel: label(field),
      })),
    );
  },
  fix(schema, advisory) {
    if (advisory.target.kind !== 'field') return refuse('Not a field advisory');
    const { model, field: name } = advisory.target;
    const located = locateField(schema, model, name);
    if ('reason' in located) return refuse(located.reason);
    if (!nullableWithoutReason(located.field)) return refuse(`\`${model}.${name}\` no longer needs this change`);
    const value = naturalDefault(located.field.type);
    // Required first, then the default: a NOT NULL column with a default stays addable to filled tables.
    return composeOps(schema, [(s) => toggleOptional(s, { model, field: name }), ...(value ? [(s: typeof schema) => setDefault(s, { model, field: name, value })] : [])]);
  },
};
