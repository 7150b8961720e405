import { applySql } from '../migrate/apply';
import { catalogSnapshot, compareCatalogs, formatDifferences } from '../migrate/catalog';
import type { SqlDatabase, SqlError } from '../migrate/database';
import type { DiffSource, MigrationEngine } from '../migrate/engine';
import { declaredExtensions, EXTENSIONS, neededExtensions, PGLITE_CONTRIB, pgliteExtensionsForSql } from '../advisories/extensions';
import { parseSchema } from '../schema/document';

export interface VerifyStep {
  title: string;
  ok: boolean;
  ms: number;
  error?: SqlError;
  detail?: string[];
}

export interface VerifyResult {
  ok: boolean;
  steps: VerifyStep[];
}

/**
 * "Verify migration" on a fresh PostgreSQL: bring it to the baseline (its migration history, or the
 * engine's SQL for the baseline schema), apply `migration.sql` (exact PostgreSQL error and statement on
 * failure), then `down.sql`, and check the catalog is the baseline's again.
 */
export async function verifyMigration(
  engine: MigrationEngine,
  db: SqlDatabase,
  input: { baseline: DiffSource; migrationSql: string; downSql: string | null },
): Promise<VerifyResult> {
  const steps: VerifyStep[] = [];
  const done = (ok: boolean) => ({ ok, steps });

  const baselineScripts = await baselineSql(engine, input.baseline);
  if (!baselineScripts.ok) {
    steps.push({ title: 'Build the baseline', ok: false, ms: 0, detail: [baselineScripts.message] });
    return done(false);
  }
  for (const script of baselineScripts.scripts) {
    const r = await applySql(db, script.sql);
    steps.push({ title: `Apply ${script.title}`, ok: r.ok, ms: r.ms, ...(r.ok ? {} : { error: r.error }) });
    if (!r.ok) return done(false);
  }
  const before = await catalogSnapshot(db);
  const applied = await applySql(db, input.migrationSql);
  steps.push({ title: 'Apply migration.sql', ok: applied.ok, ms: applied.ms, ...(applied.ok ? {} : { error: applied.error }) });
  if (!applied.ok) return done(false);
  if (input.downSql === null) return done(true);
  const rolledBack = await applySql(db, input.downSql);
  steps.push({ title: 'Apply down.sql', ok: rolledBack.ok, ms: rolledBack.ms, ...(rolledBack.ok ? {} : { error: rolledBack.error }) });
  if (!rolledBack.ok) return done(false);
  const differences = compareCatalogs(before, await catalogSnapshot(db));
  steps.push({
    title: 'Compare the database with the baseline',
    ok: differences.length === 0,
    ms: 0,
    detail: differences.length ? formatDifferences(differences, { a: 'baseline', b: 'after down.sql' }) : ['Back to the baseline: same tables, columns, constraints, indexes and enums'],
  });
  return done(differences.length === 0);
}

/** The SQL that builds the baseline on an empty database: its migrations in order, or the engine's from-empty diff. */
export async function baselineSql(engine: MigrationEngine, baseline: DiffSource): Promise<{ ok: true; scripts: { title: string; sql: string }[] } | { ok: false; message: string }> {
  if (baseline.kind === 'empty') return { ok: true, scripts: [] };
  if (baseline.kind === 'migrations') return { ok: true, scripts: baseline.folder.migrations.map((m) => ({ title: `${m.name}/migration.sql`, sql: m.sql })) };
  const diff = await engine.diff({ from: { kind: 'empty' }, to: baseline });
  if (!diff.ok) return { ok: false, message: `The baseline schema is invalid: ${diff.message}` };
  return { ok: true, scripts: [{ title: 'the baseline schema', sql: diff.output }] };
}

/**
 * The PGlite contrib modules "Verify migration" must start PGlite with (it can only `CREATE EXTENSION`
 * what it was started with): those the SQL creates, and those a baseline schema declares or needs.
 * `missing` names extensions PGlite does not ship (pgvector, PostGIS): verification will fail on them,
 * and the caller can say why up front.
 */
export function verifyContribModules(input: { baseline: DiffSource; migrationSql: string; downSql: string | null }): { modules: string[]; missing: string[] } {
  return contribModulesFor([input.baseline], [input.migrationSql, input.downSql ?? '']);
}

/**
 * The same for any diff sources (a migrations folder replayed into a shadow database, schema files)
 * and extra SQL: what a fresh PGlite must be started with to run them.
 */
export function contribModulesFor(sources: readonly DiffSource[], sql: readonly string[] = []): { modules: string[]; missing: string[] } {
  const texts = [...sql];
  for (const source of sources) if (source.kind === 'migrations') texts.push(...source.folder.migrations.map((m) => m.sql));
  const found = pgliteExtensionsForSql(texts.join('\n'));
  const modules = new Set(found.available);
  const missing = new Set(found.missing);
  for (const source of sources) {
    if (source.kind !== 'schema') continue;
    const schema = parseSchema([...source.files]);
    for (const name of new Set([...declaredExtensions(schema), ...neededExtensions(schema)])) {
      const module = EXTENSIONS[name]?.pglite ?? PGLITE_CONTRIB.find((c) => c === name.replace(/-/g, '_'));
      if (module) modules.add(module);
      else if (EXTENSIONS[name]) missing.add(EXTENSIONS[name].sql);
    }
  }
  return { modules: [...modules].sort(), missing: [...missing].sort() };
}
