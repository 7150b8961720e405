import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeDiffEngine } from '../lib/migrate/migrate-node';
import type { DiffSource } from '../lib/migrate/engine';
import { bufferIo } from './io';
import { main } from './main';

const A = `datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}

model User {
  id   Int     @id @default(autoincrement())
  name String?
}
`;
const B = A.replace('  name String?\n', '  name String?\n  age  Int?\n');

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'schema-canvas-migrate-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

async function migrate(...argv: string[]) {
  const io = bufferIo();
  const code = await main(['migrate', ...argv], io);
  return { code, ...io };
}

async function engineDiff(from: DiffSource, to: DiffSource, script = true): Promise<string> {
  const r = await (await nodeDiffEngine()).diff({ from, to, script });
  if (!r.ok) throw new Error(r.message);
  return r.output;
}

const schema = (text: string): DiffSource => ({ kind: 'schema', files: [{ path: 'schema.prisma', text }] });

describe('schema-canvas migrate', () => {
  it('--from empty --to <file> prints the engine’s SQL byte for byte (datasource url ignored, the file untouched)', async () => {
    const dir = project({ 'schema.prisma': A });
    const r = await migrate('--from', 'empty', '--to', join(dir, 'schema.prisma'));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(await engineDiff({ kind: 'empty' }, schema(A)));
    expect(r.stdout.startsWith('-- CreateSchema\nCREATE SCHEMA IF NOT EXISTS "public";\n')).toBe(true);
    expect(readFileSync(join(dir, 'schema.prisma'), 'utf8')).toBe(A);
  });

  it('file → file, --down for the rollback, --summary for Prisma’s summary', async () => {
    const dir = project({ 'a.prisma': A, 'b.prisma': B });
    const [a, b] = [join(dir, 'a.prisma'), join(dir, 'b.prisma')];
    const up = await migrate('--from', a, '--to', b);
    expect(up).toMatchObject({ code: 0, stdout: '-- AlterTable\nALTER TABLE "User" ADD COLUMN     "age" INTEGER;\n' });
    const down = await migrate(`--from=${a}`, `--to=${b}`, '--down');
    expect(down).toMatchObject({ code: 0, stdout: '-- AlterTable\nALTER TABLE "User" DROP COLUMN "age";\n' });
    const summary = await migrate('--from', a, '--to', b, '--summary');
    expect(summary.stdout).toBe(await engineDiff(schema(A), schema(B), false));
  });

  it('a schema folder (multi-file schema)', async () => {
    const dir = project({
      'prisma/schema/schema.prisma': 'datasource db {\n  provider = "postgresql"\n}\n',
      'prisma/schema/user.prisma': 'model User {\n  id Int @id\n}\n',
      'prisma/migrations/.keep': '',
    });
    const r = await migrate('--from', 'empty', '--to', join(dir, 'prisma'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('CREATE TABLE "User"');
  });

  it('a migrations folder is replayed on a temporary database', async () => {
    const init = await engineDiff({ kind: 'empty' }, schema(A));
    const dir = project({
      'migrations/20240101000000_init/migration.sql': init,
      'migrations/migration_lock.toml': 'provider = "postgresql"\n',
      'migrations/20240102000000_data/README.md': 'a folder without migration.sql',
      'schema.prisma': B,
    });
    const r = await migrate('--from', join(dir, 'migrations'), '--to', join(dir, 'schema.prisma'));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('-- AlterTable\nALTER TABLE "User" ADD COLUMN     "age" INTEGER;\n');
    expect(r.stderr).toContain('1 folder(s) without migration.sql ignored: 20240102000000_data');
  });

  it('exits 1 with the engine’s message when a migration of the folder fails', async () => {
    const dir = project({ 'migrations/1_init/migration.sql': 'CREATE TABLE "User" (id int);\nCREAT INDEX x ON "User"(id);\n', 'schema.prisma': A });
    const r = await migrate('--from', join(dir, 'migrations'), '--to', join(dir, 'schema.prisma'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Migration `1_init` failed to apply cleanly to the shadow database.');
    expect(r.stderr).toContain('ERROR: syntax error at or near "CREAT" (SQLSTATE 42601)');
    expect(r.stderr).toContain('at line 2 of migration.sql: CREAT INDEX x ON "User"(id);');
  });

  it('exits 2 with Prisma’s message on an invalid schema, and on bad usage', async () => {
    const dir = project({ 'schema.prisma': A.replace('name String?', 'name Strin') });
    const r = await migrate('--from', 'empty', '--to', join(dir, 'schema.prisma'));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Type "Strin" is neither a built-in type, nor refers to another model, composite type, or enum.');
    expect(r.stderr).toContain('-->  schema.prisma:8');

    expect((await migrate('--to', join(dir, 'schema.prisma'))).code).toBe(2);
    expect((await migrate('--from', 'empty')).stderr).toContain('Name where the migration ends with --to');
    expect((await migrate('--from', 'empty', '--to', join(dir, 'nope.prisma'))).stderr).toContain('no such file or folder');
    expect((await migrate('--from', 'empty', '--to', 'x', '--bogus')).stderr).toContain('Unknown option --bogus');
    const help = await migrate('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: schema-canvas migrate --from <source> --to <target>');
  });

  it('the installed command: same bytes on stdout, exit codes set', async () => {
    const dir = project({ 'schema.prisma': A, 'bad.prisma': A.replace('name String?', 'name Strin') });
    const bin = join(import.meta.dirname, '..', 'bin', 'schema-canvas.mjs');
    const ok = spawnSync(process.execPath, [bin, 'migrate', '--from', 'empty', '--to', join(dir, 'schema.prisma')], { encoding: 'utf8' });
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toBe(await engineDiff({ kind: 'empty' }, schema(A)));
    const bad = spawnSync(process.execPath, [bin, 'migrate', '--from', 'empty', '--to', join(dir, 'bad.prisma')], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Type "Strin" is neither a built-in type');
  });

  it('--from empty --to empty says there is nothing to diff (no engine backtrace)', async () => {
    const r = await migrate('--from', 'empty', '--to', 'empty');
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: 'Nothing to diff: --from and --to are both an empty database.\n' });
  });

  it('uses the Prisma 6.19 engine for a schema only Prisma 6 accepts, or when asked', async () => {
    const metrics = A.replace('model User', 'generator client {\n  provider        = "prisma-client-js"\n  previewFeatures = ["metrics"]\n}\n\nmodel User');
    const dir = project({ 'schema.prisma': metrics, 'plain.prisma': A });
    const six = await migrate('--from', 'empty', '--to', join(dir, 'schema.prisma'));
    expect(six.code, six.stderr).toBe(0);
    expect(six.stdout).toBe(await (async () => {
      const r = await (await nodeDiffEngine('6')).diff({ from: { kind: 'empty' }, to: schema(metrics) });
      return r.ok ? r.output : r.message;
    })());
    expect(six.stdout.startsWith('-- CreateTable\nCREATE TABLE "User"')).toBe(true); // no CREATE SCHEMA line: Prisma 6 output
    const asked = await migrate('--from', 'empty', '--to', join(dir, 'plain.prisma'), '--prisma-version', '6');
    expect(asked.code).toBe(0);
    expect(asked.stdout.startsWith('-- CreateTable')).toBe(true);
    const refused = await migrate('--from', 'empty', '--to', join(dir, 'schema.prisma'), '--prisma-version', '7');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Prisma 7 does not accept this schema; Prisma 6 and 5 do: use --prisma-version 6.');
    expect((await migrate('--from', 'empty', '--to', join(dir, 'plain.prisma'), '--prisma-version', '4')).stderr).toContain('--prisma-version needs 7, 6 or 5 (got 4)');
  });

  it('names the upgrade fix for a schema only Prisma 5 accepts, and exports with --upgrade', async () => {
    const view = A.replace('model User', 'generator client {\n  provider        = "prisma-client-js"\n  previewFeatures = ["views"]\n}\n\nview Mountain {\n  id   Int    @id\n  name String\n}\n\nmodel User');
    const dir = project({ 'schema.prisma': view });
    const r = await migrate('--from', 'empty', '--to', join(dir, 'schema.prisma'));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('This schema is valid for Prisma 5.22 only');
    expect(r.stderr).toContain('view `Mountain` gets `@unique` instead of `@id`');
    expect(r.stderr).toContain('Re-run with --upgrade');
    const up = await migrate('--from', 'empty', '--to', join(dir, 'schema.prisma'), '--upgrade');
    expect(up.code, up.stderr).toBe(0);
    expect(up.stdout).toContain('CREATE TABLE "User"');
    expect(up.stderr).toContain('Exported with the upgrade fixes applied in memory');
    expect(readFileSync(join(dir, 'schema.prisma'), 'utf8')).toBe(view);
  });
});
