import { describe, expect, it } from 'vitest';
import { applyEdits, type TextEdit } from '../lib/text/edits';
import { readCorpusIndex } from './corpus-index';
import { untouchedBlockChanges } from './untouched';

const before = [{ path: 'schema.prisma', text: 'model A {\n  id Int @id\n}\n\n/// B\nmodel B {\n  id Int @id\n}\n\nmodel C {\n  id Int @id\n}' }];

function check(edits: TextEdit[]): string[] {
  return untouchedBlockChanges(before, edits, applyEdits(before, edits));
}

describe('untouchedBlockChanges', () => {
  it('accepts edits that stay inside the blocks they touch', () => {
    const at = before[0].text.indexOf('id Int @id\n}\n\n/// B');
    expect(check([{ path: 'schema.prisma', start: at, end: at + 2, text: 'key' }])).toEqual([]);
  });

  it('accepts a new block appended after the last one, which had no final newline', () => {
    const end = before[0].text.length;
    expect(check([{ path: 'schema.prisma', start: end, end, text: '\n\nmodel D {\n  id Int @id\n}\n' }])).toEqual([]);
  });

  it('reports a block that an edit elsewhere changed: a doc comment left behind attaches to the next block', () => {
    // removes model B's lines but not its doc: `/// B` now documents C
    const text = before[0].text;
    const start = text.indexOf('model B');
    const end = text.indexOf('model C');
    expect(check([{ path: 'schema.prisma', start, end, text: '' }])).toEqual(['schema.prisma: untouched model C changed:\nmodel C {\n  id Int @id\n}\n→\n/// B\nmodel C {\n  id Int @id\n}']);
  });

  it('reports a block that disappeared although no edit touched it', () => {
    // an unterminated block comment written into A hides everything after it
    const at = before[0].text.indexOf('id Int');
    expect(check([{ path: 'schema.prisma', start: at, end: at, text: '/* ' }])).toEqual([
      'schema.prisma: untouched model B is gone',
      'schema.prisma: untouched model C is gone',
    ]);
  });
});

describe('readCorpusIndex', () => {
  it('reads the projects table by its header names', () => {
    const markdown = [
      '# Corpus',
      '',
      '| # | short | models | views | enums | rel | m:n | validates with |',
      '|---|---|---:|---:|---:|---:|---:|---|',
      '| 1 | alpha | 3 | 1 | 2 | 4 | 1 | 7.x |',
      '| 2 | beta | 10 | 0 | 0 | 0 | 0 | 5.22, 6.19 |',
      '',
      '| short | license |',
    ].join('\n');
    expect(readCorpusIndex(markdown)).toEqual([
      { short: 'alpha', models: 3, views: 1, enums: 2, relations: 4, manyToMany: 1, validatesWith: '7.x' },
      { short: 'beta', models: 10, views: 0, enums: 0, relations: 0, manyToMany: 0, validatesWith: '5.22, 6.19' },
    ]);
  });

  it('refuses a table whose counts are not numbers', () => {
    expect(() => readCorpusIndex('| short | models | views | enums | rel | m:n | validates with |\n|---|\n| a | x | 0 | 0 | 0 | 0 | 7.x |')).toThrow(/"x" in column "models" is not a count/);
  });
});
