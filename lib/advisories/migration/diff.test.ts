import { describe, expect, it } from 'vitest';
import { parseSchema } from '../../schema/document';
import { expectValid, pg } from '../../../test-support/advisories';
import { diffSchemas, joinTableName, nameDistance } from './diff';

/** The diff of two schemas Prisma 7 accepts. */
function diff(before: string, after: string) {
  expectValid(pg(before));
  expectValid(pg(after));
  return diffSchemas(parseSchema(pg(before)), parseSchema(pg(after)));
}

const BASE = `
enum Role {
  USER
  ADMIN
}

model User {
  id    Int     @id
  email String  @unique
  name  String?
  role  Role
  posts Post[]

  @@index([name])
}

model Post {
  id       Int    @id
  title    String
  authorId Int
  author   User   @relation(fields: [authorId], references: [id])
  tags     Tag[]
}

model Tag {
  id    Int    @id
  label String
  posts Post[]
}
`;

describe('diffSchemas', () => {
  it('matches everything to itself on an unchanged schema', () => {
    const d = diff(BASE, BASE);
    expect(d.models.map((m) => [m.before.name, m.after.name, m.by, m.tableRenamed])).toEqual([
      ['User', 'User', 'name', false],
      ['Post', 'Post', 'name', false],
      ['Tag', 'Tag', 'name', false],
    ]);
    expect([d.addedModels, d.removedModels, d.addedEnums, d.removedEnums, d.addedForeignKeys, d.removedForeignKeys, d.addedJoinTables, d.removedJoinTables]).toEqual([[], [], [], [], [], [], [], []]);
    for (const m of d.models) {
      expect([m.addedFields, m.removedFields]).toEqual([[], []]);
      expect(m.fields.every((f) => f.typeChange.kind === 'same' && !f.madeRequired && !f.madeOptional && f.columnBefore === f.columnAfter)).toBe(true);
      expect(m.indexesAfter.map((i) => i.signature)).toEqual(m.indexesBefore.map((i) => i.signature));
    }
    expect(d.foreignKeys.map((f) => [f.before.id, f.after.id, f.onDeleteChanged])).toEqual([['Post.author', 'Post.author', false]]);
    expect(d.joinTables.map((j) => [j.before.table, j.after.table, j.renamed])).toEqual([['_PostToTag', '_PostToTag', false]]);
    expect(d.enums.map((e) => [e.before.name, e.removedValues, e.addedValues])).toEqual([['Role', [], []]]);
  });

  it('matches models by name, then table name, then as rename candidates', () => {
    const after = BASE.replace('model Post {', 'model Article {')
      .replace('posts Post[]\n\n  @@index', 'posts Article[]\n\n  @@index')
      .replace('  tags     Tag[]\n}', '  tags     Label[]\n\n  @@map("Post")\n}')
      .replace('model Tag {\n  id    Int    @id\n  label String\n  posts Post[]', 'model Label {\n  id    Int    @id\n  label String\n  posts Article[]');
    const d = diff(BASE, after);
    expect(d.models.map((m) => [m.before.name, m.after.name, m.by, m.similarity, m.tableRenamed])).toEqual([
      ['User', 'User', 'name', null, false],
      ['Post', 'Article', 'dbName', null, false],
      ['Tag', 'Label', 'rename', 1, true],
    ]);
    expect(d.modelMatchBefore('Tag')?.after.name).toBe('Label');
    expect(d.modelMatchAfter('Article')?.before.name).toBe('Post');
    // the foreign key follows the renamed models; the join table is renamed with them
    expect(d.foreignKeys.map((f) => f.after.id)).toEqual(['Article.author']);
    expect(d.joinTables.map((j) => [j.before.table, j.after.table, j.renamed])).toEqual([['_PostToTag', '_ArticleToLabel', true]]);
  });

  it('does not pair tables below 80% shared columns, or sharing fewer than two', () => {
    const d = diff('model A {\n  id Int @id\n  x  Int\n  y  Int\n}\n', 'model B {\n  id Int @id\n  x  Int\n  z  Int\n}\n');
    expect(d.models).toEqual([]);
    expect(d.removedModels.map((m) => m.name)).toEqual(['A']);
    expect(d.addedModels.map((m) => m.name)).toEqual(['B']);
  });

  it('matches fields by name, column name and as rename candidates, and records what changed', () => {
    const after = BASE.replace('  email String  @unique\n  name  String?', '  mail  String  @unique @map("email")\n  fullName String @db.VarChar(80)\n  age Int?').replace('  title    String\n', '  headline String\n').replace('\n\n  @@index([name])', '');
    const d = diff(BASE, after);
    const user = d.modelMatchAfter('User')!;
    expect(user.fields.map((f) => [f.before.name, f.after.name, f.by])).toEqual([
      ['id', 'id', 'name'],
      ['email', 'mail', 'dbName'],
      ['role', 'role', 'name'],
    ]);
    // `name String?` → `fullName String @db.VarChar(80)`: different column types, not a rename
    expect(user.removedFields.map((f) => f.name)).toEqual(['name']);
    expect(user.addedFields.map((f) => f.name)).toEqual(['fullName', 'age']);
    expect(user.fieldAfter('email')?.name).toBe('mail');
    // the index on the dropped column cannot be followed
    expect(user.indexesBefore.map((i) => i.fields)).toEqual([['id'], ['mail'], null]);
    const post = d.modelMatchAfter('Post')!;
    expect(post.fields.find((f) => f.after.name === 'headline')).toMatchObject({ by: 'rename', columnBefore: 'title', columnAfter: 'headline' });
  });

  it('classifies type and nullability changes', () => {
    const d = diff(
      'model M {\n  id Int     @id\n  a  Int\n  b  String?\n  c  String @db.VarChar(10)\n}\n',
      'model M {\n  id Int     @id\n  a  BigInt\n  b  String\n  c  String @db.VarChar(20)\n}\n',
    );
    const [, a, b, c] = d.models[0].fields;
    expect([a.typeBefore.label, a.typeAfter.label, a.typeChange.kind]).toEqual(['integer', 'bigint', 'rewrite']);
    expect([b.madeRequired, b.typeChange.kind]).toEqual([true, 'same']);
    expect(c.typeChange.kind).toBe('metadata');
  });

  it('matches enums by name, then type name, and their values by database value', () => {
    const after = BASE.replace('enum Role {\n  USER\n  ADMIN\n}', 'enum Kind {\n  MEMBER @map("USER")\n  OWNER\n\n  @@map("Role")\n}').replace('role  Role', 'role  Kind');
    const d = diff(BASE, after);
    expect(d.enums.map((e) => [e.before.name, e.after.name, e.by, e.removedValues.map((v) => v.name), e.addedValues.map((v) => v.name)])).toEqual([['Role', 'Kind', 'dbName', ['ADMIN'], ['OWNER']]]);
    expect(d.modelMatchAfter('User')!.fields.find((f) => f.after.name === 'role')!.typeChange.kind).toBe('same');
  });

  it('tells why a foreign key went: its table, a key column, or only the constraint', () => {
    const noRelation = BASE.replace('  posts Post[]\n\n', '\n').replace('  author   User   @relation(fields: [authorId], references: [id])\n', '');
    expect(diff(BASE, noRelation).removedForeignKeys.map((r) => [r.relation.id, r.reason])).toEqual([['Post.author', 'constraint']]);
    expect(diff(BASE, noRelation.replace('  authorId Int\n', '')).removedForeignKeys.map((r) => r.reason)).toEqual(['column']);
    const onDelete = diff(BASE, BASE.replace('references: [id])', 'references: [id], onDelete: Cascade)'));
    expect(onDelete.foreignKeys.map((f) => [f.onDeleteChanged, f.onUpdateChanged])).toEqual([[true, false]]);
  });

  it('finds removed and added join tables', () => {
    const d = diff(BASE, BASE.replace('  tags     Tag[]\n', '').replace('  label String\n  posts Post[]\n', '  label String\n'));
    expect(d.removedJoinTables.map((j) => j.table)).toEqual(['_PostToTag']);
    expect(joinTableName(d.removedJoinTables[0].relation)).toBe('_PostToTag');
  });

  it('nameDistance is a case-insensitive edit distance', () => {
    expect(nameDistance('title', 'Title')).toBe(0);
    expect(nameDistance('title', 'titles')).toBe(1);
  });
});
