import { describe, expect, it } from 'vitest';
import { parseSchema } from './document';
import type { RelationInfo } from './model';
import { describeDiagnostics, prismaErrors } from '../../test-support/prisma';

const DATASOURCE = 'datasource db {\n  provider = "postgresql"\n}\n\n';

/** Relations of a schema body (Prisma 7 datasource added), after checking Prisma 7 accepts it when `valid`. */
function relations(body: string, valid = true): RelationInfo[] {
  const files = [{ path: 'schema.prisma', text: DATASOURCE + body }];
  if (valid) expect(describeDiagnostics(files, prismaErrors('7', files))).toEqual([]);
  const { model } = parseSchema(files);
  expect(model.problems).toEqual([]);
  return model.relations;
}

function only(list: RelationInfo[]): RelationInfo {
  expect(list).toHaveLength(1);
  return list[0];
}

/** The relation as `from → to`, e.g. `Post.author[authorId] → User.posts[id]`. */
function arrow(r: RelationInfo): string {
  return `${r.from.model}.${r.from.field}[${r.from.fields}] → ${r.to.model}.${r.to.field ?? '∅'}[${r.to.fields}]`;
}

const USER_POSTS = `
model User {
  id    Int    @id
  posts Post[]
}

model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [id])
}
`;

describe('resolveRelations: pairing', () => {
  it('pairs a one-to-many relation with the foreign-key side as `from`, whatever the model order', () => {
    const r = only(relations(USER_POSTS));
    expect(arrow(r)).toBe('Post.author[authorId] → User.posts[id]');
    expect(r).toMatchObject({ id: 'Post.author', kind: '1:n', name: null, self: false, required: true, incomplete: null });
  });

  it('pairs a one-to-one relation', () => {
    const r = only(
      relations(`
model Profile {
  id     Int  @id
  userId Int  @unique
  user   User @relation(fields: [userId], references: [id])
}

model User {
  id      Int      @id
  profile Profile?
}
`),
    );
    expect(arrow(r)).toBe('Profile.user[userId] → User.profile[id]');
    expect(r.kind).toBe('1:1');
  });

  it('pairs an implicit many-to-many relation, ordered by name, without foreign keys', () => {
    const r = only(
      relations(`
model Tag {
  id    Int    @id
  posts Post[]
}

model Post {
  id   Int   @id
  tags Tag[]
}
`),
    );
    expect(r).toMatchObject({ id: 'Post.tags~Tag.posts', kind: 'm:n', self: false, required: false });
    expect(arrow(r)).toBe('Post.tags[] → Tag.posts[]');
  });

  it('pairs a self-relation one-to-many', () => {
    const r = only(
      relations(`
model Employee {
  id        Int        @id
  managerId Int?
  reports   Employee[] @relation("Management")
  manager   Employee?  @relation("Management", fields: [managerId], references: [id])
}
`),
    );
    expect(arrow(r)).toBe('Employee.manager[managerId] → Employee.reports[id]');
    expect(r).toMatchObject({ kind: '1:n', self: true, name: 'Management', required: false });
  });

  it('pairs a self-relation one-to-one', () => {
    const r = only(
      relations(`
model Node {
  id          Int   @id
  nextId      Int?  @unique
  next        Node? @relation("Chain", fields: [nextId], references: [id])
  previous    Node? @relation("Chain")
}
`),
    );
    expect(arrow(r)).toBe('Node.next[nextId] → Node.previous[id]');
    expect(r).toMatchObject({ kind: '1:1', self: true });
  });

  it('pairs a self-relation many-to-many', () => {
    const r = only(
      relations(`
model Person {
  id        Int      @id
  followers Person[] @relation("Follows")
  following Person[] @relation("Follows")
}
`),
    );
    expect(r).toMatchObject({ id: 'Person.followers~Person.following', kind: 'm:n', self: true, name: 'Follows' });
  });

  it('keeps several named relations between one pair of models apart', () => {
    const list = relations(`
model User {
  id       Int    @id
  written  Post[] @relation("Author")
  reviewed Post[] @relation("Reviewer")
}

model Post {
  id         Int   @id
  authorId   Int
  reviewerId Int?
  reviewer   User? @relation("Reviewer", fields: [reviewerId], references: [id])
  author     User  @relation("Author", fields: [authorId], references: [id])
}
`);
    expect(list.map(arrow).sort()).toEqual(['Post.author[authorId] → User.written[id]', 'Post.reviewer[reviewerId] → User.reviewed[id]']);
    expect(list.find((r) => r.name === 'Author')?.required).toBe(true);
    expect(list.find((r) => r.name === 'Reviewer')?.required).toBe(false);
  });

  it('scopes relation names to their model pair', () => {
    const list = relations(`
model User {
  id       Int       @id
  posts    Post[]    @relation("CreatedBy")
  comments Comment[] @relation("CreatedBy")
}

model Post {
  id          Int  @id
  createdById Int
  createdBy   User @relation("CreatedBy", fields: [createdById], references: [id])
}

model Comment {
  id          Int  @id
  createdById Int
  createdBy   User @relation("CreatedBy", fields: [createdById], references: [id])
}
`);
    expect(list.map(arrow).sort()).toEqual(['Comment.createdBy[createdById] → User.comments[id]', 'Post.createdBy[createdById] → User.posts[id]']);
  });

  it('reads composite foreign keys referencing a compound id', () => {
    const r = only(
      relations(`
model Course {
  code        String
  term        String
  enrollments Enrollment[]

  @@id([code, term])
}

model Enrollment {
  id         Int     @id
  courseCode String
  courseTerm String
  course     Course  @relation(fields: [courseCode, courseTerm], references: [code, term])
}
`),
    );
    expect(arrow(r)).toBe('Enrollment.course[courseCode,courseTerm] → Course.enrollments[code,term]');
  });

  it('references a unique field other than the id', () => {
    const r = only(
      relations(`
model User {
  id    Int    @id
  email String @unique
  posts Post[]
}

model Post {
  id          Int    @id
  authorEmail String
  author      User   @relation(fields: [authorEmail], references: [email])
}
`),
    );
    expect(r.to.fields).toEqual(['email']);
  });

  it('marks a relation without a back-relation field as incomplete', () => {
    const r = only(
      relations(
        `
model User {
  id Int @id
}

model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [id])
}
`,
        false,
      ),
    );
    expect(arrow(r)).toBe('Post.author[authorId] → User.∅[id]');
    expect(r.incomplete).toBe('The relation field `Post.author` has no opposite relation field on `User`');
  });

  it('marks a one-to-one relation without `fields` on either side as incomplete', () => {
    const r = only(
      relations(
        `
model User {
  id      Int      @id
  profile Profile?
}

model Profile {
  id   Int  @id
  user User
}
`,
        false,
      ),
    );
    expect(r.kind).toBe('1:1');
    expect(r.incomplete).toMatch(/^The relation between `(User` and `Profile|Profile` and `User)` needs `@relation\(fields: …, references: …\)` on one side$/);
  });

  it('marks a back-relation list without its other side as incomplete', () => {
    const r = only(relations('model User {\n  id    Int    @id\n  posts Post[]\n}\n\nmodel Post {\n  id Int @id\n}\n', false));
    expect(r.from).toMatchObject({ model: 'User', field: 'posts', fields: [] });
    expect(r.to.field).toBeNull();
    expect(r.incomplete).toMatch(/has no opposite relation field on `Post`/);
  });
});

describe('resolveRelations: effective referential actions', () => {
  it('defaults a required relation to onDelete Restrict and onUpdate Cascade', () => {
    const r = only(relations(USER_POSTS));
    expect(r.onDelete).toEqual({ action: 'Restrict', explicit: false });
    expect(r.onUpdate).toEqual({ action: 'Cascade', explicit: false });
  });

  it('defaults an optional relation to onDelete SetNull', () => {
    const r = only(relations(USER_POSTS.replace('authorId Int\n', 'authorId Int?\n').replace('author   User ', 'author   User?')));
    expect(r.required).toBe(false);
    expect(r.onDelete).toEqual({ action: 'SetNull', explicit: false });
    expect(r.onUpdate).toEqual({ action: 'Cascade', explicit: false });
  });

  it('counts a composite foreign key as required when any of its fields is required', () => {
    const r = only(
      relations(`
model Course {
  code        String
  term        String
  enrollments Enrollment[]

  @@id([code, term])
}

model Enrollment {
  id         Int     @id
  courseCode String
  courseTerm String?
  course     Course? @relation(fields: [courseCode, courseTerm], references: [code, term])
}
`),
    );
    expect(r.required).toBe(true);
    expect(r.onDelete).toEqual({ action: 'Restrict', explicit: false });
  });

  it('reads explicit actions as written', () => {
    const r = only(relations(USER_POSTS.replace('references: [id])', 'references: [id], onDelete: Cascade, onUpdate: NoAction)')));
    expect(r.onDelete).toEqual({ action: 'Cascade', explicit: true });
    expect(r.onUpdate).toEqual({ action: 'NoAction', explicit: true });
  });

  it('always cascades an implicit many-to-many join table', () => {
    const r = only(relations('model A {\n  id Int @id\n  bs B[]\n}\n\nmodel B {\n  id Int @id\n  as A[]\n}\n'));
    expect(r.onDelete).toEqual({ action: 'Cascade', explicit: false });
    expect(r.onUpdate).toEqual({ action: 'Cascade', explicit: false });
  });
});
