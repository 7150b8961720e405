import { describe, expect, it } from 'vitest';
import { readMigrationsFolder } from './baseline';

describe('readMigrationsFolder', () => {
  it('collects migration.sql files in folder order and the lock file', () => {
    const r = readMigrationsFolder([
      { path: 'prisma/migrations/20250202000000_second/migration.sql', text: 'B' },
      { path: 'prisma/migrations/migration_lock.toml', text: 'provider = "postgresql"' },
      { path: 'prisma/migrations/20250101000000_init/migration.sql', text: 'A' },
      { path: 'prisma/migrations/README.md', text: 'x' },
    ]);
    expect(r).toEqual({
      ok: true,
      migrations: [
        { folder: '20250101000000_init', sql: 'A' },
        { folder: '20250202000000_second', sql: 'B' },
      ],
      lock: 'provider = "postgresql"',
    });
  });

  it('explains what is wrong', () => {
    expect(readMigrationsFolder([{ path: 'schema.prisma', text: '' }])).toMatchObject({ ok: false, error: expect.stringContaining('No <folder>/migration.sql') });
    expect(readMigrationsFolder([{ path: 'm/a/migration.sql', text: '' }, { path: 'm/migration_lock.toml', text: 'provider = "mysql"' }])).toMatchObject({ ok: false, error: expect.stringContaining('not for postgresql') });
  });
});
