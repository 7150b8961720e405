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

/**
 * Moments that may not have come (yet): `dueDate`, `endTime`, `startsOn`, `validUntil`, `signedAt`,
 * `nextRunAt`. An optional DateTime named like that is optional by meaning.
 */
const MOMENT = /(at|date|time|on|until|since|deadline|expiry|expiration|birthday|dob)$|^(due|end|start|last|next|scheduled|expir)/i;

/** Who did something that may not have happened: `deletedBy`, `approvedBy`, `signed_by`. */
const ACTOR = /(ed|en|sent|made|done)(By|_by)$/i;

/** Descriptive values a row may simply lack: a description, an avatar, a note, an error message. */
const DESCRIPTIVE = /^(description|desc|notes?|bio|about|avatar\w*|image\w*|photo\w*|picture|logo\w*|icon\w*|website|url|homepage|phone\w*|nickname|middle\w*|caption|comment|remarks?|metadata|meta|reason|error\w*|message|summary|excerpt|color|colour|timezone|locale)$/i;

/** Nullable on purpose: by its name, or because a comment on the field gives the reason. */
function optionalByMeaning(field: FieldInfo): boolean {
  if (LIFECYCLE.test(field.name) || ACTOR.test(field.name) || DESCRIPTIVE.test(field.name)) return true;
  if (field.type === 'DateTime' && MOMENT.test(field.name)) return true;
  if (field.type === 'Json') return true;
  return field.node.docs.length > 0 || field.node.trailingComment !== null;
}

/** The natural default the catalogue names for a type, if any (`false`, `0`). */
function naturalDefault(type: string): string | null {
  if (type === 'Boolean') return 'false';
  if (type === 'Int' || type === 'BigInt' || type === 'Float' || type === 'Decimal') return '0';
  return null;
}

/** DMMF `kind: "scalar"` (enums are their own kind there), optional, single, no FK, no default, not a lifecycle timestamp. */
function nullableWithoutReason(field: FieldInfo): boolean {
  return field.kind === 'scalar' && field.optional && !field.list && !field.ignored && !field.isForeignKey && field.default === null && !optionalByMeaning(field);
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
