import { refuse } from '../../ops/shared';
import type { FieldInfo } from '../../schema/model';
import type { AdvisoryDraft } from '../types';
import { fieldLabel, MigrationContext, sqlIdent, sqlTable, tableLabel } from './context';
import type { ModelMatch } from './diff';
import { applyOpCalls, type MigrationPlan, type OpCall } from './plans';
import { defaultKind, naturalDefault } from './shared';
import type { MigrationRule } from './types';

/**
 * migration-add-required-column (M4): a required, non-list column added to an existing table.
 * - no default, `@updatedAt` alone, or a Prisma-level default (uuid(), cuid(), nanoid(), ulid()):
 *   error, ADD COLUMN … NOT NULL fails on a table with rows (Prisma: "Added the required column … without
 *   a default value" / "… with a prisma-level default value");
 * - a default PostgreSQL computes per row (dbgenerated("gen_random_uuid()"), autoincrement()): info,
 *   the table is rewritten under ACCESS EXCLUSIVE;
 * - a constant default or now(): nothing (PostgreSQL 11+ stores it once).
 * Fix: `@default(<natural literal>)` when there is one (false, 0, now()); the plans give expand →
 * backfill → contract as well.
 */

interface AddRequiredData {
  model: string;
  field: string;
  column: string;
  table: { schema: string; name: string };
  literal: string | null;
  case: 'none' | 'client' | 'updatedAt' | 'volatile';
}

/** Why the added field is a problem, or null when it is not. */
function caseOf(field: FieldInfo): AddRequiredData['case'] | null {
  if (field.optional || field.list) return null;
  const kind = defaultKind(field);
  if (kind === 'constant') return null;
  if (kind === 'volatile') return 'volatile';
  if (kind === 'client') return 'client';
  return field.isUpdatedAt && field.default === null ? 'updatedAt' : 'none';
}

function describe(m: ModelMatch, field: FieldInfo, c: AddRequiredData['case']): string {
  const label = fieldLabel(m.after, field);
  const table = tableLabel(m.tableAfter);
  const fails = `if ${table} has rows, the migration fails`;
  switch (c) {
    case 'none':
      return `${label} is a new required column without a default: ${fails} (Prisma: "Added the required column … without a default value").`;
    case 'updatedAt':
      return `${label} is a new required column with only @updatedAt, which Prisma Client fills on writes, not the database: ${fails}.`;
    case 'client':
      return `${label} is a new required column whose default ${field.default} is computed by Prisma Client, not the database: ${fails} (Prisma: "… with a prisma-level default value").`;
    case 'volatile':
      return `${label} is a new required column whose default ${field.default} is computed per row: PostgreSQL fills every existing row by rewriting ${table} under an ACCESS EXCLUSIVE lock.`;
  }
}

function defaultCall(data: AddRequiredData): OpCall | null {
  return data.literal ? { op: 'setDefault', args: { model: data.model, field: data.field, value: data.literal } } : null;
}

export const migrationAddRequiredColumn: MigrationRule = {
  id: 'migration-add-required-column',
  category: 'migration-safety',
  severity: 'error',
  title: 'Required column added to an existing table without a database default',
  why: 'ADD COLUMN … NOT NULL without a default fails on any table with rows; a per-row default rewrites the table under an exclusive lock.',
  postgresOnly: false,
  check(ctx) {
    const out: AdvisoryDraft[] = [];
    for (const m of ctx.diff.models) {
      for (const field of m.addedFields) {
        const c = caseOf(field);
        if (!c) continue;
        const literal = c === 'volatile' || c === 'client' ? null : c === 'updatedAt' ? 'now()' : naturalDefault(m.after, field);
        const data: AddRequiredData = { model: m.after.name, field: field.name, column: field.dbName ?? field.name, table: m.tableAfter, literal, case: c };
        out.push({
          message: describe(m, field, c),
          severity: c === 'volatile' ? 'info' : 'error',
          span: ctx.fieldSpan(m.after, field),
          target: ctx.fieldTarget(m.after.name, field.name),
          ...(literal ? { fixLabel: `Add @default(${literal})` } : {}),
          data: data as unknown as Record<string, unknown>,
        });
      }
    }
    return out;
  },
  fix(current, advisory, baseline) {
    const data = advisory.data as unknown as AddRequiredData | undefined;
    if (!data) return refuse('The advisory has no data to fix it with');
    const m = new MigrationContext(baseline, current).diff.modelMatchAfter(data.model);
    const field = m?.addedFields.find((f) => f.name === data.field);
    if (!field || !caseOf(field)) return refuse(`\`${data.model}.${data.field}\` is no longer a new required column without a default`);
    const call = defaultCall(data);
    if (!call) return refuse(`\`${data.model}.${data.field}\` has no natural default; add it as optional first and backfill`);
    return applyOpCalls(current, [call]);
  },
  plans(advisory) {
    const data = advisory.data as unknown as AddRequiredData | undefined;
    if (!data) return [];
    const table = sqlTable(data.table);
    const column = sqlIdent(data.column);
    const plans: MigrationPlan[] = [];
    const call = defaultCall(data);
    if (call) {
      plans.push({
        title: 'Add it with a default',
        when: `Every existing row can start with ${data.literal}.`,
        steps: [
          {
            title: `Give ${data.model}.${data.field} the default ${data.literal}`,
            detail: 'PostgreSQL 11+ stores a constant default once, without rewriting the table: existing rows read it, new rows get it.',
            schema: [call],
          },
        ],
      });
    }
    plans.push({
      title: 'Expand, backfill, contract',
      when: 'Existing rows need real values.',
      steps: [
        {
          title: `Add ${data.model}.${data.field} as optional`,
          detail: 'The column is added as NULL-able: no rewrite, no failure. Deploy the app so new rows get a value.',
          schema: [{ op: 'toggleOptional', args: { model: data.model, field: data.field } }],
        },
        {
          title: 'Backfill existing rows',
          detail: 'Fill every row that has no value yet (in batches on a big table).',
          sql: [`UPDATE ${table} SET ${column} = <value> WHERE ${column} IS NULL;`],
        },
        {
          title: `Make ${data.model}.${data.field} required`,
          detail: 'Deploy the current schema: SET NOT NULL scans the table under an ACCESS EXCLUSIVE lock (see migration-make-required for the NOT VALID CHECK that avoids the long lock).',
          schema: [],
        },
      ],
    });
    return plans;
  },
};
