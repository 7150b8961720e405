import { describe, expect, it } from 'vitest';
import { reorderField } from './reorder-field';
import { describeGolden } from '../../test-support/golden-suite';
import { goldenCases, runGoldenCase } from '../../test-support/golden';

// Cases live in fixtures/reorder-field/<case>/: args.json, in/, and out/ or refused.txt (see test-support/golden.ts).
describeGolden('reorder-field', reorderField);

/** The text with one span of lines cut out. */
const without = (text: string, chunk: string) => {
  const at = text.indexOf(chunk);
  expect(at).toBeGreaterThanOrEqual(0);
  return text.slice(0, at) + text.slice(at + chunk.length);
};

describe('reorder-field moves lines and nothing else', () => {
  const applied = goldenCases('reorder-field').filter((c) => c.expected?.kind === 'output');
  it.each(applied.map((c) => [c.name, c] as const))('%s: the text outside the moved lines is byte-identical', (_name, c) => {
    const outcome = runGoldenCase(c, reorderField);
    if (outcome.kind !== 'output') throw new Error(`expected an output: ${JSON.stringify(outcome)}`);
    const removal = outcome.result.edits.find((e) => e.text === '')!;
    const file = c.input.find((f) => f.path === removal.path)!;
    const moved = file.text.slice(removal.start, removal.end);
    expect(moved).toMatch(/\r?\n$/);
    const after = outcome.files.find((f) => f.path === removal.path)!.text;
    expect(after.length).toBe(file.text.length);
    expect(without(after, moved)).toBe(without(file.text, moved));
    for (const other of c.input.filter((f) => f.path !== removal.path)) expect(outcome.files.find((f) => f.path === other.path)!.text).toBe(other.text);
  });
});
