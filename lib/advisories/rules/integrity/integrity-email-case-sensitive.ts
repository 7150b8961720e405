import { composeOps } from '../../../ops/compose';
import { refuse } from '../../../ops/shared';
import { setNativeType } from '../../../ops/set-native-type';
import type { ParsedSchema } from '../../../schema/document';
import type { FieldInfo, ModelInfo } from '../../../schema/model';
import { AdvisoryContext } from '../../context';
import type { Rule } from '../../types';
import { linkedFields } from '../../key-links';

const EMAIL = /email/i;
/** `emailAccountId` names a row, not an address. */
const ID_SUFFIX = /(Id|_id|ID)$/;

/** A String email column in a unique (or primary) key, stored case-sensitively. */
function caseSensitiveEmails(ctx: AdvisoryContext, model: ModelInfo): FieldInfo[] {
  const keyed = new Set(ctx.indexes(model.name).filter((i) => i.kind !== 'index').flatMap((i) => i.fields.map((f) => f.name)));
  return model.fields.filter(
    (f) =>
      f.kind === 'scalar' &&
      f.type === 'String' &&
      !f.list &&
      EMAIL.test(f.name) &&
      !ID_SUFFIX.test(f.name) &&
      !referencesNonEmail(ctx, model, f) &&
      keyed.has(f.name) &&
      f.nativeType !== 'Citext',
  );
}

/** A foreign key holds what it references: `owner` pointing at `User.id` is an id whatever its name. */
function referencesNonEmail(ctx: AdvisoryContext, model: ModelInfo, field: FieldInfo): boolean {
  return ctx.foreignKeys.some((r) => {
    const k = r.from.model === model.name ? r.from.fields.indexOf(field.name) : -1;
    return k >= 0 && !EMAIL.test(r.to.fields[k] ?? '');
  });
}

export const integrityEmailCaseSensitive: Rule = {
  id: 'integrity-email-case-sensitive',
  category: 'integrity',
  severity: 'warning',
  title: 'Case-sensitive unique email',
  why: 'A unique text column compares case-sensitively, so A@x.io and a@x.io both pass.',
  postgresOnly: true,
  profile: 'strict',
  check(ctx) {
    return ctx.models.flatMap((model) =>
      caseSensitiveEmails(ctx, model).map((field) => ({
        message: `${model.name}.${field.name} is unique but case-sensitive, so A@x.io and a@x.io can both be stored; @db.Citext fixes that, and its migration must start with \`CREATE EXTENSION IF NOT EXISTS citext;\`.`,
        span: ctx.fieldSpan(model, field),
        target: { kind: 'field' as const, model: model.name, field: field.name },
        fixLabel: 'Store as @db.Citext',
      })),
    );
  },
  fix(schema: ParsedSchema, advisory) {
    if (advisory.target.kind !== 'field') return refuse('Not a field advisory');
    const { model, field } = advisory.target;
    const ctx = new AdvisoryContext(schema);
    const info = ctx.modelNamed(model);
    if (!info || !caseSensitiveEmails(ctx, info).some((f) => f.name === field)) return refuse(`\`${model}.${field}\` is no longer a case-sensitive unique email`);
    // Prisma needs no extension declaration for `@db.Citext`; the migration does (the message says so).
    // Both ends of a foreign key change: a text column cannot reference a citext one (no implicit cast).
    const columns = linkedFields(ctx.model, { model, field }).filter((c) => ctx.field(c.model, c.field)?.nativeType !== 'Citext');
    return composeOps(
      schema,
      columns.map((c) => (s: ParsedSchema) => setNativeType(s, { model: c.model, field: c.field, nativeType: 'Citext' })),
    );
  },
};
