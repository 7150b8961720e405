import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEditsToText } from './edits';
import { diffToEdits } from './line-diff';

describe('diffToEdits', () => {
  it('changes only the lines that differ, leaving the lines between two changes alone', () => {
    const before = 'a\nb\nc\nd\ne\n';
    const after = 'a\nB\nc\nd\nE\n';
    const edits = diffToEdits('f', before, after);
    expect(edits).toEqual([
      { path: 'f', start: 2, end: 4, text: 'B\n' },
      { path: 'f', start: 8, end: 10, text: 'E\n' },
    ]);
    expect(applyEditsToText(before, edits)).toBe(after);
  });

  it('handles removed and added blocks, a missing final newline and CRLF', () => {
    for (const [before, after] of [
      ['model A {\n}\n\nmodel B {\n}\n', 'model B {\n}\n'],
      ['x', 'x\ny'],
      ['a\r\nb\r\n', 'a\r\nc\r\nb\r\n'],
      ['', 'new\n'],
      ['old\n', ''],
    ]) {
      expect(applyEditsToText(before, diffToEdits('f', before, after))).toBe(after);
    }
  });

  it('is empty for equal texts', () => {
    expect(diffToEdits('f', 'same\n', 'same\n')).toEqual([]);
  });

  it('always reproduces the new text', () => {
    const line = fc.constantFrom('model A {\n', '}\n', '  id Int @id\n', '\n', '// note\n', 'x');
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.array(line, { maxLength: 30 }), (a, b) => {
        const before = a.join('');
        const after = b.join('');
        expect(applyEditsToText(before, diffToEdits('f', before, after))).toBe(after);
      }),
      { numRuns: 300 },
    );
  });
});
