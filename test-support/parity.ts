import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseSchema, type SchemaFile } from '../lib/schema/document';
import { summarizeDatamodel, summarizeModel, type DmmfDatamodel, type SchemaSummary } from '../lib/schema/dmmf';
import type { PrismaVersionId } from '../lib/prisma/versions';
import { acceptingVersion, prismaEngine } from './prisma';

export interface ParityResult {
  /** The newest Prisma version that accepts the schema; null when none does (nothing to compare). */
  version: PrismaVersionId | null;
  /** Our scanner's problems on text Prisma accepts: must be empty. */
  problems: string[];
  ours: SchemaSummary | null;
  theirs: SchemaSummary | null;
}

/** Runs our scanner and the newest accepting Prisma version's `get_datamodel` over the files. */
export function parity(files: readonly SchemaFile[]): ParityResult {
  const version = acceptingVersion(files);
  if (!version) return { version, problems: [], ours: null, theirs: null };
  const dm = prismaEngine(version).datamodel(files);
  if (!dm.ok) throw new Error(`Prisma ${version} lints clean but get_datamodel fails: ${dm.message}`);
  const { model } = parseSchema(files);
  return {
    version,
    problems: model.problems.map((p) => `${p.file}@${p.range.start}: ${p.message}`),
    ours: summarizeModel(model),
    theirs: summarizeDatamodel(dm.datamodel as DmmfDatamodel),
  };
}

export const VENDORED_ENGINE_FIXTURES = join(import.meta.dirname, '..', 'test-fixtures', 'prisma-engines');

export interface FixtureSchema {
  name: string;
  files: SchemaFile[];
}

function prismaFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((e) => (statSync(join(dir, e)).isDirectory() ? prismaFiles(join(dir, e)) : e.endsWith('.prisma') ? [join(dir, e)] : []));
}

/**
 * The prisma-engines fixtures vendored in test-fixtures/prisma-engines (see PROVENANCE.md): one
 * schema per file, except the multi-file reformat cases, which are one schema per folder.
 */
export function vendoredEngineFixtures(): FixtureSchema[] {
  if (!existsSync(VENDORED_ENGINE_FIXTURES)) return [];
  const out: FixtureSchema[] = [];
  const multi = new Map<string, SchemaFile[]>();
  for (const file of prismaFiles(VENDORED_ENGINE_FIXTURES)) {
    const rel = relative(VENDORED_ENGINE_FIXTURES, file);
    const m = /^(.*reformatter_multi_file\/[^/]+)\/(.+)$/.exec(rel);
    const text = readFileSync(file, 'utf8');
    if (m) multi.set(m[1], [...(multi.get(m[1]) ?? []), { path: m[2], text }]);
    else out.push({ name: rel, files: [{ path: 'schema.prisma', text }] });
  }
  for (const [name, files] of multi) out.push({ name, files });
  return out;
}
