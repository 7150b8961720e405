import { locateField, refuse } from '../../../ops/shared';
import type { FieldInfo } from '../../../schema/model';
import type { AdvisoryDraft, Rule, Severity } from '../../types';
import { setLinkedNativeType } from './linked-fields';
import { isUuidAsText } from './types-uuid-as-text';

interface Options {
  [key: string]: string | number;
  /** "text" (default): prefer text, note varchar(n). "bounded": every String needs a length. */
  policy: string;
  /** The length the bounded policy's fix writes: `@db.VarChar(<boundedLength>)`. */
  boundedLength: number;
}

interface Finding {
  severity: Severity;
  message: string;
  /** The native type the fix writes ('' removes it: text), and its button text. */
  nativeType: string;
  label: string;
}

const CHAR = /^Char\s*(?:\(\s*(\d+)\s*\))?$/;
const VARCHAR_N = /^VarChar\s*\(\s*(\d+)\s*\)$/;

/** What the policy says about one field, or null when it complies. */
export function stringFinding(field: FieldInfo, options: Options): Finding | null {
  if (field.kind !== 'scalar' || field.type !== 'String') return null;
  const bounded = options.policy === 'bounded';
  const native = field.nativeType?.trim() ?? null;
  const char = native !== null ? CHAR.exec(native) : null;
  if (char) {
    const n = char[1] ?? '1';
    return {
      severity: 'warning',
      message: `char(${n}) pads every value with blanks to ${n} characters and is no faster than text or varchar.`,
      nativeType: bounded ? `VarChar(${n})` : '',
      label: bounded ? `Use @db.VarChar(${n})` : `Remove @db.${native}`,
    };
  }
  const varchar = native !== null ? VARCHAR_N.exec(native) : null;
  if (varchar && !bounded) {
    return {
      severity: 'info',
      message: `varchar(${varchar[1]}) caps the length, and changing the cap later is an ALTER TABLE under an exclusive lock; text is the team policy.`,
      nativeType: '',
      label: `Remove @db.${native} (text)`,
    };
  }
  // A uuid kept as text is types-uuid-as-text's case: its fix is @db.Uuid, not a length.
  if (native === null && bounded && !isUuidAsText(field)) {
    const length = Math.max(1, Math.floor(Number(options.boundedLength) || 255));
    return {
      severity: 'info',
      message: 'an unbounded text column; the bounded-strings policy asks for a length.',
      nativeType: `VarChar(${length})`,
      label: `Add @db.VarChar(${length})`,
    };
  }
  return null;
}

export const typesStringLengthPolicy: Rule<Options> = {
  id: 'types-string-length-policy',
  category: 'types',
  severity: 'warning',
  title: 'String length against the team policy',
  why: 'char(n) pads with blanks for no speed gain, changing a varchar(n) later needs a lock, and some teams want every string bounded: the policy option picks text or bounded.',
  postgresOnly: true,
  profile: 'strict',
  options: { policy: 'text', boundedLength: 255 },
  check(ctx, options) {
    const out: AdvisoryDraft[] = [];
    for (const model of ctx.models) {
      for (const field of model.fields) {
        const finding = stringFinding(field, options);
        if (!finding) continue;
        out.push({
          message: `${model.name}.${field.name}: ${finding.message}`,
          severity: finding.severity,
          span: ctx.fieldSpan(model, field),
          target: { kind: 'field', model: model.name, field: field.name },
          fixLabel: finding.label,
        });
      }
    }
    return out;
  },
  fix(schema, advisory, options) {
    if (advisory.target.kind !== 'field') return refuse('Not a field advisory');
    const { model, field } = advisory.target;
    const located = locateField(schema, model, field);
    if ('reason' in located) return refuse(located.reason);
    const finding = stringFinding(located.field, options);
    if (!finding) return refuse(`${model}.${field} now follows the string policy`);
    // Keys and their foreign keys change together, so both sides keep one column type.
    return setLinkedNativeType(schema, { model, field }, finding.nativeType);
  },
};
