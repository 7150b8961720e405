/**
 * Copies the prisma-engines PSL fixtures that some supported Prisma version accepts from the shared
 * corpus (prisma-engines at 2ba551f…, the Prisma 6.19 engines) into test-fixtures/prisma-engines/, so
 * the differential parser test runs without the corpus or the network. Re-run after a corpus update:
 *   npx tsx scripts/vendor-engine-fixtures.ts
 * Upstream paths are kept; files Prisma rejects (negative tests) are left out.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { CORPUS_DIR, corpusPrismaFiles, type CorpusSchema } from '../test-support/corpus';
import { acceptingVersion } from '../test-support/prisma';

const OUT = join(import.meta.dirname, '..', 'test-fixtures', 'prisma-engines', 'upstream');
const base = join(CORPUS_DIR, 'prisma-engines-fixtures');

rmSync(OUT, { recursive: true, force: true });
const kept: string[] = [];
let rejected = 0;
const MULTI = 'psl/psl/tests/reformatter_multi_file/';
const singles: CorpusSchema[] = corpusPrismaFiles()
  .filter((p) => p.startsWith('prisma-engines-fixtures/') && !p.includes(MULTI))
  .map((p) => ({ name: p, sources: [join(CORPUS_DIR, p)], files: [{ path: 'schema.prisma', text: readFileSync(join(CORPUS_DIR, p), 'utf8') }] }));
const multiDir = join(base, MULTI);
const multis: CorpusSchema[] = readdirSync(multiDir)
  .filter((d) => statSync(join(multiDir, d)).isDirectory())
  .map((d) => {
    const sources = readdirSync(join(multiDir, d)).filter((f) => f.endsWith('.prisma')).map((f) => join(multiDir, d, f));
    return { name: d, sources, files: sources.map((s) => ({ path: relative(join(multiDir, d), s), text: readFileSync(s, 'utf8') })) };
  });
// Every fixture, inputs of reformat tests and negative validation tests included: keep what some version accepts.
for (const schema of [...singles, ...multis]) {
  let accepted = false;
  try {
    accepted = acceptingVersion(schema.files) !== null;
  } catch {
    // some negative fixtures make an engine panic: certainly not accepted
  }
  if (!accepted) {
    rejected++;
    continue;
  }
  for (const source of schema.sources) {
    const rel = relative(base, source);
    mkdirSync(dirname(join(OUT, rel)), { recursive: true });
    cpSync(source, join(OUT, rel));
    kept.push(rel);
  }
}
writeFileSync(join(OUT, '..', 'upstream-files.txt'), kept.sort().join('\n') + '\n');
console.log(`kept ${kept.length} files; left out ${rejected} schemas no supported Prisma version accepts`);
