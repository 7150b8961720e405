/**
 * `npx tsx scripts/migration-history-check.ts [project …]`
 *
 * For every corpus project that ships its `migrations/` folder: applies the migration history, in
 * order, to one empty database, and our from-empty migration SQL for the project's final schema to
 * another, then compares the two catalogs (tables, columns, constraints, indexes, enums). Also asks
 * Prisma's engine for the drift (migrations folder → schema, replayed on a PGlite shadow database),
 * i.e. the migration `prisma migrate dev` would create next.
 *
 * Databases: the PostgreSQL server (SCHEMA_CANVAS_PG_URL, default 127.0.0.1:5432) when it answers,
 * else PGlite; SCHEMA_CANVAS_VERIFY=pglite forces PGlite.
 *
 * A migration that fails is reported and skipped (the history continues, as a person fixing forward
 * would), so the rest of the comparison still means something. A `CREATE EXTENSION` for an extension
 * the database does not have is dropped from the script (and reported) before retrying it.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { applySql, type ApplyResult } from '../lib/migrate/apply';
import { catalogSnapshot, compareCatalogs, formatDifferences, type CatalogSnapshot } from '../lib/migrate/catalog';
import { formatSqlError, type SqlDatabase } from '../lib/migrate/database';
import { readMigrationsFolder } from '../lib/migrate/migrate-node';
import { startNodeEngine } from '../lib/migrate/engine-node';
import { verifyBackend } from '../lib/migrate/verify-backend-node';
import { CORPUS_DIR, corpusProjects } from '../test-support/corpus';

const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));

/** Applies a script; if it fails on `CREATE EXTENSION` of an unavailable extension, drops that statement and retries. */
async function applyTolerant(db: SqlDatabase, sql: string): Promise<{ result: ApplyResult; dropped: string[] }> {
  const dropped: string[] = [];
  let script = sql;
  for (;;) {
    const result = await applySql(db, script);
    const s = !result.ok ? result.error.statement : null;
    if (result.ok || result.error.code !== '0A000' || !s || !/^CREATE\s+EXTENSION\b/i.test(s.text)) return { result, dropped };
    dropped.push(s.text);
    script = script.slice(0, s.start) + script.slice(s.end);
  }
}

function indent(text: string, by = '    '): string {
  return text
    .split('\n')
    .map((l) => by + l)
    .join('\n');
}

async function main() {
  const backend = await verifyBackend();
  const engine = await startNodeEngine();
  const projects = corpusProjects().filter((p) => existsSync(join(CORPUS_DIR, p.name, 'migrations')) && (!only.length || only.includes(p.name)));
  console.log(`Migration history check on ${backend.name}; corpus ${CORPUS_DIR}; ${projects.length} project(s) with migrations/\n`);
  const summary: string[] = [];
  for (const project of projects) {
    const dir = join(CORPUS_DIR, project.name, 'migrations');
    const folder = readMigrationsFolder(dir);
    const nonSql = readdirSync(dir).filter((f) => !f.endsWith('.toml') && !folder.migrations.some((m) => m.name === f) && !folder.ignored.includes(f));
    console.log(`== ${project.name}: ${folder.migrations.length} migrations${folder.ignored.length ? ` (+${folder.ignored.length} folders without migration.sql)` : ''}${nonSql.length ? `, other files: ${nonSql.join(', ')}` : ''}; schema ${project.files.length} file(s)`);

    // 1. The history, migration by migration.
    const started = performance.now();
    const failed: string[] = [];
    const droppedAll: string[] = [];
    const history = await backend.withDatabase(async (db) => {
      for (const m of folder.migrations) {
        const { result, dropped } = await applyTolerant(db, m.sql);
        droppedAll.push(...dropped.map((d) => `${m.name}: ${d}`));
        if (!result.ok) {
          failed.push(m.name);
          console.log(`  history: ${m.name} FAILED (skipped, continuing):\n${indent(formatSqlError(result.error, `${m.name}/migration.sql`), '      ')}`);
        }
      }
      return catalogSnapshot(db);
    });
    console.log(`  history: ${folder.migrations.length - failed.length}/${folder.migrations.length} applied in ${Math.round(performance.now() - started)} ms`);
    for (const d of droppedAll) console.log(`  history: dropped (extension not available here): ${d}`);

    // 2. Our from-empty SQL for the final schema.
    const up = await engine.diff({ from: { kind: 'empty' }, to: { kind: 'schema', files: project.files } });
    if (!up.ok) {
      console.log(`  from-empty: the engine refused the schema:\n${indent(up.message.split('\n').slice(0, 8).join('\n'))}\n`);
      summary.push(`${project.name}: schema refused by the Prisma 7 engine`);
      continue;
    }
    let fromEmptyFailed = false;
    const fresh = await backend.withDatabase(async (db): Promise<CatalogSnapshot> => {
      const { result, dropped } = await applyTolerant(db, up.output);
      for (const d of dropped) console.log(`  from-empty: dropped (extension not available here): ${d}`);
      if (!result.ok) {
        fromEmptyFailed = true;
        console.log(`  from-empty: FAILED:\n${indent(formatSqlError(result.error, 'from-empty.sql'), '      ')}`);
      } else console.log(`  from-empty: ${up.output.length} bytes of SQL applied in ${Math.round(result.ms)} ms`);
      return catalogSnapshot(db);
    });

    // 3. Compare.
    const labels = { a: 'history', b: 'from-empty' };
    const raw = compareCatalogs(history, fresh);
    const real = compareCatalogs(history, fresh, { equivalent: true });
    const order = compareCatalogs(history, fresh, { columnOrder: true }).filter((d) => d.kind === 'column order');
    const tables = (s: CatalogSnapshot) => Object.keys(s.tables).length;
    console.log(`  catalogs: history ${tables(history)} tables / ${Object.keys(history.enums).length} enums; from-empty ${tables(fresh)} tables / ${Object.keys(fresh.enums).length} enums`);
    if (!real.length) console.log('  differences: none' + (raw.length ? ` (${raw.length} equivalent spellings only: precision 6 / now())` : ''));
    else {
      console.log(`  differences (${real.length}${raw.length > real.length ? `, plus ${raw.length - real.length} equivalent spellings` : ''}):`);
      for (const line of formatDifferences(real, labels)) console.log(`    ${line}`);
    }
    if (order.length) console.log(`  column order differs in ${order.length} table(s) (cosmetic: ALTER … ADD COLUMN appends)`);

    // 4. Prisma's own view: the next migration migrate dev would create.
    const t = performance.now();
    const drift = await engine.diff({ from: { kind: 'migrations', folder }, to: { kind: 'schema', files: project.files }, script: false });
    const driftMs = Math.round(performance.now() - t);
    if (!drift.ok) console.log(`  engine drift check (PGlite shadow, ${driftMs} ms): FAILED\n${indent(drift.message.split('\n').slice(0, 10).join('\n'))}`);
    else if (!drift.changed) console.log(`  engine drift check (PGlite shadow, ${driftMs} ms): the history matches the schema`);
    else console.log(`  engine drift check (PGlite shadow, ${driftMs} ms): migrate dev would create a migration:\n${indent(drift.output.trim())}`);
    console.log('');
    summary.push(
      `${project.name}: ${failed.length ? `${failed.length} history migration(s) failed; ` : ''}${fromEmptyFailed ? 'from-empty failed; ' : ''}${real.length} catalog difference(s)${raw.length > real.length ? ` (+${raw.length - real.length} equivalent)` : ''}; engine drift: ${!drift.ok ? 'failed' : drift.changed ? 'yes' : 'none'}`,
    );
  }
  console.log('Summary:');
  for (const s of summary) console.log(`  ${s}`);
  engine.dispose();
  await backend.close();
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
