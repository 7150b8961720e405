import { readMigrationsFolder } from '../../export/baseline';
import type { Session } from '../../session/session';
import { defineCommand, ok } from '../types';

export default defineCommand({
  id: 'set-baseline',
  title: 'Set baseline',
  group: 'File',
  args: [
    {
      name: 'baseline',
      label: 'Diff migrations against',
      kind: 'choice',
      choices: ['current', 'opened', 'empty', 'migrations'],
      choiceLabels: { current: 'The schema as it is now (snapshot)', opened: 'The schema as it was opened', empty: 'An empty database', migrations: 'A prisma/migrations folder…' },
      initial: 'current',
    },
  ],
  keywords: ['migration', 'snapshot', 'history', 'deployed', 'prisma/migrations'],
  run: (session, a) => {
    const s = session.store.getState();
    switch (a.baseline) {
      case 'current':
        s.setMigrationBaseline({ kind: 'snapshot', files: s.files.map((f) => ({ ...f })), savedAt: Date.now() });
        session.notify('info', 'Baseline set to the current schema: the next migration holds only the changes made from now on');
        return ok();
      case 'opened':
        s.setMigrationBaseline({ kind: 'opened', files: s.openedFiles });
        session.notify('info', 'Baseline set to the schema as it was opened');
        return ok();
      case 'empty':
        s.setMigrationBaseline({ kind: 'empty' });
        session.notify('info', 'Baseline set to an empty database: the migration creates everything');
        return ok();
      case 'migrations':
        session.port('shell')?.pick('migrations-folder');
        return ok();
      default:
        return { ok: false, reason: 'Choose the current schema, the schema as opened, an empty database, or a migrations folder' };
    }
  },
});

/** Takes an uploaded `prisma/migrations` folder as the baseline. */
export function applyMigrationsFolder(session: Session, entries: ReadonlyArray<{ path: string; text: string }>): void {
  const read = readMigrationsFolder(entries);
  if (!read.ok) return session.notify('error', `Could not use that folder as the baseline: ${read.error}`);
  session.store.getState().setMigrationBaseline({ kind: 'migrations', migrations: read.migrations, lock: read.lock });
  session.notify('info', `Baseline set to the migration history (${read.migrations.length} migration${read.migrations.length === 1 ? '' : 's'}, last ${read.migrations[read.migrations.length - 1].folder})`);
}
