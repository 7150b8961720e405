import type { DiffSource } from '../migrate/engine';
import type { SchemaFile } from '../schema/document';
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
