import type { SchemaFile } from '../lib/schema/document';
import { PrismaSchemaEngine, type PrismaDiagnostic } from '../lib/prisma/engine';
import { loadPrismaSchemaWasmNode } from '../lib/prisma/load-node';
import type { PrismaVersionId } from '../lib/prisma/versions';

/** Newest first: a schema is checked with the newest Prisma that accepts it. */
export const ENGINE_VERSIONS: readonly PrismaVersionId[] = ['7', '6', '5'];

const engines = new Map<PrismaVersionId, PrismaSchemaEngine>();

/** Prisma's own validator for a version, loaded once per test worker. */
export function prismaEngine(version: PrismaVersionId): PrismaSchemaEngine {
  let engine = engines.get(version);
  if (!engine) engines.set(version, (engine = new PrismaSchemaEngine(loadPrismaSchemaWasmNode(version))));
  return engine;
}

/** Prisma's errors (not warnings) for the files. */
export function prismaErrors(version: PrismaVersionId, files: readonly SchemaFile[]): PrismaDiagnostic[] {
  return prismaEngine(version).lint(files).filter((d) => d.severity === 'error');
}

/** The newest engine version that reports no errors for the files, or null when none accepts them. */
export function acceptingVersion(files: readonly SchemaFile[]): PrismaVersionId | null {
  return ENGINE_VERSIONS.find((v) => prismaErrors(v, files).length === 0) ?? null;
}

/** Errors as `path:line: message` lines, for readable assertion failures. */
export function describeDiagnostics(files: readonly SchemaFile[], diagnostics: readonly PrismaDiagnostic[]): string[] {
  return diagnostics.map((d) => {
    const text = files.find((f) => f.path === d.path)?.text ?? '';
    const line = text.slice(0, d.start).split('\n').length;
    return `${d.path}:${line}: ${d.message.split('\n')[0]}`;
  });
}
