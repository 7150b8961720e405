import type { DiffSource } from '../migrate/engine';
import { parseSchema, type SchemaFile } from '../schema/document';
import { createExtensionStatements } from '../advisories/extensions';
import type { MigrationBaseline } from './baseline';

/** The engine's view of a baseline: nothing, schema files, or a migrations folder to replay. */
export function baselineSource(b: MigrationBaseline): DiffSource {
  switch (b.kind) {
    case 'empty':
      return { kind: 'empty' };
    case 'opened':
    case 'snapshot':
      return { kind: 'schema', files: b.files };
    case 'migrations':
      return { kind: 'migrations', folder: { migrations: b.migrations.map((m) => ({ name: m.folder, sql: m.sql })), lockfile: b.lock } };
  }
}

/** The baseline's schema files, when it has them (safety rules compare schemas). */
export function baselineFiles(b: MigrationBaseline): SchemaFile[] | null {
  if (b.kind === 'empty') return [];
  if (b.kind === 'opened' || b.kind === 'snapshot') return b.files;
  return null;
}

/** Statements that lose data whatever the safety rules say: the engine's own drops. */
export function dropsData(sql: string): boolean {
  return /^\s*(DROP TABLE|ALTER TABLE [^;]* DROP COLUMN|DROP TYPE)/im.test(sql);
}

/**
 * The `CREATE EXTENSION IF NOT EXISTS "x";` lines the migration export offers to put at the top of
 * `migration.sql`: every extension the schema needs (declared or not) that the engine's SQL does not
 * create already. Empty when there is nothing to add. `withExtensions` is the SQL with them in front.
 */
export function extensionPreamble(files: readonly SchemaFile[], migrationSql: string): { statements: string[]; withExtensions: string } {
  const created = new Set([...migrationSql.matchAll(/CREATE\s+EXTENSION\s+(?:IF\s+NOT\s+EXISTS\s+)?"?([\w-]+)"?/gi)].map((m) => m[1].toLowerCase()));
  const statements = createExtensionStatements(parseSchema([...files])).filter((line) => !created.has(/"([^"]+)"/.exec(line)![1].toLowerCase()));
  return { statements, withExtensions: statements.length ? `${statements.join('\n')}\n\n${migrationSql}` : migrationSql };
}

/**
 * The export dialog's CREATE EXTENSION offer: the statements, whether they go into `migration.sql`
 * (`choice`, or by default only when the baseline is an empty database, where nothing created them
 * yet), and the SQL the dialog shows and the zip holds.
 */
export function extensionOffer(files: readonly SchemaFile[], migrationSql: string, baseline: MigrationBaseline, choice: boolean | null): { statements: string[]; included: boolean; sql: string; down(downSql: string): string } {
  const { statements, withExtensions } = extensionPreamble(files, migrationSql);
  const included = statements.length > 0 && (choice ?? baseline.kind === 'empty');
  // The rollback takes back what the migration created: the extensions too (after the tables that used them).
  const drops = statements.map((s) => s.replace(/^CREATE EXTENSION IF NOT EXISTS/, 'DROP EXTENSION IF EXISTS')).reverse();
  const down = (downSql: string) => (included ? `${downSql.replace(/\n*$/, '\n')}\n${drops.join('\n')}\n` : downSql);
  return { statements, included, sql: included ? withExtensions : migrationSql, down };
}
