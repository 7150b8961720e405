import { describe, expect, it } from 'vitest';
import { check, pg, text } from '../../../../test-support/advisories';
import { relationFkReferencesNaturalKey as rule } from './relation-fk-references-natural-key';

const blocks = (references: string, extra = '', userExtra = '') => `
model User {
  id    Int    @id @default(autoincrement())
  email String @unique
${userExtra}  posts Post[]
}

model Post {
  id          Int    @id
  authorEmail String
  authorId    Int
  author      User   @relation(fields: [${references === 'email' ? 'authorEmail' : 'authorId'}], references: [${references}]${extra})

  @@index([authorEmail])
  @@index([authorId])
}
`;

describe('relation-fk-references-natural-key', () => {
  it('fires on a foreign key that references a unique business column', () => {
    const files = pg(blocks('email'));
    const [a, ...rest] = check(rule, files);
    expect(rest).toEqual([]);
    expect(a.severity).toBe('info');
    expect(a.target).toEqual({ kind: 'relation', relation: 'Post.author', model: 'Post', field: 'author' });
    expect(text(files).slice(a.span.start, a.span.end)).toBe('@relation(fields: [authorEmail], references: [email])');
    expect(a.message).toBe(
      'Post.author references User by email instead of its primary key (id); changing User.email rewrites every Post row that points at it.',
    );
    expect(a.fixLabel).toBeUndefined();
  });

  it('is quiet on the primary key', () => {
    expect(check(rule, pg(blocks('id')))).toEqual([]);
  });

  it('is quiet once the key is declared immutable with onUpdate: Restrict or NoAction', () => {
    expect(check(rule, pg(blocks('email', ', onUpdate: Restrict')))).toEqual([]);
    expect(check(rule, pg(blocks('email', ', onUpdate: NoAction')))).toEqual([]);
    expect(check(rule, pg(blocks('email', ', onUpdate: Cascade')))).toHaveLength(1);
  });

  it('is quiet on surrogate keys: generated, or named as identifiers', () => {
    const surrogate = (column: string) =>
      pg(blocks('email').replace('email String @unique', column).replace('references: [email]', `references: [${column.split(' ')[0]}]`));
    expect(check(rule, surrogate('publicId String @unique @default(cuid())'))).toEqual([]);
    expect(check(rule, surrogate('canvasId String @unique'))).toEqual([]);
    expect(check(rule, surrogate('slug String @unique'))).toHaveLength(1);
  });

  it('is quiet on a compound key that contains the primary key (tenant-scoped foreign key)', () => {
    const files = pg(`
model Project {
  id       Int    @id
  tenantId Int
  tasks    Task[]

  @@unique([tenantId, id])
}

model Task {
  id        Int     @id
  tenantId  Int
  projectId Int
  project   Project @relation(fields: [tenantId, projectId], references: [tenantId, id])

  @@index([tenantId, projectId])
}
`);
    expect(check(rule, files)).toEqual([]);
  });

  it('is quiet when the parent has no primary key (its unique key is the only identity)', () => {
    const files = pg(`
model Country {
  code   String    @unique
  cities City[]
}

model City {
  id          Int     @id
  countryCode String
  country     Country @relation(fields: [countryCode], references: [code])

  @@index([countryCode])
}
`);
    expect(check(rule, files)).toEqual([]);
  });
});
