import type { ArgValues } from '@/lib/commands/catalog';
import { readMigrationsFolder } from '@/lib/export/baseline';
import { formatSqlError } from '@/lib/migrate/database';
import type { CommandOutcome, DesignerServices } from '../designer/services';
import type { UiCommandDeps } from './ui-commands';

/** Export migration, verify, baseline, SQL import and the project zip. */
export function registerMigrationCommands(services: DesignerServices, deps: UiCommandDeps): Array<() => void> {
  const store = services.store;
  return [
    services.registerHandler('export-migration', () => openDialog(services, true)),
    services.registerHandler('verify-migration', () => openDialog(services, 'verify')),
    services.registerHandler('download-project-zip', () => openDialog(services, true)),
    services.registerHandler('set-baseline', (args) => setBaseline(services, deps, args)),
    services.registerHandler('import-sql', async (args) => {
      const sql = typeof args.sql === 'string' ? args.sql : '';
      if (!sql.trim()) {
        deps.pickSqlFile();
        return { ok: true };
      }
      return importSql(services, deps.backup, sql, 'the pasted SQL');
    }),
  ];

  function openDialog(s: DesignerServices, mode: true | 'verify'): CommandOutcome {
    if (store.getState().parsed.model.problems.length) return { ok: false, reason: 'Fix the schema first: the migration is computed from valid text' };
    s.ui.setState({ exportMigration: mode, palette: false, form: null });
    return { ok: true };
  }
}

function setBaseline(services: DesignerServices, deps: UiCommandDeps, args: ArgValues): CommandOutcome {
  const s = services.store.getState();
  switch (args.baseline) {
    case 'current':
      s.setMigrationBaseline({ kind: 'snapshot', files: s.files.map((f) => ({ ...f })), savedAt: Date.now() });
      s.notify('info', 'Baseline set to the current schema: the next migration holds only the changes made from now on');
      return { ok: true };
    case 'opened':
      s.setMigrationBaseline({ kind: 'opened', files: s.openedFiles });
      s.notify('info', 'Baseline set to the schema as it was opened');
      return { ok: true };
    case 'empty':
      s.setMigrationBaseline({ kind: 'empty' });
      s.notify('info', 'Baseline set to an empty database: the migration creates everything');
      return { ok: true };
    case 'migrations':
      deps.pickMigrationsFolder();
      return { ok: true };
    default:
      return { ok: false, reason: 'Choose the current schema, the schema as opened, an empty database, or a migrations folder' };
  }
}

/** Takes an uploaded `prisma/migrations` folder as the baseline. */
export function applyMigrationsFolder(services: DesignerServices, entries: ReadonlyArray<{ path: string; text: string }>): void {
  const s = services.store.getState();
  const read = readMigrationsFolder(entries);
  if (!read.ok) return s.notify('error', `Could not use that folder as the baseline: ${read.error}`);
  s.setMigrationBaseline({ kind: 'migrations', migrations: read.migrations, lock: read.lock });
  s.notify('info', `Baseline set to the migration history (${read.migrations.length} migration${read.migrations.length === 1 ? '' : 's'}, last ${read.migrations[read.migrations.length - 1].folder})`);
}

/**
 * Runs SQL DDL in a fresh PGlite and opens what Prisma's introspection makes of it. The current
 * document is kept as the backup ("Restore previous document"); on failure nothing changes.
 */
export async function importSql(services: DesignerServices, backup: () => Promise<void>, sql: string, source: string): Promise<CommandOutcome> {
  const s = services.store.getState();
  s.notify('info', `Importing ${source}: starting PostgreSQL in the browser…`);
  let outcome;
  try {
    outcome = await services.engine.request({ type: 'import-sql', sql });
  } catch (e) {
    s.notify('error', `Import failed: ${(e as Error).message}`);
    return { ok: false, reason: (e as Error).message };
  }
  if (!outcome.ok) {
    const detail = outcome.error ? formatSqlError(outcome.error, source) : outcome.message;
    s.notify('error', `Import failed: ${outcome.message}`, detail);
    return { ok: false, reason: outcome.message };
  }
  await backup();
  s.openDocument({ files: [{ path: 'schema.prisma', text: outcome.schema }], prismaVersion: '7', migrationBaseline: { kind: 'empty' } });
  const notes = [outcome.warnings ?? '', outcome.skipped.length ? `Skipped psql commands: ${outcome.skipped.join('; ')}` : ''].filter(Boolean).join('\n');
  services.store.getState().notify('info', `Imported ${source} through Prisma’s introspection. “Restore previous document” brings the last one back.`, notes || undefined);
  return { ok: true };
}
