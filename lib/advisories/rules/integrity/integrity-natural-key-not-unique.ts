import { addIndex } from '../../../ops/add-index';
import { locateField, refuse } from '../../../ops/shared';
import { toggleUnique } from '../../../ops/toggle-unique';
import type { FieldInfo, ModelInfo } from '../../../schema/model';
import { AdvisoryContext } from '../../context';
import type { Rule } from '../../types';
import { loose } from './names';

/** Columns that scope every row to one tenant: uniqueness of a business key holds within it. */
const TENANT_FIELDS = ['tenantId', 'workspaceId', 'orgId', 'organizationId'].map(loose);

/** Types an identifier is stored as; a `Json` or `Boolean` named `email` is something else. */
const KEY_TYPES = new Set(['String', 'Int', 'BigInt']);

type Options = { names: string[]; personNames: string[] };

/** The business identifiers of the catalogue; matched ignoring case and underscores (`external_id`). */
const DEFAULT_NAMES = ['email', 'username', 'handle', 'slug', 'sku', 'code', 'externalId', 'phone', 'isbn', 'domain'];

/**
 * Names that identify a person or an account only on the model that IS that person or account.
 * Elsewhere they are per-row copies (the recipient of each invite or document, a contact's address,
 * the e-mail a reset token was sent to) or a display name shown beside a user reference.
 */
const PERSON_NAMES = ['email', 'username', 'handle', 'phone'];

/** Models that stand for a person or an account: `User`, `Customer`, `AdminUser`, `accounts`. */
const PERSON_MODEL = /(user|account|customer|member|person|people|profile|employee|subscriber|contact)s?$/i;

/**
 * Models whose rows are copies, events or requests: a unique business key there would forbid the
 * second invite, attempt or message for the same address.
 */
const COPY_MODEL = /invit|recipient|participant|attendee|guest|token|session|verification|reset|request|attempt|log$|logs$|event|history|audit|notification|message|mail|delivery|connection|integration|credential|research|used/i;

/** A person or account model that itself belongs to another person or account (`Member → User`) holds a copy of its e-mail. */
function referencesPerson(model: ModelInfo): boolean {
  return model.fields.some((f) => f.kind === 'object' && !f.list && (f.relation?.fields?.length ?? 0) > 0 && PERSON_MODEL.test(f.type));
}

/**
 * Fields named like a business identifier that no `@id`/`@unique`/`@@unique` covers. Foreign keys
 * are skipped: an `email` that references `User.email` identifies the parent, not this row.
 */
function candidates(ctx: AdvisoryContext, model: ModelInfo, options: Options): FieldInfo[] {
  if (COPY_MODEL.test(model.name)) return [];
  const wanted = new Set(options.names.map(loose));
  const person = new Set(options.personNames.map(loose));
  const personModel = PERSON_MODEL.test(model.name) && !referencesPerson(model);
  const keyed = new Set(ctx.indexes(model.name).filter((i) => i.kind !== 'index').flatMap((i) => i.fields.map((f) => f.name)));
  return model.fields.filter(
    (f) =>
      KEY_TYPES.has(f.type) &&
      f.kind === 'scalar' &&
      !f.list &&
      !f.ignored &&
      !f.isForeignKey &&
      // An optional address or domain is contact data, not what identifies the row (an optional slug or
      // code still must not repeat: a unique allows any number of NULLs).
      !(f.optional && (person.has(loose(f.name)) || loose(f.name) === 'domain')) &&
      wanted.has(loose(f.name)) &&
      (personModel || !person.has(loose(f.name))) &&
      !keyed.has(f.name),
  );
}

/** The model's tenant column (other than the key itself), a foreign key preferred. */
function tenantField(model: ModelInfo, key: FieldInfo): FieldInfo | undefined {
  const tenants = model.fields.filter((f) => f !== key && f.kind === 'scalar' && !f.list && TENANT_FIELDS.includes(loose(f.name)));
  return tenants.find((f) => f.isForeignKey) ?? tenants[0];
}

export const integrityNaturalKeyNotUnique: Rule<Options> = {
  id: 'integrity-natural-key-not-unique',
  category: 'integrity',
  severity: 'info',
  title: 'Natural key without a unique constraint',
  why: 'Without a unique constraint, business identifiers such as emails, slugs and SKUs can be duplicated.',
  postgresOnly: false,
  options: { names: DEFAULT_NAMES, personNames: PERSON_NAMES },
  check(ctx, options) {
    return ctx.models.flatMap((model) =>
      candidates(ctx, model, options).map((field) => {
        const tenant = tenantField(model, field);
        return {
          message: tenant
            ? `${model.name}.${field.name} is not unique per ${tenant.name}; two ${model.name} rows with the same ${tenant.name} can share it.`
            : `${model.name}.${field.name} is not unique; two ${model.name} rows can share the same ${field.name}.`,
          span: ctx.fieldSpan(model, field),
          target: { kind: 'field' as const, model: model.name, field: field.name },
          fixLabel: tenant ? `Add @@unique([${tenant.name}, ${field.name}])` : 'Add @unique',
          data: tenant ? { tenant: tenant.name } : {},
        };
      }),
    );
  },
  fix(schema, advisory, options) {
    if (advisory.target.kind !== 'field') return refuse('Not a field advisory');
    const { model, field } = advisory.target;
    const located = locateField(schema, model, field);
    if ('reason' in located) return refuse(located.reason);
    const ctx = new AdvisoryContext(schema);
    if (!candidates(ctx, located.loc.info, options).includes(located.field)) return refuse(`\`${model}.${field}\` is already unique`);
    const tenant = tenantField(located.loc.info, located.field);
    return tenant ? addIndex(schema, { model, kind: 'unique', fields: `${tenant.name}, ${field}` }) : toggleUnique(schema, { model, field });
  },
};
