import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SchemaFile } from '../schema/document';
import { applyEdits, type TextEdit } from './edits';
import { invertEdits } from './invert';

/** Short texts over a small alphabet (with line breaks and astral characters, whose halves are separate code units). */
const text = fc.string({ unit: fc.constantFrom('a', 'b', 'z', ' ', '\n', '\r\n', 'é', '😀', '{', '}'), maxLength: 40 });

/** Non-overlapping edits of one text (inserts may share an offset, edits may touch), in sorted order. */
function editsOf(path: string, length: number): fc.Arbitrary<TextEdit[]> {
  return fc
    .array(fc.tuple(fc.nat({ max: length }), fc.nat({ max: length }), text), { maxLength: 8 })
    .map((raw) => {
      const ranges = raw.map(([a, b, t]) => ({ path, start: Math.min(a, b), end: Math.max(a, b), text: t })).sort((x, y) => x.start - y.start || x.end - y.end);
      const kept: TextEdit[] = [];
      let cursor = 0;
      for (const r of ranges) {
        if (r.start < cursor) continue;
        kept.push(r);
        cursor = r.end;
      }
      return kept;
    });
}

/** Files with distinct paths, edits across them (and to paths that do not exist yet), shuffled. */
const filesAndEdits: fc.Arbitrary<{ files: SchemaFile[]; edits: TextEdit[] }> = fc
  .uniqueArray(fc.constantFrom('schema.prisma', 'a.prisma', 'models/b.prisma', 'c.prisma'), { minLength: 1, maxLength: 4 })
  .chain((paths) => fc.tuple(...paths.map((path) => text.map((t) => ({ path, text: t })))))
  .chain((files) =>
    fc
      .tuple(
        fc.tuple(...files.map((f) => editsOf(f.path, f.text.length))),
        fc.option(editsOf('new.prisma', 0), { nil: [] }),
      )
      .map(([perFile, created]) => [...perFile.flat(), ...created])
      .chain((edits) => fc.shuffledSubarray(edits, { minLength: edits.length, maxLength: edits.length }))
      .map((edits) => ({ files, edits })),
  );

/** applyEdits keeps a file that edits created; undoing them leaves it empty. */
function withoutCreated(files: readonly SchemaFile[], original: readonly SchemaFile[]): SchemaFile[] {
  return files.filter((f) => original.some((o) => o.path === f.path));
}

describe('invertEdits', () => {
  it('undoes a replacement, an insertion and a deletion', () => {
    const files = [{ path: 'schema.prisma', text: 'model User {\n  id Int @id\n}\n' }];
    const edits: TextEdit[] = [
      { path: 'schema.prisma', start: 6, end: 10, text: 'Person' },
      { path: 'schema.prisma', start: 26, end: 26, text: '  name String\n' },
      { path: 'schema.prisma', start: 21, end: 25, text: '' },
    ];
    const after = applyEdits(files, edits);
    expect(after[0].text).toBe('model Person {\n  id Int\n  name String\n}\n');
    expect(invertEdits(files, edits)).toEqual([
      { path: 'schema.prisma', start: 6, end: 12, text: 'User' },
      { path: 'schema.prisma', start: 23, end: 23, text: ' @id' },
      { path: 'schema.prisma', start: 24, end: 38, text: '' },
    ]);
    expect(applyEdits(after, invertEdits(files, edits))).toEqual(files);
  });

  it('applying edits and then their inverse gives back the original bytes (several files, any order)', () => {
    fc.assert(
      fc.property(filesAndEdits, ({ files, edits }) => {
        const after = applyEdits(files, edits);
        const back = applyEdits(after, invertEdits(files, edits));
        expect(withoutCreated(back, files)).toEqual(files);
        // a file the edits created is emptied again
        for (const f of back) if (!files.some((o) => o.path === f.path)) expect(f.text).toBe('');
      }),
      { numRuns: 500 },
    );
  });

  it('the inverse of the inverse redoes the edits', () => {
    fc.assert(
      fc.property(filesAndEdits, ({ files, edits }) => {
        const after = applyEdits(files, edits);
        const inverse = invertEdits(files, edits);
        const before = applyEdits(after, inverse);
        expect(applyEdits(before, invertEdits(after, inverse))).toEqual(after);
      }),
      { numRuns: 300 },
    );
  });

  it('undoes inserts at one offset in the order they were applied, around neighbouring edits', () => {
    fc.assert(
      fc.property(
        text,
        fc.array(text, { minLength: 1, maxLength: 5 }),
        fc.nat(),
        fc.boolean(),
        fc.boolean(),
        (original, inserts, at, replaceBefore, replaceAfter) => {
          const offset = at % (original.length + 1);
          const edits: TextEdit[] = inserts.map((t) => ({ path: 'p', start: offset, end: offset, text: t }));
          if (replaceBefore && offset > 0) edits.unshift({ path: 'p', start: offset - 1, end: offset, text: '<' });
          if (replaceAfter && offset < original.length) edits.push({ path: 'p', start: offset, end: offset + 1, text: '>' });
          const files = [{ path: 'p', text: original }];
          const after = applyEdits(files, edits);
          // the inserts land in the order given
          expect(after[0].text).toContain(inserts.join(''));
          const inverse = invertEdits(files, edits);
          expect(applyEdits(after, inverse)).toEqual(files);
          // in reverse order too: the inverse does not depend on the order it is given in
          expect(applyEdits(after, [...inverse].reverse())).toEqual(files);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives inverses of sequences that undo them applied in reverse order', () => {
    fc.assert(
      fc.property(
        filesAndEdits.chain(({ files, edits }) => {
          const after = applyEdits(files, edits);
          return fc.tuple(
            fc.constant(files),
            fc.constant(edits),
            fc.tuple(...after.map((f) => editsOf(f.path, f.text.length))).map((e) => e.flat()),
          );
        }),
        ([files, first, second]) => {
          const middle = applyEdits(files, first);
          const end = applyEdits(middle, second);
          const undo = [invertEdits(files, first), invertEdits(middle, second)];
          const back = undo.reduceRight<SchemaFile[]>((acc, inverse) => applyEdits(acc, inverse), end);
          expect(withoutCreated(back, files)).toEqual(files);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses overlapping and out-of-range edits like applyEdits', () => {
    const files = [{ path: 'p', text: 'abcdef' }];
    expect(() => invertEdits(files, [{ path: 'p', start: 0, end: 3, text: 'x' }, { path: 'p', start: 2, end: 4, text: 'y' }])).toThrow(/Overlapping/);
    expect(() => invertEdits(files, [{ path: 'p', start: 5, end: 9, text: 'x' }])).toThrow(/out-of-range/);
  });
});
