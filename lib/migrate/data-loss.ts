import type { SchemaFile } from '../schema/document';
import { applySql } from './apply';
import { formatSqlError, type SqlDatabase } from './database';
import type { DiffSource, MigrationEngine } from './engine';
import { seedSampleRows, type SeedResult } from './seed';

export type DataLossResult =
  | {
      ok: true;
      /** The engine's warnings: steps that lose data present in the sample rows (`You are about to drop the column …`). */
      warnings: string[];
      /** Steps that cannot run on a database holding rows (`Added the required column … without a default value`). */
      unexecutable: string[];
      /** Steps the engine executed on the scratch database: non-zero only when there were no warnings. */
      executedSteps: number;
      seeded: SeedResult;
    }
  | { ok: false; message: string };

/**
 * What the migration baseline → current would do to a database that holds data. The wasm engine's
 * `evaluateDataLoss` cannot work (no external shadow database), so this is what `prisma db push`
 * reports: `db` (a scratch, empty database) is brought to the baseline, seeded with sample rows,
 * and the engine (connected to `db`) is asked to push `current` without force — which applies
 * nothing when there are warnings or unexecutable steps, and returns them.
 */
export async function checkDataLoss(
  env: { db: SqlDatabase; engine: MigrationEngine },
  args: { baseline: DiffSource; current: readonly SchemaFile[]; rowsPerTable?: number },
): Promise<DataLossResult> {
  const { db, engine } = env;
  const up = await engine.diff({ from: { kind: 'empty' }, to: args.baseline });
  if (!up.ok) return { ok: false, message: `The baseline cannot be built: ${up.message}` };
  const applied = await applySql(db, up.output);
  if (!applied.ok) return { ok: false, message: `The baseline's SQL does not apply:\n${formatSqlError(applied.error, 'baseline.sql')}` };
  const seeded = await seedSampleRows(db, args.rowsPerTable ?? 2);
  const pushed = await engine.schemaPush(args.current, { force: false });
  if (!pushed.ok) return { ok: false, message: pushed.message };
  return { ok: true, warnings: pushed.warnings, unexecutable: pushed.unexecutable, executedSteps: pushed.executedSteps, seeded };
}
