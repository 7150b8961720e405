import { describe, expect, it } from 'vitest';
import { parseSchema } from '../schema/document';
import { diffSchemas } from './diff';

const model = (text: string) => parseSchema([{ path: 'schema.prisma', text }]).model;

const A = `enum Role {
  USER
  ADMIN
}

model User {
  id    Int     @id @default(autoincrement())
  email String  @unique
  name  String?
  role  Role    @default(USER)
  posts Post[]
}

model Post {
  id       Int    @id
  title    String
  authorId Int
  author   User   @relation(fields: [authorId], references: [id])
}

model Legacy {
  id Int @id
}
`;

const B = `enum Role {
  USER
  ADMIN
  GUEST
}

model User {
  id        Int     @id @default(autoincrement())
  email     String  @unique @db.VarChar(320)
  name      String
  role      Role    @default(GUEST)
  posts     Post[]
  createdAt DateTime @default(now())
}

model Post {
  id       Int    @id
  title    String
  authorId Int
  author   User   @relation(fields: [authorId], references: [id], onDelete: Cascade)

  @@index([authorId])
}

model Tag {
  id   Int    @id
  name String
}
`;

describe('diffSchemas', () => {
  const diff = diffSchemas(model(A), model(B));
  const block = (name: string) => diff.blocks.find((b) => b.name === name)!;

  it('lists added, removed and changed blocks', () => {
    expect(diff.blocks.map((b) => `${b.kind} ${b.name}: ${b.change}`)).toEqual([
      'model User: changed', 'model Post: changed', 'model Tag: added', 'enum Role: changed', 'model Legacy: removed',
    ]);
    expect(block('Tag').fields.map((f) => f.after)).toEqual(['id Int @id', 'name String']);
    expect(block('Legacy').fields).toEqual([{ name: 'id', change: 'removed', before: 'id Int @id', properties: [] }]);
  });

  it('gives before → after per field property', () => {
    const user = block('User');
    expect(user.fields.map((f) => `${f.name}: ${f.change}`)).toEqual(['email: changed', 'name: changed', 'role: changed', 'createdAt: added']);
    expect(user.fields[0]).toMatchObject({ before: 'email String @unique', after: 'email String @unique @db.VarChar(320)', properties: [{ property: 'attributes', before: '@unique', after: '@unique @db.VarChar(320)' }] });
    expect(user.fields[1].properties).toEqual([{ property: 'optional', before: 'optional', after: 'required' }]);
    expect(user.fields[2].properties).toEqual([{ property: 'default', before: 'USER', after: 'GUEST' }]);
  });

  it('shows relation actions and block attributes', () => {
    const post = block('Post');
    expect(post.fields).toMatchObject([{ name: 'author', change: 'changed', properties: [{ property: 'onDelete', before: '', after: 'Cascade' }] }]);
    expect(post.properties).toEqual([{ property: 'indexes', before: '', after: '[authorId]' }]);
    expect(block('Role').fields).toEqual([{ name: 'GUEST', change: 'added', after: 'GUEST', properties: [] }]);
  });

  it('finds nothing between identical versions (whitespace and order of blocks aside)', () => {
    const reordered = A.replace(/(model Legacy \{\n {2}id Int @id\n\}\n)/, '').replace('enum Role', 'model Legacy {\n  id   Int   @id\n}\n\nenum Role');
    const same = diffSchemas(model(A), model(reordered));
    expect(same.blocks).toEqual([]);
    expect(same.unchanged.sort()).toEqual(['Legacy', 'Post', 'Role', 'User']);
  });
});
