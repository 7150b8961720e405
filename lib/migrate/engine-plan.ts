import type { PrismaDiagnostic } from '../prisma/engine';
import type { PrismaVersionId } from '../prisma/versions';
import type { SchemaFile } from '../schema/document';
import { applyEditsToText } from '../text/edits';
import type { DiffSource } from './engine';
import { acceptsForMigration, chooseMigrationEngine, type MigrationEngineVersion } from './engine-versions';
import { describeUpgrade, upgradeFixes, type UpgradeFix } from './upgrade';

/** Prisma's validator of a version (`PrismaSchemaEngine.lint` in lib/prisma/engine.ts, in a worker or in Node). */
export type LintWith = (version: PrismaVersionId, files: readonly SchemaFile[]) => readonly PrismaDiagnostic[];

export type MigrationEnginePlan =
  /** Run the diff with `version`'s engine on `sources` (upgrade fixes already applied when asked). */
  | { ok: true; version: MigrationEngineVersion; sources: [DiffSource, DiffSource]; notes: string[] }
  /**
   * No engine can export the sources as they are. `fixes` (per schema file, as text edits) make them
   * acceptable when `fixable`; `message` says why and what the fixes do.
   */
  | { ok: false; message: string; fixes: UpgradeFix[]; fixable: boolean };

/**
 * Which schema engine exports the migration between two states, for the CLI and the export dialog:
 * the requested version or the newest one whose validator accepts every schema among the sources
 * (Prisma 7 sees datasource URLs blanked). A schema only Prisma 5 accepts gets the upgrade fixes that
 * make Prisma 6.19 accept it; with `upgrade: true` they are applied to the sources in memory and the
 * plan goes ahead. When no version accepts a schema at all, Prisma 7's engine runs so that its
 * validation message reaches the user.
 */
export function planMigrationEngine(sources: [DiffSource, DiffSource], lint: LintWith, options: { requested?: PrismaVersionId | null; upgrade?: boolean } = {}): MigrationEnginePlan {
  const requested = options.requested ?? null;
  const fallback: MigrationEngineVersion = requested === '6' ? '6' : '7';
  const schemas = sources.flatMap((s) => (s.kind === 'schema' ? [s.files] : []));
  const acceptsFiles = (files: readonly SchemaFile[]) => acceptsForMigration(lint, files);
  const accepts = (v: PrismaVersionId) => schemas.every((files) => acceptsFiles(files)(v));
  if (!schemas.length) return { ok: true, version: fallback, sources, notes: [] };
  const accepted = (['7', '6', '5'] as const).filter(accepts);
  if (!accepted.length) return { ok: true, version: fallback, sources, notes: [] };
  const newer = accepted.filter((v) => v !== '5');
  if (requested && !accepted.includes(requested) && newer.length) {
    return {
      ok: false,
      fixes: [],
      fixable: false,
      message: `Prisma ${requested} does not accept this schema; Prisma ${accepted.join(' and ')} ${accepted.length > 1 ? 'do' : 'does'}: use Prisma ${newer[0]}.`,
    };
  }
  const choice = chooseMigrationEngine(accepts, requested ?? undefined);
  if (choice.ok) return { ok: true, version: choice.version, sources, notes: choice.note ? [choice.note] : [] };

  // Valid for Prisma 5 only: the fixes that make Prisma 6 accept it.
  const fixed: DiffSource[] = [];
  const messages: string[] = [];
  const fixes: UpgradeFix[] = [];
  let fixable = true;
  for (const s of sources) {
    if (s.kind !== 'schema' || acceptsFiles(s.files)('6')) {
      fixed.push(s);
      continue;
    }
    const plan = upgradeFixes(s.files, lint('6', s.files));
    messages.push(describeUpgrade(plan, 'Prisma 5.22', 'Prisma 6.19'));
    fixes.push(...plan.fixes);
    if (plan.unfixed.length || !plan.fixes.length) fixable = false;
    const edits = plan.fixes.flatMap((f) => f.edits);
    fixed.push({ kind: 'schema', files: s.files.map((f) => ({ path: f.path, text: applyEditsToText(f.text, edits.filter((e) => e.path === f.path)) })) });
  }
  const message = messages.join('\n');
  if (!options.upgrade || !fixable) return { ok: false, message, fixes, fixable };
  const again = planMigrationEngine(fixed as [DiffSource, DiffSource], lint, { requested: requested === '5' ? null : requested });
  const applied = message.replace(/\nApply the quick fix(es)?, then export again\.$/gm, '');
  return again.ok ? { ...again, notes: [`Exported with the upgrade fixes applied in memory:\n${applied}`, ...again.notes] } : again;
}
