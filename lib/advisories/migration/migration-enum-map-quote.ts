import type { EnumValueNode } from '../../schema/ast';
import { findArg, findAttribute } from '../../schema/attributes';
import type { EnumInfo, EnumValueInfo } from '../../schema/model';
import type { AdvisoryDraft } from '../types';
import type { MigrationRule } from './types';

/**
 * migration-enum-map-quote: an enum value whose database value (`@map("it's")`) holds a single quote.
 * Prisma writes it into the migration unescaped — `CREATE TYPE "Mood" AS ENUM ('it's')` or
 * `ALTER TYPE … ADD VALUE 'it's'` — so the migration is broken SQL and fails to apply. Prisma itself
 * does not catch it. Reported for the values the migration creates (a new enum, or values added to
 * an existing one). The fix writes a typographic apostrophe (’) instead, which needs no escaping.
 */

interface QuoteData {
  enum: string;
  value: string;
}

function mapString(node: EnumValueNode) {
  const map = findAttribute(node.attributes, 'map');
  const arg = map ? findArg(map, 'name', 0) : undefined;
  return arg?.value.kind === 'string' ? arg.value : null;
}

export const migrationEnumMapQuote: MigrationRule = {
  id: 'migration-enum-map-quote',
  category: 'migration-safety',
  severity: 'error',
  title: "Enum value @map with a single quote",
  why: "Prisma writes the value into the migration unescaped ('it's'), so the SQL is broken and the migration fails.",
  postgresOnly: false,
  check(ctx) {
    const created: Array<{ e: EnumInfo; values: EnumValueInfo[] }> = [
      ...ctx.diff.addedEnums.map((e) => ({ e, values: e.values })),
      ...ctx.diff.enums.map((m) => ({ e: m.after, values: m.addedValues })),
    ];
    const out: AdvisoryDraft[] = [];
    for (const { e, values } of created) {
      for (const v of values) {
        if (!v.dbName?.includes("'")) continue;
        const str = mapString(v.node);
        const data: QuoteData = { enum: e.name, value: v.name };
        out.push({
          message: `${e.name}.${v.name}: the database value "${v.dbName}" contains a single quote, which Prisma writes into the migration unescaped ('${v.dbName}'): the SQL is broken and the migration fails.`,
          span: { path: e.file, start: str?.range.start ?? v.node.nameRange.start, end: str?.range.end ?? v.node.nameRange.end },
          target: ctx.modelTarget(e.name),
          fixLabel: `Use ’ instead of ' in @map("${v.dbName}")`,
          data: data as unknown as Record<string, unknown>,
        });
      }
    }
    return out;
  },
  fix(current, advisory) {
    const data = advisory.data as unknown as QuoteData | undefined;
    const e = current.model.enums.find((x) => x.name === data?.enum);
    const v = e?.values.find((x) => x.name === data?.value);
    const str = v ? mapString(v.node) : null;
    if (!e || !v || !str || !str.value.includes("'")) return { ok: false, reason: 'The enum value no longer maps to a value with a single quote' };
    const raw = current.files.find((f) => f.path === e.file)!.text.slice(str.range.start, str.range.end);
    return { ok: true, edits: [{ path: e.file, start: str.range.start, end: str.range.end, text: raw.replace(/'/g, '\u2019') }] };
  },
};
