import { describe, expect, it } from 'vitest';
import { applyEdits, applyEditsToText, diffToEdit, type TextEdit } from './edits';

describe('applyEditsToText', () => {
  it('applies insertions, replacements and deletions given in any order', () => {
    const text = 'model User {\n  id Int @id\n}\n';
    const out = applyEditsToText(text, [
      { start: 6, end: 10, text: 'Person' },
      { start: text.indexOf('}'), end: text.indexOf('}'), text: '  name String\n' },
      { start: text.indexOf(' @id'), end: text.indexOf(' @id') + 4, text: '' },
    ]);
    expect(out).toBe('model Person {\n  id Int\n  name String\n}\n');
  });

  it('applies two insertions at the same offset in the order given', () => {
    expect(applyEditsToText('ac', [{ start: 1, end: 1, text: 'b' }, { start: 1, end: 1, text: 'B' }])).toBe('abBc');
  });

  it('allows edits that touch without overlapping', () => {
    expect(applyEditsToText('abcdef', [{ start: 2, end: 4, text: 'X' }, { start: 0, end: 2, text: 'Y' }, { start: 4, end: 6, text: 'Z' }])).toBe('YXZ');
  });

  it('returns the text unchanged without edits', () => {
    expect(applyEditsToText('same', [])).toBe('same');
  });

  it('uses UTF-16 offsets', () => {
    const text = '😀 name';
    // the emoji is two code units; `name` starts at 3
    expect(applyEditsToText(text, [{ start: 3, end: 7, text: 'title' }])).toBe('😀 title');
  });

  it('refuses overlapping edits', () => {
    expect(() => applyEditsToText('abcdef', [{ start: 0, end: 3, text: 'x' }, { start: 2, end: 4, text: 'y' }])).toThrow(/Overlapping or out-of-range edit at 2–4/);
  });

  it('refuses an insertion inside a replaced range', () => {
    expect(() => applyEditsToText('abcdef', [{ start: 1, end: 4, text: 'x' }, { start: 2, end: 2, text: 'y' }])).toThrow(/Overlapping/);
  });

  it('refuses out-of-range and inverted edits', () => {
    expect(() => applyEditsToText('abc', [{ start: 2, end: 5, text: 'x' }])).toThrow(/out-of-range edit at 2–5/);
    expect(() => applyEditsToText('abc', [{ start: 2, end: 1, text: 'x' }])).toThrow(/out-of-range/);
  });
});

describe('applyEdits', () => {
  const files = [
    { path: 'schema.prisma', text: 'datasource db {}\n' },
    { path: 'models/user.prisma', text: 'model User {}\n' },
  ];

  it('applies edits to the files they name and keeps the others as the same objects', () => {
    const edits: TextEdit[] = [{ path: 'models/user.prisma', start: 6, end: 10, text: 'Person' }];
    const out = applyEdits(files, edits);
    expect(out.map((f) => f.path)).toEqual(['schema.prisma', 'models/user.prisma']);
    expect(out[0]).toBe(files[0]);
    expect(out[1].text).toBe('model Person {}\n');
    // the input is not mutated
    expect(files[1].text).toBe('model User {}\n');
  });

  it('creates a file for edits to a path that does not exist yet, after the existing files', () => {
    const out = applyEdits(files, [
      { path: 'models/post.prisma', start: 0, end: 0, text: 'model Post {}\n' },
      { path: 'schema.prisma', start: 0, end: 0, text: '// db\n' },
    ]);
    expect(out).toEqual([
      { path: 'schema.prisma', text: '// db\ndatasource db {}\n' },
      { path: 'models/user.prisma', text: 'model User {}\n' },
      { path: 'models/post.prisma', text: 'model Post {}\n' },
    ]);
  });

  it('refuses an edit beyond the end of a new file', () => {
    expect(() => applyEdits(files, [{ path: 'new.prisma', start: 1, end: 1, text: 'x' }])).toThrow(/out-of-range/);
  });

  it('refuses overlapping edits within one file but not across files', () => {
    expect(() =>
      applyEdits(files, [
        { path: 'schema.prisma', start: 0, end: 5, text: '' },
        { path: 'schema.prisma', start: 3, end: 6, text: '' },
      ]),
    ).toThrow(/Overlapping/);
    const out = applyEdits(files, [
      { path: 'schema.prisma', start: 0, end: 5, text: 'X' },
      { path: 'models/user.prisma', start: 0, end: 5, text: 'Y' },
    ]);
    expect(out.map((f) => f.text)).toEqual(['Xource db {}\n', 'Y User {}\n']);
  });
});

describe('diffToEdit', () => {
  it('returns null for equal texts', () => {
    expect(diffToEdit('a.prisma', 'same', 'same')).toBeNull();
  });

  it('replaces only the differing middle', () => {
    expect(diffToEdit('a.prisma', 'model User {}', 'model Person {}')).toEqual({ path: 'a.prisma', start: 6, end: 10, text: 'Person' });
  });

  it('describes pure insertions and deletions', () => {
    expect(diffToEdit('a', 'ac', 'abc')).toEqual({ path: 'a', start: 1, end: 1, text: 'b' });
    expect(diffToEdit('a', 'abc', 'ac')).toEqual({ path: 'a', start: 1, end: 2, text: '' });
    expect(diffToEdit('a', '', 'new')).toEqual({ path: 'a', start: 0, end: 0, text: 'new' });
    expect(diffToEdit('a', 'old', '')).toEqual({ path: 'a', start: 0, end: 3, text: '' });
  });

  it('does not let the common prefix and suffix overlap on repeated text', () => {
    // `aaa` → `aaaa`: prefix 3 and suffix 3 would overlap without the bound
    expect(diffToEdit('a', 'aaa', 'aaaa')).toEqual({ path: 'a', start: 3, end: 3, text: 'a' });
    expect(diffToEdit('a', 'abab', 'ab')).toEqual({ path: 'a', start: 2, end: 4, text: '' });
  });

  it('never cuts an emoji (a UTF-16 surrogate pair) in half', () => {
    // 😀 and 😁 share their first code unit; an editor cannot place a cursor between the two halves
    expect(diffToEdit('a', '/// 😀 doc', '/// 😁 doc')).toEqual({ path: 'a', start: 4, end: 6, text: '😁' });
    // 😀 (U+1F600) and 🈀 (U+1F200) share their last code unit
    expect(diffToEdit('a', 'x😀 y', 'x🈀 y')).toEqual({ path: 'a', start: 1, end: 3, text: '🈀' });
  });

  it('round-trips: applying the edit gives the new text', () => {
    const pairs: Array<[string, string]> = [
      ['model A {\r\n  id Int\r\n}', 'model A {\r\n  id Int @id\r\n}'],
      ['😀😀', '😀😁😀'],
      ['xyz', 'xyzxyz'],
      ['hello world', 'help'],
    ];
    for (const [before, after] of pairs) {
      const edit = diffToEdit('f', before, after)!;
      expect(applyEditsToText(before, [edit])).toBe(after);
    }
  });
});
