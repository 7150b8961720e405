import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { SchemaFile } from '../lib/schema/document';

/**
 * The shared corpus of real-world schemas, for tests and the benchmark: SCHEMA_CANVAS_CORPUS, else
 * ../shared/corpus beside the repository, else /work/shared/corpus (where this machine kind keeps it,
 * so a clone elsewhere, e.g. for CI, still runs the corpus tests). Without it those tests are skipped.
 */
export const CORPUS_DIR = findCorpus();

function findCorpus(): string {
  if (process.env.SCHEMA_CANVAS_CORPUS) return resolve(process.env.SCHEMA_CANVAS_CORPUS);
  const candidates = [resolve(join(import.meta.dirname ?? __dirname, '..', '..', 'shared', 'corpus')), '/work/shared/corpus'];
  return candidates.find((dir) => existsSync(join(dir, 'INDEX.md'))) ?? candidates[0];
}

export interface CorpusSchema {
  /** e.g. `umami` or `fixtures/dmmf/views.prisma`. */
  name: string;
  files: SchemaFile[];
  /** Absolute paths the files were read from (same order). */
  sources: string[];
}

export function corpusAvailable(): boolean {
  return existsSync(join(CORPUS_DIR, 'INDEX.md'));
}

function prismaFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const p = join(dir, entry);
    if (statSync(p).isDirectory()) out.push(...prismaFilesUnder(p));
    else if (entry.endsWith('.prisma')) out.push(p);
  }
  return out;
}

/** Every `.prisma` file in the corpus (projects and prisma-engines fixtures), as paths relative to CORPUS_DIR. */
export function corpusPrismaFiles(): string[] {
  return prismaFilesUnder(CORPUS_DIR).map((p) => relative(CORPUS_DIR, p));
}

function readSchemaDir(name: string, dir: string): CorpusSchema {
  const sources = prismaFilesUnder(dir);
  return { name, sources, files: sources.map((s) => ({ path: relative(dir, s), text: readFileSync(s, 'utf8') })) };
}

/** The real projects: one entry per project, multi-file schemas as several files. */
export function corpusProjects(): CorpusSchema[] {
  const out: CorpusSchema[] = [];
  for (const entry of readdirSync(CORPUS_DIR).sort()) {
    const dir = join(CORPUS_DIR, entry);
    if (!statSync(dir).isDirectory() || entry === 'prisma-engines-fixtures') continue;
    const single = join(dir, 'schema.prisma');
    if (existsSync(single)) out.push({ name: entry, sources: [single], files: [{ path: 'schema.prisma', text: readFileSync(single, 'utf8') }] });
    else if (existsSync(join(dir, 'schema'))) out.push(readSchemaDir(entry, join(dir, 'schema')));
  }
  return out;
}

const FIXTURES = 'prisma-engines-fixtures';

/**
 * prisma-engines fixtures that Prisma accepts: validation fixtures expected valid (or warning-only),
 * reformat outputs, DMMF inputs, migration inputs and the large introspected schemas.
 */
export function corpusValidFixtures(): CorpusSchema[] {
  const base = join(CORPUS_DIR, FIXTURES);
  const out: CorpusSchema[] = [];
  const manifest = join(base, 'psl/psl/tests/validation_manifest.tsv');
  if (existsSync(manifest)) {
    for (const line of readFileSync(manifest, 'utf8').split('\n').slice(1)) {
      const [path, , expected] = line.split('\t');
      if (!path || expected === 'error') continue;
      const file = join(base, 'psl/psl/tests/validation', path);
      out.push(single(`fixtures/validation/${path}`, file));
    }
  }
  for (const dir of ['psl/psl/tests/reformatter', 'psl/psl/tests/reformat_inline_extracted']) {
    const d = join(base, dir);
    if (!existsSync(d)) continue;
    for (const file of prismaFilesUnder(d)) if (file.endsWith('.reformatted.prisma')) out.push(single(`fixtures/${relative(base, file)}`, file));
  }
  for (const dir of ['query-engine/dmmf/test_files', 'query-engine/schema/test-schemas', 'schema-engine/sql-migration-tests/tests/single_migration_tests']) {
    const d = join(base, dir);
    if (!existsSync(d)) continue;
    for (const file of prismaFilesUnder(d)) out.push(single(`fixtures/${relative(base, file)}`, file));
  }
  return out;
}

/** Multi-file reformat cases (folders of .prisma files). */
export function corpusMultiFileFixtures(): CorpusSchema[] {
  const base = join(CORPUS_DIR, FIXTURES, 'psl/psl/tests/reformatter_multi_file');
  if (!existsSync(base)) return [];
  return readdirSync(base)
    .filter((d) => d.endsWith('.reformatted') && statSync(join(base, d)).isDirectory())
    .sort()
    .map((d) => readSchemaDir(`fixtures/multi/${d}`, join(base, d)));
}

function single(name: string, file: string): CorpusSchema {
  return { name, sources: [file], files: [{ path: 'schema.prisma', text: readFileSync(file, 'utf8') }] };
}
