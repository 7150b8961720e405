import { describe, expect, it } from 'vitest';
import { baselineFiles, baselineSource, dropsData, extensionOffer, extensionPreamble } from './migration-request';

describe('migration requests', () => {
  it('turns a baseline into what the engine diffs from', () => {
    const files = [{ path: 'schema.prisma', text: 'x' }];
    expect(baselineSource({ kind: 'empty' })).toEqual({ kind: 'empty' });
    expect(baselineSource({ kind: 'opened', files })).toEqual({ kind: 'schema', files });
    expect(baselineSource({ kind: 'migrations', migrations: [{ folder: '1_init', sql: 'A' }], lock: null })).toEqual({
      kind: 'migrations',
      folder: { migrations: [{ name: '1_init', sql: 'A' }], lockfile: null },
    });
    expect(baselineFiles({ kind: 'migrations', migrations: [], lock: null })).toBeNull();
    expect(baselineFiles({ kind: 'empty' })).toEqual([]);
  });

  it('spots the engine’s drops', () => {
    expect(dropsData('-- AlterTable\nALTER TABLE "User" DROP COLUMN "age";')).toBe(true);
    expect(dropsData('-- DropTable\nDROP TABLE "Post";')).toBe(true);
    expect(dropsData('-- AlterTable\nALTER TABLE "User" ADD COLUMN "age" INTEGER;')).toBe(false);
  });
});

describe('extensionPreamble', () => {
  const files = [
    {
      path: 'schema.prisma',
      text: 'datasource db {\n  provider = "postgresql"\n}\n\nmodel A {\n  id   Int    @id\n  name String @db.Citext\n\n  @@index([name(ops: raw("gin_trgm_ops"))], type: Gin)\n}\n',
    },
  ];

  it('offers CREATE EXTENSION lines for what the schema needs and the SQL does not create', () => {
    const sql = 'CREATE EXTENSION IF NOT EXISTS "citext";\n\n-- CreateTable\nCREATE TABLE "A" ("id" INTEGER NOT NULL, "name" CITEXT NOT NULL);\n';
    const { statements, withExtensions } = extensionPreamble(files, sql);
    expect(statements).toEqual(['CREATE EXTENSION IF NOT EXISTS "pg_trgm";']);
    expect(withExtensions).toBe(`CREATE EXTENSION IF NOT EXISTS "pg_trgm";\n\n${sql}`);
    expect(extensionPreamble(files, `CREATE EXTENSION IF NOT EXISTS "pg_trgm";\n${sql}`)).toEqual({ statements: [], withExtensions: `CREATE EXTENSION IF NOT EXISTS "pg_trgm";\n${sql}` });
  });

  it('puts them in front of migration.sql by default for an empty baseline only, or as the user chooses', () => {
    const sql = '-- CreateTable\nCREATE TABLE "A" ("id" INTEGER NOT NULL);\n';
    const pre = 'CREATE EXTENSION IF NOT EXISTS "citext";\nCREATE EXTENSION IF NOT EXISTS "pg_trgm";\n\n';
    const offered = extensionOffer(files, sql, { kind: 'empty' }, null);
    expect(offered).toMatchObject({ statements: pre.trim().split('\n'), included: true, sql: pre + sql });
    // down.sql drops them again, after the tables that used them
    expect(offered.down('-- DropTable\nDROP TABLE "A";')).toBe('-- DropTable\nDROP TABLE "A";\n\nDROP EXTENSION IF EXISTS "pg_trgm";\nDROP EXTENSION IF EXISTS "citext";\n');
    expect(extensionOffer(files, sql, { kind: 'opened', files }, false).down('X')).toBe('X');
    expect(extensionOffer(files, sql, { kind: 'opened', files }, null)).toMatchObject({ included: false, sql });
    expect(extensionOffer(files, sql, { kind: 'opened', files }, true)).toMatchObject({ included: true, sql: pre + sql });
    expect(extensionOffer(files, sql, { kind: 'empty' }, false)).toMatchObject({ included: false, sql });
    expect(extensionOffer([{ path: 's.prisma', text: 'model A {\n  id Int @id\n}\n' }], sql, { kind: 'empty' }, true)).toMatchObject({ statements: [], included: false, sql });
  });
});
