import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bufferIo } from './io';
import { main } from './main';

const SEED_004 = join(import.meta.dirname, '..', 'lib', 'migrate', 'fixtures', 'seed-004.sql');

function sqlFile(text: string | Uint8Array, name = 'schema.sql'): string {
  const dir = mkdtempSync(join(tmpdir(), 'schema-canvas-import-sql-'));
  writeFileSync(join(dir, name), text);
  return join(dir, name);
}

async function importSql(...argv: string[]) {
  const io = bufferIo();
  const code = await main(['import-sql', ...argv], io);
  return { code, ...io };
}

describe('schema-canvas import-sql', () => {
  it('prints the introspected schema exactly as the engine wrote it; notes on stderr; exit 0', async () => {
    const bin = join(import.meta.dirname, '..', 'bin', 'schema-canvas.mjs');
    const r = spawnSync(process.execPath, [bin, 'import-sql', SEED_004], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.startsWith('datasource db {\n  provider = "postgresql"\n}\n\nmodel conflicts {\n')).toBe(true);
    expect(r.stdout.endsWith('enum task_status {\n  pending\n  running\n  completed\n  failed\n}\n')).toBe(true);
    expect(r.stderr).toContain('note: decisions: expression index ix_decisions_content_gin is not in the Prisma schema');
    expect(r.stderr).toContain('These indexes are not supported by Prisma Client');
    // In-process gives the same bytes.
    const inProcess = await importSql(SEED_004, '--quiet');
    expect(inProcess).toMatchObject({ code: 0, stdout: r.stdout, stderr: '' });
  });

  it('exits 1 with PostgreSQL’s error and the line of the failing statement; skipped meta-commands are listed', async () => {
    const file = sqlFile('\\restrict abc\nCREATE TABLE a (id int PRIMARY KEY);\nCREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a(nope));\n');
    const r = await importSql(file);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${file}:1: skipped \\restrict abc (a psql meta-command, not SQL)`);
    expect(r.stderr).toContain('ERROR:  column "nope" referenced in foreign key constraint does not exist (SQLSTATE 42703)');
    expect(r.stderr).toContain(`at ${file}:3 (statement 2):\n    CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a(nope));`);
  });

  it('exits 1 when nothing was created, 2 on bad usage and unreadable files', async () => {
    expect(await importSql(sqlFile('-- nothing here\n'))).toMatchObject({ code: 1 });
    expect((await importSql()).code).toBe(2);
    expect((await importSql('/no/such/file.sql')).stderr).toContain('/no/such/file.sql: no such file');
    expect((await importSql(sqlFile(new Uint8Array([0xff, 0xfe, 0x41, 0x00])))).stderr).toContain('UTF-16');
    expect((await importSql('a.sql', 'b.sql')).code).toBe(2);
    expect((await importSql('--help')).stdout).toContain('Usage: schema-canvas import-sql <file.sql>');
  });

  it('stops SQL that never ends after --timeout, says so, and the next import still works', async () => {
    const loop = sqlFile('CREATE TABLE a (id int primary key);\nDO $$ BEGIN LOOP END LOOP; END $$;\n');
    const started = Date.now();
    const r = await importSql(loop, '--timeout', '2');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('still running after 2 s and was stopped');
    expect(Date.now() - started).toBeLessThan(20_000);
    const ok = await importSql(sqlFile('CREATE TABLE b (id int primary key);\n'));
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('model b {');
    expect((await importSql(loop, '--timeout', 'soon')).stderr).toContain('--timeout needs a number of seconds greater than 0 (got soon)');
    // the installed command, run from another project's folder
    const bin = join(import.meta.dirname, '..', 'bin', 'schema-canvas.mjs');
    const installed = spawnSync(process.execPath, [bin, 'import-sql', loop, '--timeout', '2'], { cwd: tmpdir(), encoding: 'utf8', timeout: 30_000 });
    expect(installed.status, installed.stderr).toBe(1);
    expect(installed.stderr).toContain('still running after 2 s and was stopped');
  });

  it('Ctrl-C cancels a running import (the signal reaches the runner)', async () => {
    const { importSqlCommand } = await import('./import-sql');
    const io = bufferIo();
    const code = await importSqlCommand([sqlFile('SELECT 1;\n')], io, (_ddl, { signal, timeoutMs }) => {
      expect(timeoutMs).toBe(60_000);
      setTimeout(() => process.emit('SIGINT'), 10);
      return new Promise((resolve) => signal.addEventListener('abort', () => resolve({ ok: false, message: 'The SQL import was cancelled. Nothing was imported.', error: null, skipped: [] })));
    });
    expect(code).toBe(1);
    expect(io.stderr).toContain('was cancelled');
  });
});
