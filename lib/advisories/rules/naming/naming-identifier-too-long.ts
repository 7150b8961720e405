import type { AttributeNode } from '../../../schema/ast';
import { findArg } from '../../../schema/attributes';
import type { AdvisoryTarget, AdvisoryDraft, Rule, TextSpan } from '../../types';
import { utf8Length } from './words';

/** PostgreSQL's NAMEDATALEN − 1: longer identifiers are truncated, longer enum labels rejected. */
export const MAX_IDENTIFIER_BYTES = 63;

/** The span of a `@map("…")`/`@@map("…")` value, or of the attribute when it has no argument. */
function mapSpan(path: string, attribute: AttributeNode | undefined): TextSpan | null {
  if (!attribute) return null;
  const range = findArg(attribute, 'name', 0)?.value.range ?? attribute.range;
  return { path, start: range.start, end: range.end };
}

function mapAttribute(attributes: readonly AttributeNode[]): AttributeNode | undefined {
  return attributes.find((a) => a.name === 'map');
}

export const namingIdentifierTooLong: Rule = {
  id: 'naming-identifier-too-long',
  category: 'naming',
  severity: 'warning',
  title: 'Identifier longer than 63 bytes',
  why: 'PostgreSQL silently truncates identifiers to 63 bytes, which causes collisions and drift, and Prisma does not check the length of @@map and @map names.',
  postgresOnly: true,
  check(ctx) {
    const out: AdvisoryDraft[] = [];
    const report = (what: string, label: string, name: string, span: TextSpan, target: AdvisoryTarget, consequence = 'PostgreSQL truncates it to 63 bytes') => {
      const bytes = utf8Length(name);
      if (bytes > MAX_IDENTIFIER_BYTES) out.push({ message: `${label}: the ${what} "${name}" is ${bytes} bytes long; ${consequence}.`, span, target });
    };
    for (const model of ctx.models) {
      const mapped = mapSpan(model.file, model.block.members.flatMap((m) => (m.kind === 'blockAttribute' && m.attribute.name === 'map' ? [m.attribute] : []))[0]);
      report('table name', model.name, ctx.tableName(model), mapped ?? ctx.modelSpan(model), { kind: 'model', model: model.name });
      for (const field of model.fields) {
        if (field.kind === 'object' || field.kind === 'composite' || field.ignored) continue;
        const span = mapSpan(model.file, mapAttribute(field.node.attributes)) ?? { path: model.file, ...field.node.nameRange };
        report('column name', `${model.name}.${field.name}`, ctx.columnName(field), span, { kind: 'field', model: model.name, field: field.name });
      }
    }
    for (const e of ctx.model.enums) {
      // Enums have no target kind of their own; their names are unique among models and enums.
      const target: AdvisoryTarget = { kind: 'model', model: e.name };
      const mapped = mapSpan(e.file, e.block.members.flatMap((m) => (m.kind === 'blockAttribute' && m.attribute.name === 'map' ? [m.attribute] : []))[0]);
      report('enum type name', e.name, e.dbName ?? e.name, mapped ?? { path: e.file, ...e.block.nameRange }, target);
      for (const v of e.values) {
        const span = mapSpan(e.file, mapAttribute(v.node.attributes)) ?? { path: e.file, ...v.node.nameRange };
        report('enum label', `${e.name}.${v.name}`, v.dbName ?? v.name, span, target, 'PostgreSQL rejects enum labels over 63 bytes, so the migration fails');
      }
    }
    // Implicit many-to-many relations get a join table named after the relation: `_AToB`.
    for (const r of ctx.model.relations) {
      if (r.kind !== 'm:n' || r.incomplete) continue;
      const holder = ctx.modelNamed(r.from.model);
      const field = holder?.fields.find((f) => f.name === r.from.field);
      if (!holder || !field) continue;
      const name = `_${r.name ?? [r.from.model, r.to.model].sort().join('To')}`;
      report('join table name', `${r.from.model}.${r.from.field}`, name, ctx.fieldSpan(holder, field), { kind: 'relation', relation: r.id, model: r.from.model, field: r.from.field });
    }
    return out;
  },
};
