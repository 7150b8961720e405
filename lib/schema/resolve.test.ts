import { describe, expect, it } from 'vitest';
import { parseSchema, reparseSchema, type SchemaFile } from './document';
import type { FieldInfo, ModelInfo, SchemaModel } from './model';
import { describeDiagnostics, prismaEngine, prismaErrors } from '../../test-support/prisma';

function resolve(text: string, valid = true): SchemaModel {
  const files = [{ path: 'schema.prisma', text }];
  if (valid) expect(describeDiagnostics(files, prismaErrors('7', files))).toEqual([]);
  return parseSchema(files).model;
}

function modelOf(model: SchemaModel, name: string): ModelInfo {
  const m = [...model.models, ...model.views, ...model.composites].find((x) => x.name === name);
  if (!m) throw new Error(`no model ${name}`);
  return m;
}

function fieldOf(m: ModelInfo, name: string): FieldInfo {
  const f = m.fields.find((x) => x.name === name);
  if (!f) throw new Error(`no field ${m.name}.${name}`);
  return f;
}

describe('resolveSchema: models and fields', () => {
  const model = resolve(`datasource pg {
  provider = "postgresql"
}

/// People who sign in
model User {
  /// Primary key
  id        String   @id @default(cuid()) @pg.Uuid
  email     String   @unique @map("email_address") @pg.VarChar(320)
  role      Role     @default(MEMBER)
  tags      String[]
  createdAt DateTime @default(now()) @map("created_at") @pg.Timestamptz(6)
  updatedAt DateTime @updatedAt
  legacy    Int?     @ignore
  posts     Post[]

  @@index([createdAt(sort: Desc)], map: "user_created_idx")
  @@map("users")
}

model Post {
  userId String @pg.Uuid
  slug   String
  user   User   @relation(fields: [userId], references: [id])

  @@id([userId, slug])
  @@unique([slug, userId], map: "post_slug_user")
}

enum Role {
  ADMIN  @map("admin")
  MEMBER

  @@map("user_role")
}
`);
  const user = modelOf(model, 'User');

  it('reads model-level docs, table name and keys', () => {
    expect(user).toMatchObject({ kind: 'model', name: 'User', file: 'schema.prisma', dbName: 'users', docs: 'People who sign in', ignored: false });
    expect(user.primaryKey).toEqual(['id']);
    expect(user.indexes.map((i) => [i.fields, i.name])).toEqual([[['createdAt'], 'user_created_idx']]);
    const post = modelOf(model, 'Post');
    expect(post.primaryKey).toEqual(['userId', 'slug']);
    expect(post.uniques.map((u) => [u.fields, u.name])).toEqual([[['slug', 'userId'], 'post_slug_user']]);
  });

  it('reads field kinds, modifiers, defaults, column names and docs', () => {
    expect(fieldOf(user, 'id')).toMatchObject({ kind: 'scalar', isId: true, default: 'cuid()', docs: 'Primary key', optional: false, list: false });
    expect(fieldOf(user, 'email')).toMatchObject({ isUnique: true, dbName: 'email_address' });
    expect(fieldOf(user, 'role')).toMatchObject({ kind: 'enum', default: 'MEMBER' });
    expect(fieldOf(user, 'tags')).toMatchObject({ kind: 'scalar', list: true });
    expect(fieldOf(user, 'createdAt')).toMatchObject({ default: 'now()', dbName: 'created_at' });
    expect(fieldOf(user, 'updatedAt').isUpdatedAt).toBe(true);
    expect(fieldOf(user, 'legacy')).toMatchObject({ ignored: true, optional: true });
    expect(fieldOf(user, 'posts')).toMatchObject({ kind: 'object', list: true, relation: { name: null, fields: null, references: null } });
  });

  it('reads native types whatever the datasource is called', () => {
    expect(model.datasource?.name).toBe('pg');
    expect(fieldOf(user, 'id').nativeType).toBe('Uuid');
    expect(fieldOf(user, 'email').nativeType).toBe('VarChar(320)');
    expect(fieldOf(user, 'createdAt').nativeType).toBe('Timestamptz(6)');
    expect(fieldOf(user, 'role').nativeType).toBeNull();
  });

  it('marks foreign-key scalars', () => {
    const post = modelOf(model, 'Post');
    expect(post.fields.filter((f) => f.isForeignKey).map((f) => f.name)).toEqual(['userId']);
    expect(fieldOf(post, 'user').relation).toEqual({ name: null, fields: ['userId'], references: ['id'], onDelete: null, onUpdate: null });
  });

  it('reads enums with mapped names', () => {
    expect(model.enums).toHaveLength(1);
    const role = model.enums[0];
    expect(role).toMatchObject({ name: 'Role', dbName: 'user_role', schema: null });
    expect(role.values.map((v) => [v.name, v.dbName])).toEqual([
      ['ADMIN', 'admin'],
      ['MEMBER', null],
    ]);
  });
});

describe('resolveSchema: views, ignored models, multiSchema and composite types', () => {
  it('keeps views apart from models and relates them', () => {
    const model = resolve(`datasource db {
  provider = "postgresql"
}

generator client {
  provider        = "prisma-client"
  previewFeatures = ["views"]
}

model User {
  id    Int    @id
  email String @unique
}

view UserInfo {
  id    Int    @unique
  email String
  bio   String?
}
`);
    expect(model.models.map((m) => m.name)).toEqual(['User']);
    expect(model.views.map((m) => m.name)).toEqual(['UserInfo']);
    expect(modelOf(model, 'UserInfo')).toMatchObject({ kind: 'view', primaryKey: null });
    expect(model.generators).toEqual([expect.objectContaining({ name: 'client', provider: 'prisma-client', previewFeatures: ['views'] })]);
  });

  it('keeps @@ignore’d models in the model (Prisma’s DMMF drops them)', () => {
    const model = resolve(`datasource db {
  provider = "postgresql"
}

model Legacy {
  id   Int     @id
  data String?

  @@ignore
}

model Current {
  id Int @id
}
`);
    expect(model.models.map((m) => [m.name, m.ignored])).toEqual([
      ['Legacy', true],
      ['Current', false],
    ]);
  });

  it('reads @@schema on models and enums and the datasource’s schemas', () => {
    const model = resolve(`datasource db {
  provider = "postgresql"
  schemas  = ["base", "auth"]
}

model User {
  id   Int  @id
  role Role

  @@schema("auth")
}

enum Role {
  ADMIN

  @@schema("base")
}
`);
    expect(model.datasource).toMatchObject({ name: 'db', provider: 'postgresql', schemas: ['base', 'auth'], hasUrl: false, relationMode: null });
    expect(modelOf(model, 'User').schema).toBe('auth');
    expect(model.enums[0].schema).toBe('base');
  });

  it('reads the Prisma 6 datasource url and relationMode', () => {
    const model = resolve('datasource db {\n  provider     = "postgresql"\n  url          = env("DATABASE_URL")\n  relationMode = "prisma"\n}\n', false);
    expect(model.datasource).toMatchObject({ hasUrl: true, relationMode: 'prisma' });
  });

  it('resolves composite types as their own kind', () => {
    const model = resolve(`datasource db {
  provider = "mongodb"
}

type Address {
  street String
}

model Shop {
  id      String  @id @default(auto()) @map("_id") @db.ObjectId
  address Address
}
`, false);
    expect(model.composites.map((c) => c.name)).toEqual(['Address']);
    expect(fieldOf(modelOf(model, 'Shop'), 'address').kind).toBe('composite');
    expect(model.relations).toEqual([]);
  });

  it('reads docs from `///` lines and `/* */` comments as Prisma does', () => {
    const text = `datasource db {
  provider = "postgresql"
}

/* Stored forever:
   never delete rows. */
/// Audit trail
model Event {
  /* When it
     happened */
  at DateTime @id
  /// Who
  /* did it */
  by String
  tz String /// @zod.string.min(1)
}
`;
    const model = resolve(text);
    const event = modelOf(model, 'Event');
    const dmmf = prismaEngine('7').datamodel([{ path: 'schema.prisma', text }]);
    const theirs = (dmmf as { ok: true; datamodel: { models: Array<{ documentation: string; fields: Array<{ documentation: string }> }> } }).datamodel.models[0];
    expect(event.docs).toBe('Stored forever:\n   never delete rows.\nAudit trail');
    expect(event.docs).toBe(theirs.documentation);
    expect(fieldOf(event, 'at').docs).toBe('When it\n     happened');
    expect(fieldOf(event, 'at').docs).toBe(theirs.fields[0].documentation);
    // Prisma 7 reads this one as "Who\n/* did it": we strip both comment markers
    expect(fieldOf(event, 'by').docs).toBe('Who\ndid it');
    // a trailing `///` documents its own line's field (zod-prisma and similar generators rely on it)
    expect(fieldOf(event, 'tz').docs).toBe('@zod.string.min(1)');
    expect(fieldOf(event, 'tz').docs).toBe(theirs.fields[2].documentation);
  });

  it('reads Unsupported fields', () => {
    const model = resolve('datasource db {\n  provider = "postgresql"\n}\n\nmodel Geo {\n  id    Int                    @id\n  shape Unsupported("circle")?\n}\n');
    expect(fieldOf(modelOf(model, 'Geo'), 'shape')).toMatchObject({ kind: 'unsupported', type: 'Unsupported', unsupported: 'circle', optional: true });
  });
});

describe('resolveSchema: several files and problems', () => {
  const files: SchemaFile[] = [
    { path: 'schema.prisma', text: 'datasource db {\n  provider = "postgresql"\n}\n' },
    { path: 'models/user.prisma', text: 'model User {\n  id    Int    @id\n  posts Post[]\n}\n' },
    { path: 'models/post.prisma', text: 'model Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation(fields: [authorId], references: [id])\n}\n' },
  ];

  it('resolves names and relations across files and remembers each model’s file', () => {
    expect(describeDiagnostics(files, prismaErrors('7', files))).toEqual([]);
    const { model } = parseSchema(files);
    expect(model.problems).toEqual([]);
    expect(model.models.map((m) => [m.name, m.file])).toEqual([
      ['User', 'models/user.prisma'],
      ['Post', 'models/post.prisma'],
    ]);
    expect(model.relations.map((r) => r.id)).toEqual(['Post.author']);
  });

  it('reuses the syntax trees of unchanged files when reparsing', () => {
    const first = parseSchema(files);
    const edited = files.map((f) => (f.path === 'models/post.prisma' ? { ...f, text: f.text.replace('Post {', 'Article {') } : f));
    const second = reparseSchema(first, edited);
    expect(second.files[1]).toBe(first.files[1]);
    expect(second.files[2]).not.toBe(first.files[2]);
    expect(second.model.models.map((m) => m.name)).toEqual(['User', 'Article']);
    // `Post[]` no longer resolves
    expect(second.model.problems.map((p) => [p.file, p.message])).toEqual([
      ['models/user.prisma', 'Type `Post` is neither a built-in type, nor a model, enum or composite type'],
    ]);
  });

  it('reports names defined twice, unknown types and syntax errors with their file and range', () => {
    const broken: SchemaFile[] = [
      { path: 'a.prisma', text: 'model User {\n  id Int @id\n  x  Strin\n}\n' },
      { path: 'b.prisma', text: 'enum User {\n  A\n}\nmodel Post {\n  id Int @id\n  title\n}\n' },
    ];
    const { model } = parseSchema(broken);
    const shown = model.problems.map((p) => `${p.file}:${broken.find((f) => f.path === p.file)!.text.slice(p.range.start, p.range.end)}: ${p.message}`);
    expect(shown.sort()).toEqual(
      [
        'a.prisma:Strin: Type `Strin` is neither a built-in type, nor a model, enum or composite type',
        'b.prisma:User: The name `User` is defined twice',
        'b.prisma:title: The field `title` has no type',
      ].sort(),
    );
    // the first definition wins
    expect(model.models.map((m) => m.name)).toEqual(['User', 'Post']);
    expect(model.enums).toEqual([]);
  });
});
