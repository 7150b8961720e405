import { describe, expect, it } from 'vitest';
import type { BlockAttributeNode, BlockNode, CommentNode, EnumValueNode, FieldNode, PropertyNode, Range, SchemaFileAst, Value } from './ast';
import { parseSchemaFile, unquote } from './parse';

function parse(text: string): SchemaFileAst {
  return parseSchemaFile('schema.prisma', text);
}

function block(ast: SchemaFileAst, name: string): BlockNode {
  const b = ast.blocks.find((x) => x.name === name);
  if (!b) throw new Error(`no block ${name}; blocks: ${ast.blocks.map((x) => x.name).join(', ')}`);
  return b;
}

function field(b: BlockNode, name: string): FieldNode {
  const f = b.members.find((m): m is FieldNode => m.kind === 'field' && m.name === name);
  if (!f) throw new Error(`no field ${name} in ${b.name}`);
  return f;
}

function blockAttributes(b: BlockNode): BlockAttributeNode[] {
  return b.members.filter((m): m is BlockAttributeNode => m.kind === 'blockAttribute');
}

function comments(b: BlockNode): CommentNode[] {
  return b.members.filter((m): m is CommentNode => m.kind === 'comment');
}

function property(b: BlockNode, key: string): PropertyNode {
  const p = b.members.find((m): m is PropertyNode => m.kind === 'property' && m.key === key);
  if (!p) throw new Error(`no property ${key}`);
  return p;
}

/** A value as compact source-like text, to compare parsed structure at a glance. */
function show(v: Value | null): string {
  if (!v) return '∅';
  switch (v.kind) {
    case 'string':
      return JSON.stringify(v.value);
    case 'number':
      return v.raw;
    case 'array':
      return `[${v.items.map(show).join(', ')}]`;
    case 'call':
      return v.args === null ? v.name : `${v.name}(${v.args.map((a) => (a.name ? `${a.name}: ` : '') + show(a.value)).join(', ')})`;
    case 'object':
      return `{${v.entries.map((a) => `${a.name}: ${show(a.value)}`).join(', ')}}`;
    case 'unknown':
      return `?${v.raw}`;
  }
}

const at = (text: string, r: Range) => text.slice(r.start, r.end);

describe('parseSchemaFile: ranges', () => {
  const text = [
    'model User {',
    '  id    String  @id @default(cuid())',
    '  email String? @unique @db.VarChar(255)',
    '  posts Post[]',
    '',
    '  @@index([email, id(sort: Desc)], map: "user_email")',
    '}',
    '',
  ].join('\n');
  const ast = parse(text);
  const user = block(ast, 'User');

  it('parses without errors', () => {
    expect(ast.errors).toEqual([]);
    expect(ast.blocks.map((b) => `${b.kind} ${b.name}`)).toEqual(['model User']);
  });

  it('gives the block its keyword, name, braces and lines', () => {
    expect(at(text, user.keywordRange)).toBe('model');
    expect(at(text, user.nameRange)).toBe('User');
    expect(text[user.openBrace]).toBe('{');
    expect(text[user.closeBrace!]).toBe('}');
    expect(at(text, user.range)).toBe(text.slice(0, text.lastIndexOf('}') + 1));
    // the block's lines include the newline after `}`
    expect(at(text, user.line)).toBe(text);
  });

  it('gives each field exact name, type and attribute ranges', () => {
    const id = field(user, 'id');
    expect(at(text, id.nameRange)).toBe('id');
    expect(at(text, id.type!.range)).toBe('String');
    expect(id.attributes.map((a) => at(text, a.range))).toEqual(['@id', '@default(cuid())']);
    expect(id.attributes.map((a) => at(text, a.nameRange))).toEqual(['id', 'default']);
    expect(at(text, id.attributes[1].argsRange!)).toBe('(cuid())');
    expect(at(text, id.range)).toBe('id    String  @id @default(cuid())');
    expect(at(text, id.line)).toBe('  id    String  @id @default(cuid())\n');

    const email = field(user, 'email');
    expect(at(text, email.type!.range)).toBe('String?');
    expect(at(text, email.type!.nameRange)).toBe('String');
    expect(email.type).toMatchObject({ name: 'String', optional: true, list: false });
    const native = email.attributes[1];
    expect(native.name).toBe('db.VarChar');
    expect(at(text, native.nameRange)).toBe('db.VarChar');
    expect(at(text, native.range)).toBe('@db.VarChar(255)');
    expect(show(native.args![0].value)).toBe('255');

    const posts = field(user, 'posts');
    expect(at(text, posts.type!.range)).toBe('Post[]');
    expect(posts.type).toMatchObject({ name: 'Post', list: true, optional: false });
    expect(posts.attributes).toEqual([]);
  });

  it('parses block attribute arguments with their ranges', () => {
    const [index] = blockAttributes(user);
    expect(index.attribute).toMatchObject({ name: 'index', block: true });
    expect(at(text, index.range)).toBe('@@index([email, id(sort: Desc)], map: "user_email")');
    expect(at(text, index.attribute.nameRange)).toBe('index');
    const [fields, map] = index.attribute.args!;
    expect(fields.name).toBeNull();
    expect(show(fields.value)).toBe('[email, id(sort: Desc)]');
    expect(at(text, fields.value.range)).toBe('[email, id(sort: Desc)]');
    expect(map.name).toBe('map');
    expect(at(text, map.range)).toBe('map: "user_email"');
    expect(show(map.value)).toBe('"user_email"');
    expect(at(text, index.line)).toBe('  @@index([email, id(sort: Desc)], map: "user_email")\n');
  });
});

describe('parseSchemaFile: object-literal arguments (Prisma 7 partial indexes)', () => {
  const text = [
    'model Post {',
    '  id        Int     @id',
    '  title     String',
    '  published Boolean',
    '',
    '  @@unique([title], where: { published: { not: false } })',
    '  @@index([title], where: {published:true}, map: "a")',
    '  @@index([title], where: { // why',
    '    published: { not: false }, /* and */ id: { not: null },',
    '  }, map: "b")',
    '}',
    '',
  ].join('\n');
  const ast = parse(text);
  const post = block(ast, 'Post');

  it('reads nested objects as values, with exact ranges, and keeps the block intact', () => {
    expect(ast.errors).toEqual([]);
    expect(post.closeBrace).toBe(text.lastIndexOf('}'));
    const [unique, index, multi] = blockAttributes(post);
    expect(show(unique.attribute.args![1].value)).toBe('{published: {not: false}}');
    expect(at(text, unique.attribute.args![1].value.range)).toBe('{ published: { not: false } }');
    expect(show(index.attribute.args![1].value)).toBe('{published: true}');
    expect(show(index.attribute.args![2].value)).toBe('"a"');
    expect(show(multi.attribute.args![1].value)).toBe('{published: {not: false}, id: {not: null}}');
    expect(show(multi.attribute.args![2].value)).toBe('"b"');
    expect(post.members.filter((m) => m.kind === 'field')).toHaveLength(3);
  });

  it('does not let an unclosed object swallow the block or the fields below it', () => {
    const broken = ['model A {', '  id Int @id', '  @@index([id], where: { id: { not: 1 }', '  name String', '}', ''].join('\n');
    const a = parse(broken);
    expect(a.errors.map((e) => e.message)).toContain('Missing `}`');
    const b = block(a, 'A');
    expect(b.members.filter((m) => m.kind === 'field').map((m) => (m as FieldNode).name)).toEqual(['id', 'name']);
    expect(b.closeBrace).toBe(broken.lastIndexOf('}'));
  });
});

describe('parseSchemaFile: comments', () => {
  it('keeps `//` comments inside a block as members and attaches `///` docs to the next field', () => {
    const text = ['model A {', '  // a note', '  /// The id', '  /// (two lines)', '  id Int @id', '}'].join('\n');
    const a = block(parse(text), 'A');
    expect(comments(a).map((c) => c.text)).toEqual(['// a note']);
    const id = field(a, 'id');
    expect(id.docs.map((d) => d.text)).toEqual(['/// The id', '/// (two lines)']);
    expect(id.docs.every((d) => d.doc)).toBe(true);
    expect(at(text, id.docs[0].line)).toBe('  /// The id\n');
  });

  it('attaches `///` docs to the next block, but not across a blank line', () => {
    const text = ['/// Free floating', '', '/// A user', '/// of the app', 'model User {', '  id Int @id', '}', ''].join('\n');
    const ast = parse(text);
    const user = block(ast, 'User');
    expect(user.docs.map((d) => d.text)).toEqual(['/// A user', '/// of the app']);
    expect(user.line.start).toBe(text.indexOf('/// A user'));
    expect(ast.comments.map((c) => c.text)).toEqual(['/// Free floating']);
  });

  it('attaches `///` docs inside a block across a blank line, as Prisma does', () => {
    // Prisma's datamodel documents `id` with "doc" here; deleting `id` must not hand the doc to `b`.
    const text = ['model A {', '  /// doc', '', '  id Int @id', '  b  Int', '}'].join('\n');
    const a = block(parse(text), 'A');
    expect(field(a, 'id').docs.map((d) => d.text)).toEqual(['/// doc']);
    expect(comments(a)).toEqual([]);
  });

  it('leaves a `///` group free-floating when a newer group follows it inside a block', () => {
    const text = ['enum Status {', '  ///', '  /// ACTIVE STATES', '  ///', '', '  /// Running now', '  RUNNING', '}'].join('\n');
    const status = block(parse(text), 'Status');
    const running = status.members.find((m): m is EnumValueNode => m.kind === 'enumValue')!;
    expect(running.docs.map((d) => d.text)).toEqual(['/// Running now']);
    expect(comments(status).map((c) => c.text)).toEqual(['///', '/// ACTIVE STATES', '///']);
  });

  it('reads trailing `//` and `///` comments on member lines', () => {
    const text = ['model A {', '  id Int @id // primary', '  n  Int /// doc-style trailing', '}'].join('\n');
    const a = block(parse(text), 'A');
    expect(field(a, 'id').trailingComment).toMatchObject({ text: '// primary', doc: false });
    expect(field(a, 'n').trailingComment).toMatchObject({ text: '/// doc-style trailing', doc: true });
    expect(at(text, field(a, 'id').range)).toBe('id Int @id');
    expect(at(text, field(a, 'id').line)).toBe('  id Int @id // primary\n');
    // a trailing `///` is not a doc for the next field
    expect(field(a, 'n').docs).toEqual([]);
  });

  it('reads `/* */` comments on their own lines, spanning lines, after members and inside arguments', () => {
    const text = [
      '/* free floating */',
      '',
      '/* header',
      '   comment */',
      'model A { /* on the brace line */',
      '  /* own line */',
      '  id Int @id /* trailing, spanning',
      '  two lines */',
      '  b  Int @default(/* inline */ 1)',
      '}',
    ].join('\n');
    const ast = parse(text);
    expect(ast.errors).toEqual([]);
    expect(ast.comments.map((c) => c.text)).toEqual(['/* free floating */']);
    const a = block(ast, 'A');
    // Prisma documents a block, field or enum value with a `/* */` comment that starts the line above it
    expect(a.docs.map((c) => c.text)).toEqual(['/* header\n   comment */']);
    expect(comments(a).map((c) => c.text)).toEqual(['/* on the brace line */']);
    const id = field(a, 'id');
    expect(id.docs.map((c) => c.text)).toEqual(['/* own line */']);
    expect(id.trailingComment?.text).toBe('/* trailing, spanning\n  two lines */');
    // the member's lines run to the end of its trailing comment
    expect(at(text, id.line)).toBe('  id Int @id /* trailing, spanning\n  two lines */\n');
    const b = field(a, 'b');
    // a trailing comment of the line above is not a doc
    expect(b.docs).toEqual([]);
    expect(show(b.attributes[0].args![0].value)).toBe('1');
    expect(at(text, b.attributes[0].range)).toBe('@default(/* inline */ 1)');
  });

  it('groups `/* */` and `///` docs in order and lets a `/* */` comment document a field on its own line', () => {
    const text = ['/* block */', '/// doc', 'model A {', '  id Int @id', '  /* f */ b Int', '}'].join('\n');
    const ast = parse(text);
    const a = block(ast, 'A');
    expect(a.docs.map((c) => c.text)).toEqual(['/* block */', '/// doc']);
    expect(a.line.start).toBe(0);
    const b = field(a, 'b');
    expect(b.docs.map((c) => c.text)).toEqual(['/* f */']);
    // from its doc to its end, the field covers the whole line
    expect(text.slice(b.docs[0].line.start, b.line.end)).toBe('  /* f */ b Int\n');
  });

  it('reports a `/* */` comment between a field name and its type, as Prisma does, and keeps parsing', () => {
    const text = ['model A {', '  id /* c */ Int @id', '  b Int', '}'].join('\n');
    const ast = parse(text);
    expect(ast.errors.length).toBeGreaterThan(0);
    expect(at(text, ast.errors[0].range)).toBe('id');
    expect(field(block(ast, 'A'), 'b').type?.name).toBe('Int');
  });

  it('keeps a comment after the closing brace on the block line', () => {
    const text = 'model A {\n  id Int @id\n} // end of A\nmodel B {\n  id Int @id\n}\n';
    const ast = parse(text);
    expect(ast.errors).toEqual([]);
    expect(at(text, block(ast, 'A').line)).toBe('model A {\n  id Int @id\n} // end of A\n');
    expect(ast.comments.map((c) => c.text)).toEqual(['// end of A']);
  });
});

describe('parseSchemaFile: line endings and encodings', () => {
  it('parses CRLF files with ranges that exclude the carriage return', () => {
    const text = 'model A {\r\n  /// doc\r\n  id Int @id // c\r\n  n  String?\r\n}\r\n';
    const ast = parse(text);
    expect(ast.errors).toEqual([]);
    const a = block(ast, 'A');
    const id = field(a, 'id');
    expect(id.docs[0].text).toBe('/// doc');
    expect(id.trailingComment?.text).toBe('// c');
    expect(at(text, id.line)).toBe('  id Int @id // c\r\n');
    expect(at(text, id.docs[0].line)).toBe('  /// doc\r\n');
    expect(at(text, field(a, 'n').type!.range)).toBe('String?');
    expect(at(text, a.line)).toBe(text);
  });

  it('skips a UTF-8 byte order mark', () => {
    const text = '\uFEFFdatasource db {\n  provider = "postgresql"\n}\n';
    const ast = parse(text);
    expect(ast.errors).toEqual([]);
    const db = block(ast, 'db');
    expect(db.keywordRange.start).toBe(1);
    expect(at(text, db.keywordRange)).toBe('datasource');
  });

  it('uses UTF-16 offsets after non-ASCII and emoji text', () => {
    const text = [
      '/// Ünïcödé 😀 docs',
      'model Café {',
      '  label String @default("🎉 party") // ✓ naïve',
      '  名前  String',
      '  after Int',
      '}',
    ].join('\n');
    const ast = parse(text);
    expect(ast.errors).toEqual([]);
    const cafe = block(ast, 'Café');
    expect(cafe.docs[0].text).toBe('/// Ünïcödé 😀 docs');
    const label = field(cafe, 'label');
    expect(label.attributes[0].args![0].value).toMatchObject({ kind: 'string', value: '🎉 party' });
    expect(label.trailingComment?.text).toBe('// ✓ naïve');
    expect(at(text, field(cafe, '名前').nameRange)).toBe('名前');
    const after = field(cafe, 'after');
    expect(at(text, after.nameRange)).toBe('after');
    expect(after.nameRange.start).toBe(text.indexOf('after'));
  });
});

describe('parseSchemaFile: broken and half-typed text', () => {
  it('reports an unterminated string and still reads the following fields', () => {
    const text = ['model A {', '  id Int @id', '  s  String @default("open', '  b  Int', '}', 'model B {', '  id Int @id', '}'].join('\n');
    const ast = parse(text);
    expect(ast.errors.map((e) => e.message)).toContain('Unterminated string');
    const err = ast.errors.find((e) => e.message === 'Unterminated string')!;
    expect(at(text, err.range)).toBe('"open');
    const a = block(ast, 'A');
    expect(field(a, 'b').type?.name).toBe('Int');
    expect(a.closeBrace).not.toBeNull();
    expect(block(ast, 'B').members).toHaveLength(1);
  });

  it('reports an unterminated block comment, which hides the rest of the file', () => {
    const text = 'model A {\n  id Int @id\n  /* open\n  b Int\n}\n';
    const ast = parse(text);
    const messages = ast.errors.map((e) => e.message);
    expect(messages).toContain('Unterminated block comment');
    expect(messages).toContain('The model `A` is missing its closing brace `}`');
    const a = block(ast, 'A');
    expect(a.closeBrace).toBeNull();
    expect(a.members.map((m) => m.kind)).toEqual(['field', 'comment']);
  });

  it('finds the next block when a closing brace is missing', () => {
    const text = ['model A {', '  id Int @id', '', '/// The B model', 'model B {', '  id Int @id', '}', ''].join('\n');
    const ast = parse(text);
    expect(ast.errors.map((e) => e.message)).toEqual(['The model `A` is missing its closing brace `}`']);
    expect(at(text, ast.errors[0].range)).toBe('{');
    const a = block(ast, 'A');
    expect(a.closeBrace).toBeNull();
    expect(a.members.map((m) => m.kind)).toEqual(['field']);
    expect(at(text, a.range)).toBe('model A {\n  id Int @id');
    const b = block(ast, 'B');
    expect(b.closeBrace).not.toBeNull();
    // the doc above `model B` still belongs to B, not to the unclosed A
    expect(b.docs.map((d) => d.text)).toEqual(['/// The B model']);
    expect(field(b, 'id').type?.name).toBe('Int');
  });

  it('hands doc comments and the comments among them to the next block when a brace is missing', () => {
    const text = ['model A {', '  id Int @id', '/// B docs', '// a note', 'model B {', '  id Int @id', '}'].join('\n');
    const ast = parse(text);
    expect(block(ast, 'A').members.map((m) => m.kind)).toEqual(['field']);
    expect(block(ast, 'B').docs.map((d) => d.text)).toEqual(['/// B docs']);
    expect(ast.comments.map((c) => c.text)).toEqual(['// a note']);
  });

  it('reports a block left open at the end of the file', () => {
    const text = 'model A {\n  id Int @id\n  name Str';
    const ast = parse(text);
    expect(ast.errors.map((e) => e.message)).toEqual(['The model `A` is missing its closing brace `}`']);
    const a = block(ast, 'A');
    expect(a.range.end).toBe(text.length);
    expect(field(a, 'name').type?.name).toBe('Str');
  });

  it('reads half-typed fields: a name with a partial type, and a name alone', () => {
    const text = ['model A {', '  id   Int @id', '  name Str', '  email', '  age  Int', '}'].join('\n');
    const ast = parse(text);
    expect(ast.errors.map((e) => e.message)).toEqual(['The field `email` has no type']);
    expect(at(text, ast.errors[0].range)).toBe('email');
    const a = block(ast, 'A');
    expect(field(a, 'name').type).toMatchObject({ name: 'Str', optional: false, list: false });
    expect(field(a, 'email').type).toBeNull();
    expect(at(text, field(a, 'email').line)).toBe('  email\n');
    expect(field(a, 'age').type?.name).toBe('Int');
  });

  it('reads a half-typed attribute without losing the next field', () => {
    const text = ['model A {', '  id   Int @id', '  name String @', '  age  Int', '}'].join('\n');
    const ast = parse(text);
    expect(ast.errors.map((e) => e.message)).toEqual(['Expected an attribute name after `@`']);
    expect(field(block(ast, 'A'), 'age').type?.name).toBe('Int');
  });

  it('does not let an unclosed argument list swallow the fields below it', () => {
    const text = ['model A {', '  id    Int    @id @default(', '  name  String', '  email String @unique', '  @@index([name', '  age   Int', '}'].join('\n');
    const ast = parse(text);
    const a = block(ast, 'A');
    expect(ast.errors.length).toBeGreaterThan(0);
    expect(a.members.filter((m) => m.kind === 'field').map((m) => (m as FieldNode).name)).toEqual(['id', 'name', 'email', 'age']);
    expect(field(a, 'email').attributes.map((x) => x.name)).toEqual(['unique']);
    expect(a.closeBrace).toBe(text.lastIndexOf('}'));
  });

  it('recovers from a line that is not a field', () => {
    const text = ['model Post {', '  id Int @id', '  this is an invalid line', '  title String', '}'].join('\n');
    const ast = parse(text);
    expect(ast.errors).toHaveLength(1);
    expect(ast.errors[0].message).toBe('Unexpected "an"; expected the end of the line');
    expect(field(block(ast, 'Post'), 'title').type?.name).toBe('String');
  });

  it('reports text outside blocks and Prisma 1 syntax', () => {
    const text = ['$ garbage', 'model A {', '  id Int! @id', '  @@id([id]) @@map("a")', '  n Int @@unique', '}'].join('\n');
    const messages = parse(text).errors.map((e) => e.message);
    expect(messages).toEqual([
      'Unexpected "$"; expected a block (model, enum, view, type, datasource or generator)',
      'Prisma has no `!` type modifier (fields are required unless marked `?`)',
      'Unexpected "@"; expected the end of the line',
      'Block attributes (`@@…`) go on their own line',
    ]);
  });
});

describe('parseSchemaFile: shapes of blocks and members', () => {
  it('reads `model A {}` on one line', () => {
    const text = 'model A {}\nmodel B { }\n';
    const ast = parse(text);
    expect(ast.errors).toEqual([]);
    const a = block(ast, 'A');
    expect(a.members).toEqual([]);
    expect(a.openBrace).toBe(8);
    expect(a.closeBrace).toBe(9);
    expect(at(text, a.line)).toBe('model A {}\n');
    expect(at(text, block(ast, 'B').range)).toBe('model B { }');
  });

  it('reads attribute arguments spread over several lines', () => {
    const text = [
      'model Post {',
      '  id       Int  @id',
      '  authorId Int',
      '  author   User @relation(',
      '    fields: [authorId], // the foreign key',
      '    references: [id]',
      '  )',
      '  @@index([',
      '    authorId,',
      '    id',
      '  ], map: "post_author")',
      '}',
    ].join('\n');
    const ast = parse(text);
    expect(ast.errors).toEqual([]);
    const post = block(ast, 'Post');
    const author = field(post, 'author');
    const rel = author.attributes[0];
    expect(at(text, rel.range)).toBe('@relation(\n    fields: [authorId], // the foreign key\n    references: [id]\n  )');
    expect(rel.args!.map((x) => `${x.name}=${show(x.value)}`)).toEqual(['fields=[authorId]', 'references=[id]']);
    expect(at(text, author.line)).toBe(text.slice(text.indexOf('  author   User'), text.indexOf('  @@index')));
    const [index] = blockAttributes(post);
    expect(show(index.attribute.args![0].value)).toBe('[authorId, id]');
    expect(show(index.attribute.args![1].value)).toBe('"post_author"');
  });

  it('reads `Unsupported("…")` types with modifiers', () => {
    const text = ['model Geo {', '  id    Int @id', '  shape Unsupported("circle")?', '  path  Unsupported("path")[]', '  esc   Unsupported("a\\"b")', '}'].join('\n');
    const ast = parse(text);
    expect(ast.errors).toEqual([]);
    const geo = block(ast, 'Geo');
    const shape = field(geo, 'shape');
    expect(shape.type).toMatchObject({ name: 'Unsupported', unsupported: 'circle', optional: true, list: false });
    expect(at(text, shape.type!.range)).toBe('Unsupported("circle")?');
    expect(at(text, shape.type!.nameRange)).toBe('Unsupported');
    expect(field(geo, 'path').type).toMatchObject({ unsupported: 'path', list: true, optional: false });
    expect(field(geo, 'esc').type?.unsupported).toBe('a"b');
  });

  it('reads datasource and generator properties, including arrays and calls', () => {
    const text = [
      'datasource db {',
      '  provider   = "postgresql"',
      '  url        = env("DATABASE_URL") // Prisma 6',
      '  extensions = [pgcrypto, postgis(version: "3.4", schema: "gis"), uuid_ossp(map: "uuid-ossp")]',
      '  schemas    = ["public", "auth"]',
      '}',
      '',
      'generator client {',
      '  provider        = "prisma-client"',
      '  previewFeatures = ["postgresqlExtensions", "multiSchema"]',
      '  binaryTargets   = ["native"]',
      '}',
    ].join('\n');
    const ast = parse(text);
    expect(ast.errors).toEqual([]);
    const db = block(ast, 'db');
    expect(db.kind).toBe('datasource');
    expect(show(property(db, 'provider').value)).toBe('"postgresql"');
    const url = property(db, 'url');
    expect(show(url.value)).toBe('env("DATABASE_URL")');
    expect(url.trailingComment?.text).toBe('// Prisma 6');
    expect(at(text, url.keyRange)).toBe('url');
    expect(at(text, url.range)).toBe('url        = env("DATABASE_URL")');
    const extensions = property(db, 'extensions');
    expect(show(extensions.value)).toBe('[pgcrypto, postgis(version: "3.4", schema: "gis"), uuid_ossp(map: "uuid-ossp")]');
    expect(show(property(db, 'schemas').value)).toBe('["public", "auth"]');
    const client = block(ast, 'client');
    expect(client.kind).toBe('generator');
    expect(show(property(client, 'previewFeatures').value)).toBe('["postgresqlExtensions", "multiSchema"]');
  });

  it('reports a property without a value', () => {
    const text = 'generator c {\n  provider =\n  output\n}';
    expect(parse(text).errors.map((e) => e.message)).toEqual(['`provider` needs a value', 'Expected `=` after `output`']);
  });

  it('reads enums with mapped values, docs, trailing comments and block attributes', () => {
    const text = ['/// Roles', 'enum Role {', '  /// Can do anything', '  ADMIN @map("admin") // careful', '  USER', '', '  @@map("role")', '  @@schema("auth")', '}'].join('\n');
    const ast = parse(text);
    expect(ast.errors).toEqual([]);
    const role = block(ast, 'Role');
    expect(role.kind).toBe('enum');
    expect(role.docs.map((d) => d.text)).toEqual(['/// Roles']);
    const values = role.members.filter((m): m is EnumValueNode => m.kind === 'enumValue');
    expect(values.map((v) => v.name)).toEqual(['ADMIN', 'USER']);
    expect(values[0].docs.map((d) => d.text)).toEqual(['/// Can do anything']);
    expect(at(text, values[0].range)).toBe('ADMIN @map("admin")');
    expect(values[0].trailingComment?.text).toBe('// careful');
    expect(blockAttributes(role).map((m) => at(text, m.range))).toEqual(['@@map("role")', '@@schema("auth")']);
  });

  it('reads views and composite types', () => {
    const text = 'view Summary {\n  id Int @unique\n}\ntype Address {\n  street String\n}\n';
    const ast = parse(text);
    expect(ast.errors).toEqual([]);
    expect(ast.blocks.map((b) => `${b.kind} ${b.name}`)).toEqual(['view Summary', 'type Address']);
  });

  it('does not mistake a field called `type` or `model` for a block', () => {
    const text = 'model A {\n  id    Int    @id\n  type  String\n  model String\n}\n';
    const ast = parse(text);
    expect(ast.errors).toEqual([]);
    expect(block(ast, 'A').members.map((m) => (m as FieldNode).name)).toEqual(['id', 'type', 'model']);
  });

  it('decodes string escapes', () => {
    expect(unquote('"a\\"b\\\\c\\n"')).toBe('a"b\\c\n');
    expect(unquote('"open')).toBe('open');
    expect(unquote('"bad \\q"')).toBe('bad q');
  });
});
