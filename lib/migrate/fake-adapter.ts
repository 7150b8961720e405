import { ColumnTypeEnum, type SqlDriverAdapter } from '@prisma/driver-adapter-utils';

/**
 * A driver adapter with no database behind it, for pure diffing. `SchemaEngine.new` runs exactly one
 * query (does the schema exist, server version); diffing two schemas (or empty → schema) runs none.
 * Anything else fails with a clear message instead of returning made-up data.
 */
export function fakePostgresAdapter(): SqlDriverAdapter {
  const refuse = (what: string) => Promise.reject(new Error(`No database is connected (pure diff mode): cannot ${what}`));
  return {
    provider: 'postgres',
    adapterName: 'schema-canvas-fake',
    async queryRaw(query) {
      if (/^\s*SELECT\s+EXISTS\s*\(\s*SELECT\s+1\s+FROM\s+pg_namespace/i.test(query.sql)) {
        return {
          columnNames: ['exists', 'version', 'numeric_version'],
          columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
          rows: [[true, 'PostgreSQL 17.5 on x86_64-pc-linux-gnu', 170005]],
        };
      }
      return refuse(`run ${query.sql.split('\n')[0].slice(0, 80)}`);
    },
    executeRaw: () => refuse('execute statements'),
    executeScript: () => refuse('run scripts'),
    startTransaction: () => refuse('start a transaction'),
    async dispose() {},
  };
}
