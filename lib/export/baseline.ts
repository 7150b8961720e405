import type { SchemaFile } from '../schema/document';

/**
 * What a migration is diffed against: nothing (the first migration), the schema as it was when the
 * document was opened, a snapshot the user saved, or an uploaded `prisma/migrations` history.
 */
export type MigrationBaseline =
  | { kind: 'empty' }
  | { kind: 'opened'; files: SchemaFile[] }
  | { kind: 'snapshot'; files: SchemaFile[]; savedAt: number }
  | { kind: 'migrations'; migrations: MigrationFolder[]; lock: string | null };

export interface MigrationFolder {
  /** `20250101000000_init`. */
  folder: string;
  sql: string;
}

export function describeBaseline(b: MigrationBaseline): string {
  switch (b.kind) {
    case 'empty':
      return 'an empty database (first migration)';
    case 'opened':
      return 'the schema as it was when opened';
    case 'snapshot':
      return `the snapshot saved ${new Date(b.savedAt).toLocaleString()}`;
    case 'migrations':
      return `the migration history (${b.migrations.length} migration${b.migrations.length === 1 ? '' : 's'})`;
  }
}

/**
 * Reads an uploaded `prisma/migrations` folder: every `<folder>/migration.sql` (sorted by folder name,
 * as Prisma applies them) and `migration_lock.toml`. Paths may carry any leading folders.
 */
export function readMigrationsFolder(entries: ReadonlyArray<{ path: string; text: string }>): { ok: true; migrations: MigrationFolder[]; lock: string | null } | { ok: false; error: string } {
  const migrations: MigrationFolder[] = [];
  let lock: string | null = null;
  for (const e of entries) {
    const parts = e.path.replace(/\\/g, '/').split('/').filter(Boolean);
    const name = parts[parts.length - 1];
    if (name === 'migration_lock.toml') lock = e.text;
    else if (name === 'migration.sql' && parts.length >= 2) migrations.push({ folder: parts[parts.length - 2], sql: e.text });
  }
  if (!migrations.length) return { ok: false, error: 'No <folder>/migration.sql files found: open the prisma/migrations folder' };
  const seen = new Set<string>();
  for (const m of migrations) {
    if (seen.has(m.folder)) return { ok: false, error: `Two migrations are called ${m.folder}` };
    seen.add(m.folder);
  }
  if (lock && !/provider\s*=\s*"postgresql"/.test(lock)) return { ok: false, error: 'migration_lock.toml is not for postgresql' };
  migrations.sort((a, b) => (a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : 0));
  return { ok: true, migrations, lock };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFiles = (v: unknown): v is SchemaFile[] => Array.isArray(v) && v.every((f) => isRecord(f) && typeof f.path === 'string' && typeof f.text === 'string');

/** A baseline read back from storage, or null when its shape is wrong (the caller falls back to the opened schema). */
export function validateBaseline(raw: unknown): MigrationBaseline | null {
  if (!isRecord(raw)) return null;
  const copyFiles = (files: SchemaFile[]) => files.map((f) => ({ path: f.path, text: f.text }));
  if (raw.kind === 'empty') return { kind: 'empty' };
  if (raw.kind === 'opened' && isFiles(raw.files)) return { kind: 'opened', files: copyFiles(raw.files) };
  if (raw.kind === 'snapshot' && isFiles(raw.files) && typeof raw.savedAt === 'number') return { kind: 'snapshot', files: copyFiles(raw.files), savedAt: raw.savedAt };
  if (raw.kind === 'migrations' && Array.isArray(raw.migrations) && raw.migrations.every((m) => isRecord(m) && typeof m.folder === 'string' && typeof m.sql === 'string')) {
    return { kind: 'migrations', migrations: raw.migrations.map((m) => ({ folder: String(m.folder), sql: String(m.sql) })), lock: typeof raw.lock === 'string' ? raw.lock : null };
  }
  return null;
}
