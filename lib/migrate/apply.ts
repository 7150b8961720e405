import { errorOffset, positionIn, toSqlError, type SqlDatabase, type SqlError } from './database';
import { isTransactionControl, splitSqlStatements, statementAt } from './sql-script';

export type ApplyResult = { ok: true; ms: number } | { ok: false; ms: number; error: SqlError };

/**
 * Runs a migration script the way `prisma migrate deploy` does: the whole script in one go (simple
 * query protocol, so statements without their own BEGIN/COMMIT form one implicit transaction and a
 * failure leaves nothing half-applied). On failure the exact PostgreSQL error is returned with the
 * failing statement: from the error's position when the server gives one, else by replaying the
 * statements one by one inside a transaction that is rolled back (the script's own BEGIN/COMMIT
 * lines are skipped during the replay, so nothing it does is kept).
 */
export async function applySql(db: SqlDatabase, sql: string): Promise<ApplyResult> {
  const started = now();
  try {
    await db.exec(sql);
    return { ok: true, ms: now() - started };
  } catch (e) {
    const error = toSqlError(e);
    const statements = splitSqlStatements(sql);
    const offset = errorOffset(e);
    if (offset !== null) {
      const s = statementAt(statements, offset);
      if (s) error.statement = { ...s, index: statements.indexOf(s) };
      error.position = positionIn(sql, offset);
    } else {
      const found = await replayToFailure(db, statements);
      if (found) error.statement = found;
    }
    return { ok: false, ms: now() - started, error };
  }
}

async function replayToFailure(db: SqlDatabase, statements: ReturnType<typeof splitSqlStatements>): Promise<SqlError['statement']> {
  try {
    await db.exec('BEGIN');
  } catch {
    return null;
  }
  try {
    for (let index = 0; index < statements.length; index++) {
      const s = statements[index];
      if (isTransactionControl(s.text)) continue;
      try {
        await db.exec(s.text);
      } catch {
        return { ...s, index };
      }
    }
    return null;
  } finally {
    await db.exec('ROLLBACK').catch(() => {});
  }
}

/**
 * Runs a script statement by statement (no surrounding transaction) and stops at the first failure:
 * for DDL imports, where every statement should run on its own and the error must name its line.
 */
export async function execStatements(db: SqlDatabase, sql: string, statements = splitSqlStatements(sql)): Promise<ApplyResult> {
  const started = now();
  for (let index = 0; index < statements.length; index++) {
    const s = statements[index];
    try {
      await db.exec(s.text);
    } catch (e) {
      const error = toSqlError(e);
      error.statement = { ...s, index };
      const offset = errorOffset(e);
      if (offset !== null) error.position = positionIn(sql, s.start + offset);
      return { ok: false, ms: now() - started, error };
    }
  }
  return { ok: true, ms: now() - started };
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());
