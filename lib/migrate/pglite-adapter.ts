import type { PGlite } from '@electric-sql/pglite';
import { DriverAdapterError, type SqlDriverAdapter } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { applySql } from './apply';
import type { SqlError } from './database';
import type { EngineDatabase } from './engine';

/**
 * The pglite-prisma-adapter connection with `executeScript` fixed: 0.7.2 calls `client.exec(script)`
 * without awaiting it, so a failing script (a broken migration replayed on the shadow database)
 * resolves as if it had worked, the engine carries on with a wrong state, and the rejection crashes
 * Node as unhandled. Here the script is awaited and its error reaches the engine with PostgreSQL's
 * message and the failing statement.
 */
export async function pgliteAdapter(pg: PGlite, onDispose?: () => Promise<void>): Promise<SqlDriverAdapter> {
  const inner = await new PrismaPGlite(pg).connect();
  return Object.assign(Object.create(Object.getPrototypeOf(inner)) as SqlDriverAdapter, inner, {
    async executeScript(script: string) {
      const result = await applySql(pg, script);
      if (!result.ok) throw scriptError(result.error);
    },
    // Prisma 6.19's schema engine replays a migration on the shadow database as one raw query; a
    // prepared statement cannot hold several commands, so a multi-statement script without
    // parameters runs as a script instead (Prisma 7 engines call executeScript).
    async executeRaw(query: Parameters<SqlDriverAdapter['executeRaw']>[0]) {
      try {
        return await inner.executeRaw(query);
      } catch (e) {
        if (query.args.length || !/cannot insert multiple commands into a prepared statement/.test(errorText(e))) throw e;
        const result = await applySql(pg, query.sql);
        if (!result.ok) throw scriptError(result.error);
        return 0;
      }
    },
    async dispose() {
      await inner.dispose();
      await onDispose?.();
    },
  });
}

function errorText(e: unknown): string {
  if (e instanceof DriverAdapterError) return JSON.stringify(e.cause);
  return e instanceof Error ? e.message : String(e);
}

/**
 * Engine connections backed by PGlite: `database` (optional) for introspection and pushes, and a new
 * PGlite from `createShadow` for every shadow database (closed when the engine lets go of it).
 */
export function pgliteEngineDatabase(options: { database?: PGlite; createShadow?: () => Promise<PGlite> }): EngineDatabase {
  const { database, createShadow } = options;
  return {
    connect: database ? () => pgliteAdapter(database) : undefined,
    connectToShadowDb: createShadow
      ? async () => {
          const shadow = await createShadow();
          return pgliteAdapter(shadow, () => shadow.close());
        }
      : undefined,
  };
}

/**
 * The script's PostgreSQL error as the engine's `postgres` driver error. The SQLSTATE goes into the
 * message rather than the code: for some codes (23502, 42P01, …) the engine replaces PostgreSQL's
 * message with a generic one ("Null constraint failed: ()"), losing the column and table.
 */
function scriptError(error: SqlError): Error {
  const where = error.statement
    ? `\n  at line ${error.position?.line ?? error.statement.line} of migration.sql: ${error.statement.text.split('\n')[0]}`
    : '';
  return new DriverAdapterError({
    kind: 'postgres',
    code: '',
    severity: 'ERROR',
    message: `${error.message}${error.code ? ` (SQLSTATE ${error.code})` : ''}${where}`,
    detail: error.detail ?? undefined,
    column: undefined,
    hint: error.hint ?? undefined,
  });
}
