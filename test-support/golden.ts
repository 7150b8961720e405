import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { SchemaFile } from '../lib/schema/document';
import { parseSchema, type ParsedSchema } from '../lib/schema/document';
import { applyEdits } from '../lib/text/edits';
import type { OpResult } from '../lib/ops/shared';

/**
 * Golden fixtures for canvas operations, as prisma-engines and language-tools keep them:
 *
 *     lib/ops/fixtures/<op>/<case>/args.json      the operation's arguments
 *     lib/ops/fixtures/<op>/<case>/in/**.prisma   the schema before (one or several files)
 *     lib/ops/fixtures/<op>/<case>/out/**.prisma  the schema after, byte for byte (every file)
 *     lib/ops/fixtures/<op>/<case>/refused.txt    or: a substring of the expected refusal reason
 *
 * With UPDATE_GOLDEN=1 the harness writes `out/` (or `refused.txt`) from what the operation does.
 * Read every rewritten file before keeping it: a golden file is a claim that the output is what a
 * careful Prisma user would write by hand.
 */
export const FIXTURES_DIR = resolve(import.meta.dirname ?? __dirname, '..', 'lib', 'ops', 'fixtures');

export interface GoldenCase {
  op: string;
  name: string;
  dir: string;
  args: unknown;
  input: SchemaFile[];
  /** Null when the case has neither `out/` nor `refused.txt` yet. */
  expected: { kind: 'output'; files: SchemaFile[] } | { kind: 'refused'; reason: string } | null;
}

export type GoldenOutcome =
  | { kind: 'output'; files: SchemaFile[]; result: Extract<OpResult, { ok: true }> }
  | { kind: 'refused'; reason: string }
  | { kind: 'failed'; error: string };

export function updatingGolden(): boolean {
  return process.env.UPDATE_GOLDEN === '1';
}

function prismaFiles(dir: string): SchemaFile[] {
  const out: SchemaFile[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d).sort()) {
      const p = join(d, entry);
      if (statSync(p).isDirectory()) walk(p);
      else if (entry.endsWith('.prisma')) out.push({ path: relative(dir, p).split('\\').join('/'), text: readFileSync(p, 'utf8') });
    }
  };
  walk(dir);
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The cases of one operation, sorted by name. */
export function goldenCases(op: string): GoldenCase[] {
  const opDir = join(FIXTURES_DIR, op);
  if (!existsSync(opDir)) return [];
  return readdirSync(opDir)
    .filter((name) => statSync(join(opDir, name)).isDirectory())
    .sort()
    .map((name) => {
      const dir = join(opDir, name);
      const refused = join(dir, 'refused.txt');
      const out = join(dir, 'out');
      let expected: GoldenCase['expected'] = null;
      if (existsSync(refused)) expected = { kind: 'refused', reason: readFileSync(refused, 'utf8').trim() };
      else if (existsSync(out)) expected = { kind: 'output', files: prismaFiles(out) };
      return { op, name, dir, args: JSON.parse(readFileSync(join(dir, 'args.json'), 'utf8')), input: prismaFiles(join(dir, 'in')), expected };
    });
}

/** Runs the operation on the case's input and applies its edits. */
export function runGoldenCase<A>(c: GoldenCase, op: (schema: ParsedSchema, args: A) => OpResult): GoldenOutcome {
  try {
    const result = op(parseSchema(c.input), c.args as A);
    if (!result.ok) return { kind: 'refused', reason: result.reason };
    return { kind: 'output', files: applyEdits(c.input, result.edits), result };
  } catch (e) {
    return { kind: 'failed', error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
}

/** Writes the outcome as the case's expectation (UPDATE_GOLDEN=1). */
export function writeGolden(c: GoldenCase, outcome: GoldenOutcome): void {
  if (outcome.kind === 'failed') return;
  const out = join(c.dir, 'out');
  const refused = join(c.dir, 'refused.txt');
  if (outcome.kind === 'refused') {
    // an existing refused.txt holds a hand-picked substring: keep it
    if (!existsSync(refused)) writeFileSync(refused, `${outcome.reason}\n`);
    rmSync(out, { recursive: true, force: true });
    return;
  }
  rmSync(refused, { force: true });
  rmSync(out, { recursive: true, force: true });
  for (const f of outcome.files) {
    const p = join(out, f.path);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, f.text);
  }
}
