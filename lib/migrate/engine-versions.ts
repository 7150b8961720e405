import type { SchemaFile } from '../schema/document';
import type { PrismaDiagnostic } from '../prisma/engine';
import type { PrismaVersionId } from '../prisma/versions';
import { engineSchemaFiles } from './prepare';

/**
 * Prisma versions whose schema engine (migrations, introspection) Schema Canvas ships. The packages
 * are npm aliases installed side by side, built from the same prisma-engines commits as the
 * validators in lib/prisma/versions.ts. Prisma 5.22 has no schema-engine-wasm build: a schema only
 * Prisma 5 accepts gets upgrade fixes (lib/migrate/upgrade.ts) instead.
 */
export const MIGRATION_ENGINES = [
  { id: '7', engine: '8.1.0-2.59be4fda12412a79eeb9c2ae727b6aa723593323', packageName: '@prisma/schema-engine-wasm', wasm: '/wasm/schema_engine_bg.wasm' },
  { id: '6', engine: '6.19.0-26.2ba551f319ab1df4bc874a89965d8b3641056773', packageName: 'schema-engine-wasm-6', wasm: '/wasm/schema-engine-6.wasm' },
] as const;

export type MigrationEngineVersion = (typeof MIGRATION_ENGINES)[number]['id'];

export function hasMigrationEngine(version: PrismaVersionId): version is MigrationEngineVersion {
  return MIGRATION_ENGINES.some((e) => e.id === version);
}

/** Where the browser worker fetches the engine's wasm from (scripts/prepare-wasm.mjs copies it there). */
export function migrationEngineWasmUrl(version: MigrationEngineVersion): string {
  return MIGRATION_ENGINES.find((e) => e.id === version)!.wasm;
}

export type MigrationEngineChoice =
  | { ok: true; version: MigrationEngineVersion; /** Set when the requested version had to be replaced. */ note: string | null }
  | { ok: false; reason: string };

/**
 * The schema engine to export a migration with. `accepts(v)` says whether Prisma v's validator
 * accepts the schema (no errors). With `requested`, that version is used when it accepts the schema
 * and has an engine; otherwise (and by default) the newest version that does both.
 */
export function chooseMigrationEngine(accepts: (version: PrismaVersionId) => boolean, requested?: PrismaVersionId): MigrationEngineChoice {
  if (requested) {
    if (!accepts(requested)) return { ok: false, reason: `Prisma ${requested} does not accept this schema` };
    if (hasMigrationEngine(requested)) return { ok: true, version: requested, note: null };
    const newer = MIGRATION_ENGINES.find((e) => accepts(e.id));
    if (newer) return { ok: true, version: newer.id, note: `Prisma ${requested} has no schema engine here; used Prisma ${newer.id}, which accepts this schema too` };
    return { ok: false, reason: `Prisma ${requested} has no schema engine here, and Prisma ${MIGRATION_ENGINES.map((e) => e.id).join(' and ')} do not accept this schema` };
  }
  const newest = MIGRATION_ENGINES.find((e) => accepts(e.id));
  if (newest) return { ok: true, version: newest.id, note: null };
  return { ok: false, reason: `No Prisma version with a schema engine (${MIGRATION_ENGINES.map((e) => e.id).join(', ')}) accepts this schema` };
}

/**
 * Whether Prisma `version` accepts `files` for a migration: its validator reports no error on the
 * copy its schema engine would see (Prisma 7: datasource URLs blanked, as lib/migrate/engine.ts does).
 * `lint` is the validator of a version (lib/prisma/engine.ts `PrismaSchemaEngine.lint`).
 */
export function acceptsForMigration(lint: (version: PrismaVersionId, files: readonly SchemaFile[]) => readonly PrismaDiagnostic[], files: readonly SchemaFile[]) {
  return (version: PrismaVersionId): boolean => !lint(version, version === '7' ? engineSchemaFiles(files) : files).some((d) => d.severity === 'error');
}
