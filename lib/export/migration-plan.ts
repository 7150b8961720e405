import type { DiffSource } from '../migrate/engine';
import { planMigrationEngine, type LintWith, type MigrationEnginePlan } from '../migrate/engine-plan';
import { acceptsForMigration, type MigrationEngineVersion } from '../migrate/engine-versions';
import { upgradeFixes, type UpgradeFix } from '../migrate/upgrade';
import type { PrismaDiagnostic } from '../prisma/engine';
import type { PrismaVersionId } from '../prisma/versions';
import type { SchemaFile } from '../schema/document';
import type { TextEdit } from '../text/edits';

/** Prisma's validator behind a worker: the lint of one version, asynchronously. */
export type AsyncLint = (version: PrismaVersionId, files: readonly SchemaFile[]) => Promise<readonly PrismaDiagnostic[]>;

class LintMissing {
  constructor(
    readonly version: PrismaVersionId,
    readonly files: readonly SchemaFile[],
  ) {}
}

const lintKey = (version: PrismaVersionId, files: readonly SchemaFile[]) => `${version}\u0000${files.map((f) => `${f.path}\u0000${f.text}`).join('\u0001')}`;

/**
 * Runs a synchronous planner (`planMigrationEngine` and friends) against an asynchronous validator:
 * every lint the planner asks for is fetched once and the planner runs again until it needs nothing
 * new. `cache` may be shared between calls.
 */
export async function withAsyncLint<T>(lintAsync: AsyncLint, plan: (lint: LintWith) => T, cache = new Map<string, readonly PrismaDiagnostic[]>()): Promise<T> {
  for (let round = 0; round < 32; round++) {
    try {
      return plan((version, files) => {
        const hit = cache.get(lintKey(version, files));
        if (!hit) throw new LintMissing(version, files);
        return hit;
      });
    } catch (e) {
      if (!(e instanceof LintMissing)) throw e;
      cache.set(lintKey(e.version, e.files), await lintAsync(e.version, e.files));
    }
  }
  throw new Error('Planning the migration needed too many validations');
}

/** What the export dialog does with the engine plan. */
export type ExportPlan =
  /** Export with `version`'s engine; `label` names it ("Prisma 6.19 engine"). */
  | { kind: 'export'; version: MigrationEngineVersion; label: string; sources: [DiffSource, DiffSource]; notes: string[] }
  /**
   * The schema is valid for Prisma 5 only. `documentEdits` (the upgrade fixes of the open document, one
   * undo step) make it exportable; when they are empty but `inMemory`, the fixes concern the baseline
   * and the export can run with them applied in memory.
   */
  | { kind: 'upgrade'; message: string; fixes: UpgradeFix[]; documentEdits: TextEdit[]; inMemory: boolean }
  /** Nothing to offer: say why. */
  | { kind: 'refused'; message: string };

/** The engine's name as the dialog shows it. */
export function migrationEngineLabel(version: MigrationEngineVersion): string {
  return version === '6' ? 'Prisma 6.19 engine' : 'Prisma 7 engine';
}

/**
 * Plans the export of `from` → the document's `files` for the document's Prisma version (`requested`):
 * which schema engine writes the SQL, or the upgrade fixes a Prisma 5-only schema needs first.
 * With `upgradeInMemory`, fixes the baseline needs are applied in memory (the document's own are offered as edits).
 */
export async function planMigrationExport(
  from: DiffSource,
  files: readonly SchemaFile[],
  requested: PrismaVersionId,
  lintAsync: AsyncLint,
  options: { upgradeInMemory?: boolean } = {},
): Promise<ExportPlan> {
  const to: DiffSource = { kind: 'schema', files: [...files] };
  return withAsyncLint(lintAsync, (lint) => decideExport(planMigrationEngine([from, to], lint, { requested, upgrade: options.upgradeInMemory }), files, lint));
}

/** The dialog's decision for an engine plan (pure; `lint` is Prisma's validator). */
export function decideExport(plan: MigrationEnginePlan, files: readonly SchemaFile[], lint: LintWith): ExportPlan {
  if (plan.ok) return { kind: 'export', version: plan.version, label: migrationEngineLabel(plan.version), sources: plan.sources, notes: plan.notes };
  if (!plan.fixable) return { kind: 'refused', message: plan.message };
  const documentNeedsFixes = !acceptsForMigration(lint, files)('6') && acceptsForMigration(lint, files)('5');
  const documentEdits = documentNeedsFixes ? upgradeFixes(files, lint('6', files)).fixes.flatMap((f) => f.edits) : [];
  return { kind: 'upgrade', message: plan.message, fixes: plan.fixes, documentEdits, inMemory: !documentEdits.length };
}
