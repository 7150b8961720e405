import { changeFieldType } from '../../../ops/change-field-type';
import { composeOps } from '../../../ops/compose';
import { setNativeType } from '../../../ops/set-native-type';
import { locateField, refuse } from '../../../ops/shared';
import type { FieldInfo, SchemaModel } from '../../../schema/model';
import type { AdvisoryDraft, Rule } from '../../types';
import { words } from '../naming/words';
import { linkedFields } from '../../key-links';

/** Names that hold an amount of money (catalogue list). */
const MONEY_NAME = /(price|amount|total|subtotal|cost|fee|balance|salary|tax|discount|revenue|payout|credit|debit|money)/i;

/** A word that makes a money-sounding name a ratio instead (`discountPercentOff`, `taxRate`). */
const RATIO_WORDS = new Set(['percent', 'percentage', 'pct', 'rate', 'ratio']);

function isMoneyName(name: string): boolean {
  return MONEY_NAME.test(name) && !words(name).some((w) => RATIO_WORDS.has(w.toLowerCase()));
}

type Case = 'float' | 'money' | 'unbounded';

/** Which case of the rule a field is: a money-named Float, `@db.Money`, or a Decimal without precision. */
export function moneyCase(field: FieldInfo): Case | null {
  if (field.kind !== 'scalar') return null;
  if (field.type === 'Float' && isMoneyName(field.name)) return 'float';
  if (field.type === 'Decimal' && field.nativeType?.trim() === 'Money') return 'money';
  // `@db.Decimal` without arguments is an explicit unconstrained numeric, not Prisma's decimal(65,30).
  if (field.type === 'Decimal' && field.nativeType === null) return 'unbounded';
  return null;
}

/** A key shared with other models through a relation: its type cannot change on one side alone. */
function isLinked(model: SchemaModel, modelName: string, field: string): boolean {
  return linkedFields(model, { model: modelName, field }).length > 1;
}

interface Options {
  [key: string]: number;
  precision: number;
  scale: number;
}

const decimal = (o: Options) => `Decimal(${o.precision}, ${o.scale})`;

export const typesMoneyFloat: Rule<Options> = {
  id: 'types-money-float',
  category: 'types',
  severity: 'info',
  title: 'Money in a float or money column',
  why: 'Binary floating point rounds cents, money is locale-dependent, and a Decimal without precision becomes decimal(65,30) in Prisma.',
  postgresOnly: true,
  options: { precision: 19, scale: 4 },
  check(ctx, options) {
    const out: AdvisoryDraft[] = [];
    for (const model of ctx.models) {
      for (const field of model.fields) {
        const kind = moneyCase(field);
        if (!kind) continue;
        const name = `${model.name}.${field.name}`;
        // A key shared with another model (rare for money) would need both sides changed: no fix.
        const fixable = !isLinked(ctx.model, model.name, field.name);
        const label = (text: string) => (fixable ? { fixLabel: text } : {});
        const draft = { span: ctx.fieldSpan(model, field), target: { kind: 'field' as const, model: model.name, field: field.name } };
        if (kind === 'float') {
          out.push({ ...draft, message: `${name}: a money amount stored as Float (${ctx.dbType(field)}), which rounds cents.`, ...label(`Change to Decimal @db.${decimal(options)}`) });
        } else if (kind === 'money') {
          out.push({ ...draft, message: `${name}: stored as money, whose input and output depend on the lc_monetary setting.`, ...label(`Use @db.${decimal(options)}`) });
        } else {
          out.push({ ...draft, severity: 'info', message: `${name}: a Decimal without @db.Decimal(p, s) is stored as decimal(65,30).`, ...label(`Add @db.${decimal(options)}`) });
        }
      }
    }
    return out;
  },
  fix(schema, advisory, options) {
    if (advisory.target.kind !== 'field') return refuse('Not a field advisory');
    const { model, field } = advisory.target;
    const located = locateField(schema, model, field);
    if ('reason' in located) return refuse(located.reason);
    const kind = moneyCase(located.field);
    if (!kind) return refuse(`${model}.${field} no longer stores money as a float, money or unbounded Decimal`);
    if (isLinked(schema.model, model, field)) return refuse(`${model}.${field} is part of a foreign key; change both sides together`);
    const setDecimal = (s: typeof schema) => setNativeType(s, { model, field, nativeType: decimal(options) });
    if (kind !== 'float') return setDecimal(schema);
    return composeOps(schema, [(s) => changeFieldType(s, { model, field, type: 'Decimal' }), setDecimal]);
  },
};
