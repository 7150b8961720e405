import { withGenerator } from '../../files/with-generator';
import { formatSqlError } from '../../migrate/database';
import { IMPORT_SQL_TIMEOUT_MS } from '../../export/engine-protocol';
import type { Session } from '../../session/session';
import { RpcError } from '../../workers/rpc';
import { defineCommand, ok, type CommandOutcome } from '../types';

export default defineCommand({
  id: 'import-sql',
  title: 'Import SQL',
  group: 'File',
  args: [{ name: 'sql', label: 'SQL to import (leave empty to open a .sql file)', kind: 'multiline', optional: true }],
  keywords: ['pg_dump', 'ddl', 'introspect', 'database', 'reverse engineer'],
  run: (session, a) => {
    const sql = typeof a.sql === 'string' ? a.sql : '';
    if (!sql.trim()) {
      session.port('shell')?.pick('sql');
      return ok();
    }
    return importSql(session, sql, 'the pasted SQL');
  },
});

/**
 * Runs SQL DDL in a fresh PGlite and opens what Prisma's introspection makes of it. The current
 * document is kept as the backup ("Restore previous document"); on failure nothing changes.
 */
export async function importSql(session: Session, sql: string, source: string, timeoutMs = IMPORT_SQL_TIMEOUT_MS): Promise<CommandOutcome> {
  if (!session.engine) return { ok: false, reason: 'The schema engine is not available here' };
  session.notify('info', `Importing ${source}: starting PostgreSQL in the browser…`);
  let outcome;
  try {
    outcome = await session.engine.request({ type: 'import-sql', sql }, { timeoutMs });
  } catch (e) {
    if (e instanceof RpcError && e.reason === 'timeout') {
      const reason = `Import stopped: ${source} did not finish within ${Math.round(timeoutMs / 1000)} s (a statement that never ends, such as an endless loop?)`;
      session.notify('error', reason, 'PostgreSQL in the browser was stopped and started again; your document is unchanged and exports keep working.');
      return { ok: false, reason };
    }
    session.notify('error', `Import failed: ${(e as Error).message}`);
    return { ok: false, reason: (e as Error).message };
  }
  if (!outcome.ok) {
    const detail = outcome.error ? formatSqlError(outcome.error, source) : outcome.message;
    session.notify('error', `Import failed: ${outcome.message}`, detail);
    return { ok: false, reason: outcome.message };
  }
  await session.backup();
  session.openDocument({ files: [{ path: 'schema.prisma', text: withGenerator(outcome.schema) }], prismaVersion: '7', migrationBaseline: { kind: 'empty' } });
  const notes = [outcome.warnings ?? '', outcome.skipped.length ? `Skipped psql commands: ${outcome.skipped.join('; ')}` : ''].filter(Boolean).join('\n');
  session.notify('info', `Imported ${source} through Prisma’s introspection. “Restore previous document” brings the last one back.`, notes || undefined);
  return ok();
}
