import type { AdvisoryDraft } from '../types';
import { MigrationContext, sqlIdent, sqlTable, tableLabel } from './context';
import type { MappedIndex, ModelMatch } from './diff';
import { handEditStep, type MigrationPlan } from './plans';
import { defaultKind } from './shared';
import type { MigrationRule } from './types';

/**
 * migration-add-unique (M7): a new `@unique`/`@@unique` on an existing table, an index made unique, or
 * a changed primary key. It fails on existing duplicates (Prisma: "A unique constraint covering the
 * columns … will be added. If there are existing duplicate values, this will fail.") and builds its
 * index under a lock that blocks writes.
 *
 * Quiet when it cannot fail: the baseline already had a unique (or the key) on a subset of its columns,
 * or one of its columns is new, optional and without a default (all NULL, and NULLs are distinct).
 */

interface AddUniqueData {
  model: string;
  table: { schema: string; name: string };
  columns: string[];
  indexName: string;
  primaryKey: boolean;
  partial: boolean;
}

function uniqueSets(m: ModelMatch): string[][] {
  return m.indexesBefore.filter((i) => i.index.kind !== 'index' && i.fields && !i.index.partial).map((i) => i.fields!);
}

/**
 * True when existing rows cannot hold duplicates: a baseline unique (or the key) covers a subset of the
 * columns, or a column is new and every existing row gets NULL (NULLs are distinct), a value of its own
 * (a per-row default), or nothing at all (migration-add-required-column already reports that the column
 * cannot be added). Only a new column with one constant default gives every row the same value.
 */
function cannotFail(m: ModelMatch, u: MappedIndex): boolean {
  const fields = new Set(u.fields ?? []);
  if (uniqueSets(m).some((set) => set.every((f) => fields.has(f)))) return true;
  return [...fields].some((name) => {
    const added = m.addedFields.find((f) => f.name === name);
    return !!added && defaultKind(added) !== 'constant';
  });
}

function columnsOf(m: ModelMatch, fields: readonly string[]): string[] {
  return fields.map((name) => {
    const f = m.after.fields.find((x) => x.name === name);
    return f?.dbName ?? name;
  });
}

function draft(ctx: MigrationContext, m: ModelMatch, u: MappedIndex, primaryKey: boolean): AdvisoryDraft {
  const columns = columnsOf(m, u.fields!);
  const list = columns.map((c) => `"${c}"`).join(', ');
  const table = tableLabel(m.tableAfter);
  const indexName = u.index.map ?? (primaryKey ? `${m.tableAfter.name}_pkey` : `${m.tableAfter.name}_${columns.join('_')}_key`);
  const data: AddUniqueData = { model: m.after.name, table: m.tableAfter, columns, indexName, primaryKey, partial: u.index.partial };
  const before = m.indexesBefore.find((i) => i.index.kind === 'id');
  const message = primaryKey
    ? `${m.after.name}: the primary key changes ${before?.fields ? `from (${columnsOf(m, before.fields).map((c) => `"${c}"`).join(', ')}) ` : ''}to (${list}). ` +
      `Prisma drops and recreates it (and the foreign keys that reference it): if ${table} has rows, duplicates or NULLs in (${list}) make the migration fail, and the index is rebuilt under an ACCESS EXCLUSIVE lock.`
    : `${m.after.name}: the new unique constraint on (${list}) fails if ${table} already has duplicate values ` +
      `(Prisma: "If there are existing duplicate values, this will fail"), and its index is built under a lock that blocks writes.`;
  const field = u.index.level === 'field' && u.fields!.length === 1 ? u.fields![0] : null;
  return {
    message,
    span: { ...u.index.range },
    target: field ? ctx.fieldTarget(m.after.name, field) : ctx.modelTarget(m.after.name),
    data: data as unknown as Record<string, unknown>,
  };
}

export const migrationAddUnique: MigrationRule = {
  id: 'migration-add-unique',
  category: 'migration-safety',
  severity: 'warning',
  title: 'Unique constraint or primary key added to an existing table',
  why: 'A new unique constraint fails on existing duplicates and builds its index under a lock that blocks writes.',
  postgresOnly: false,
  check(ctx) {
    const out: AdvisoryDraft[] = [];
    for (const m of ctx.diff.models) {
      if (m.sameText) continue; // same block text: same indexes
      const before = new Set(m.indexesBefore.map((i) => i.signature).filter((s): s is string => s !== null));
      const keyBefore = m.indexesBefore.find((i) => i.index.kind === 'id');
      for (const u of m.indexesAfter) {
        if (u.index.kind === 'index' || !u.fields || !u.signature || before.has(u.signature)) continue;
        if (u.index.kind === 'id') {
          const same = keyBefore?.fields && keyBefore.fields.length === u.fields.length && keyBefore.fields.every((f) => u.fields!.includes(f));
          if (!same) out.push(draft(ctx, m, u, true));
          continue;
        }
        if (!cannotFail(m, u)) out.push(draft(ctx, m, u, false));
      }
    }
    return out;
  },
  plans(advisory) {
    const data = advisory.data as unknown as AddUniqueData | undefined;
    if (!data || data.primaryKey) return [];
    const table = sqlTable(data.table);
    const cols = data.columns.map(sqlIdent).join(', ');
    const plan: MigrationPlan = {
      title: 'Check for duplicates, then build the index concurrently',
      steps: [
        {
          title: 'Look for duplicates',
          detail: 'Run this against production data; merge or fix every row it returns before deploying.',
          sql: [`SELECT ${cols}, count(*) FROM ${table} GROUP BY ${cols} HAVING count(*) > 1;`],
        },
        handEditStep(
          'Build the unique index without blocking writes',
          `For a big table, replace the generated CREATE UNIQUE INDEX with a concurrent build${data.partial ? ' (keep its WHERE clause)' : ''}; CONCURRENTLY cannot run inside a transaction, so it needs a migration of its own.`,
          [`CREATE UNIQUE INDEX CONCURRENTLY ${sqlIdent(data.indexName)} ON ${table} (${cols});`],
        ),
      ],
    };
    return [plan];
  },
};
