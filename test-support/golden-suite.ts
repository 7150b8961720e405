import { describe, expect, it } from 'vitest';
import type { ParsedSchema, SchemaFile } from '../lib/schema/document';
import type { OpResult } from '../lib/ops/shared';
import { goldenCases, runGoldenCase, updatingGolden, writeGolden, type GoldenCase } from './golden';
import { describeDiagnostics, prismaErrors } from './prisma';
import { untouchedBlockChanges } from './untouched';

function byPath(files: readonly SchemaFile[]): Record<string, string> {
  return Object.fromEntries(files.map((f) => [f.path, f.text]));
}

/** Lines ending in a bare `\n` inside a file that otherwise uses `\r\n`. */
function mixedLineEndings(files: readonly SchemaFile[], input: readonly SchemaFile[]): string[] {
  return files
    .filter((f) => {
      const before = input.find((i) => i.path === f.path)?.text ?? '';
      const crlfOnly = before.includes('\r\n') && !/(^|[^\r])\n/.test(before);
      return crlfOnly && /(^|[^\r])\n/.test(f.text);
    })
    .map((f) => f.path);
}

function checkCase<A>(c: GoldenCase, op: (schema: ParsedSchema, args: A) => OpResult): void {
  const outcome = runGoldenCase(c, op);
  if (outcome.kind === 'failed') throw new Error(`the operation threw: ${outcome.error}`);
  if (updatingGolden()) writeGolden(c, outcome);
  const expected = updatingGolden() ? goldenCases(c.op).find((x) => x.name === c.name)!.expected : c.expected;
  if (!expected) throw new Error(`${c.dir} has neither out/ nor refused.txt: run the test with UPDATE_GOLDEN=1 and review the result`);

  if (expected.kind === 'refused') {
    expect(outcome.kind === 'refused' ? outcome.reason : 'the operation was applied').toContain(expected.reason);
    return;
  }
  if (outcome.kind !== 'output') throw new Error(`expected an output, but the operation refused: ${outcome.reason}`);
  expect(outcome.result.edits.length).toBeGreaterThan(0);
  expect(outcome.result.message ?? '').not.toBe('');
  // byte for byte, every file
  expect(byPath(outcome.files)).toEqual(byPath(expected.files));
  expect(describeDiagnostics(outcome.files, prismaErrors('7', outcome.files))).toEqual([]);
  expect(untouchedBlockChanges(c.input, outcome.result.edits, outcome.files)).toEqual([]);
  expect(mixedLineEndings(outcome.files, c.input)).toEqual([]);
}

/**
 * Registers one test per golden case of an operation (see golden.ts): the output equals `out/`,
 * Prisma 7 reports no errors on it, untouched blocks stay byte-identical and CRLF files stay CRLF;
 * or the operation refuses with the reason in `refused.txt`.
 */
export function describeGolden<A>(opName: string, op: (schema: ParsedSchema, args: A) => OpResult, minCases = 6): void {
  const cases = goldenCases(opName);
  describe(`${opName}: golden fixtures`, () => {
    it(`has at least ${minCases} cases, some refused and some applied`, () => {
      expect(cases.length).toBeGreaterThanOrEqual(minCases);
      if (!updatingGolden()) {
        expect(cases.some((c) => c.expected?.kind === 'refused')).toBe(true);
        expect(cases.some((c) => c.expected?.kind === 'output')).toBe(true);
      }
    });
    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkCase(c, op));
  });
}
