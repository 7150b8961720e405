import type { FieldInfo } from '../../../schema/model';
import type { Rule } from '../../types';

/**
 * A name that says the value lists other rows: `tagIds`, `member_ids`, `dependencies`, `lineItems`.
 * The catalogue's pattern, with the words also matched as a camelCase suffix (`lineItems`, `teamMembers`).
 */
const REFERENCE_LIST = /(Ids|_ids|[dD]ependencies|[mM]embers|[iI]tems|[lL]ines)$/;
/** Scalar lists that can hold keys of other rows. */
const KEY_LIST_TYPES = new Set(['String', 'Int', 'BigInt']);

/** (a) a Json or scalar list named like a list of references; (b) any other Json; null otherwise. */
function jsonCase(field: FieldInfo): 'references' | 'json' | null {
  if (field.kind !== 'scalar' || field.ignored) return null;
  const holdsValues = field.type === 'Json' || (field.list && KEY_LIST_TYPES.has(field.type));
  if (holdsValues && REFERENCE_LIST.test(field.name)) return 'references';
  return field.type === 'Json' ? 'json' : null;
}

export const integrityJsonStructuredData: Rule = {
  id: 'integrity-json-structured-data',
  category: 'integrity',
  severity: 'info',
  title: 'Structured data or references in JSON',
  why: 'JSON and array columns get no foreign keys, no cascade, no type safety and no index unless one is added by hand.',
  postgresOnly: false,
  profile: 'strict',
  check(ctx) {
    return ctx.models.flatMap((model) =>
      model.fields.flatMap((field) => {
        const which = jsonCase(field);
        if (!which) return [];
        const label = `${model.name}.${field.name}`;
        const type = field.type + (field.list ? '[]' : '');
        return [
          which === 'references'
            ? {
                message: `${label} (${type}) looks like a list of references to other rows, which the database cannot check, cascade or index; a relation or a join model can.`,
                span: ctx.fieldSpan(model, field),
                target: { kind: 'field' as const, model: model.name, field: field.name },
                severity: 'warning' as const,
              }
            : {
                message: `${label} is Json, so its shape is not checked and queries inside it need a GIN index; keep it for data that is truly free-form.`,
                span: ctx.fieldSpan(model, field),
                target: { kind: 'field' as const, model: model.name, field: field.name },
              },
        ];
      }),
    );
  },
};
