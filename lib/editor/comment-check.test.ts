import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PrismaSchemaEngine } from '../prisma/engine';
import { loadPrismaSchemaWasmNode } from '../prisma/load-node';
import type { SchemaFile } from '../schema/document';
import { CORPUS_DIR, corpusAvailable, corpusProjects } from '../../test-support/corpus';
import { lostComments } from './comment-check';

const prisma = new PrismaSchemaEngine(loadPrismaSchemaWasmNode('7'));

function one(text: string, path = 'schema.prisma'): SchemaFile[] {
  return [{ path, text }];
}

describe('lostComments on Prisma format output', () => {
  it('reports the comments the formatter deletes from `model X {` and `enum X {` lines, and only those', () => {
    const before = one(`// header
datasource db {
  provider = "postgresql" // trailing in datasource
}

/* block before model */
model User { // on the model line
  /// doc of id
  id    Int @id // trailing id
  /* block before name */
  name String
  // plain in body
}

enum Role { // on the enum line
  A // a
  /* b */ B
}
`);
    const after = prisma.format(before);
    expect(after[0].text).not.toBe(before[0].text);
    expect(after[0].text).toContain('/**\n * block before model\n */'); // rewritten, still there
    expect(lostComments(before, after)).toEqual(['// on the model line', '// on the enum line']);
  });

  it('counts repeated comments: one of two identical comments dropped is reported once', () => {
    const before = one('model A { // same\n  id Int @id // same\n}\n');
    const after = prisma.format(before);
    expect(after[0].text).toBe('model A {\n  id Int @id // same\n}\n');
    expect(lostComments(before, after)).toEqual(['// same']);
  });

  it.skipIf(!corpusAvailable())('does not report block comments the formatter re-lays out (prisma-engines fixtures)', () => {
    const base = join(CORPUS_DIR, 'prisma-engines-fixtures/psl/psl/tests');
    let rewritten = 0;
    for (const fixture of [
      'validation/comments/mixed_line_docs_field_block.prisma',
      'reformatter/block_attribute_comments_are_canonised.prisma',
      'reformatter/trailing_comments_allowed_in_configuration_blocks.prisma',
    ]) {
      const before = one(readFileSync(join(base, fixture), 'utf8'));
      const after = prisma.format(before);
      if (after[0].text !== before[0].text) rewritten++;
      expect(lostComments(before, after), fixture).toEqual([]);
    }
    expect(rewritten).toBe(3);
  });

  it.skipIf(!corpusAvailable())('reports nothing for real schemas the formatter changes (comp, papermark, jitsu, umami)', () => {
    for (const project of corpusProjects().filter((p) => ['comp', 'papermark', 'jitsu', 'umami'].includes(p.name))) {
      const after = prisma.format(project.files);
      expect(after.some((f, i) => f.text !== project.files[i].text), project.name).toBe(true);
      expect(lostComments(project.files, after), project.name).toEqual([]);
    }
  });
});

describe('lostComments comparison rules', () => {
  it('ignores whitespace differences but not different words', () => {
    expect(lostComments(one('//   a   b\n'), one('// a b\n'))).toEqual([]);
    expect(lostComments(one('// a b\n'), one('// ab\n'))).toEqual(['// a b']);
  });

  it('keeps the kind: a doc comment turned into a plain comment is lost', () => {
    expect(lostComments(one('/// note\nmodel A {\n  id Int @id\n}\n'), one('// note\nmodel A {\n  id Int @id\n}\n'))).toEqual(['/// note']);
  });

  it('compares per file and treats a missing file as losing all its comments', () => {
    const before = [
      { path: 'a.prisma', text: '// moves\n' },
      { path: 'b.prisma', text: '// gone with its file\n/* and this */\n' },
    ];
    const after = [
      { path: 'a.prisma', text: '\n' },
      { path: 'c.prisma', text: '// moves\n' },
    ];
    expect(lostComments(before, after)).toEqual(['// moves', '// gone with its file', '/* and this */']);
  });

  it('ignores comment-like text inside strings', () => {
    expect(lostComments(one('model A {\n  u String @default("http://x") // real\n}\n'), one('model A {\n  u String @default("http://x")\n}\n'))).toEqual(['// real']);
  });
});
