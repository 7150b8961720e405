import { describe, expect, it } from 'vitest';
import { parseSchema } from '../../../schema/document';
import { prismaEngine } from '../../../../test-support/prisma';
import { runAdvisories } from '../../run';
import { check, fixAndRecheck, pg, text } from '../../../../test-support/advisories';
import { cascadeSetNullOnRequired as rule } from './cascade-set-null-on-required';

const blocks = (authorId: string, author: string) => `
model User {
  id    Int    @id
  posts Post[]
}

model Post {
  id       Int @id
  authorId ${authorId}
  author   ${author}

  @@index([authorId])
}
`;

describe('cascade-set-null-on-required', () => {
  it('fires on onDelete: SetNull over a required foreign key and points at its @relation', () => {
    const files = pg(blocks('Int', 'User @relation(fields: [authorId], references: [id], onDelete: SetNull)'));
    const [a, ...rest] = check(rule, files);
    expect(rest).toEqual([]);
    expect(a.severity).toBe('error');
    expect(a.target).toEqual({ kind: 'relation', relation: 'Post.author', model: 'Post', field: 'author' });
    expect(text(files).slice(a.span.start, a.span.end)).toBe('@relation(fields: [authorId], references: [id], onDelete: SetNull)');
    expect(a.message).toBe('Post.author: onDelete SetNull on the required foreign key authorId; deleting a User fails with a NOT NULL violation (23502).');
    expect(a.fixLabel).toBe('Make authorId optional');
  });

  it('fires on onUpdate: SetNull too, in one advisory with onDelete', () => {
    const files = pg(blocks('Int', 'User @relation(fields: [authorId], references: [id], onDelete: SetNull, onUpdate: SetNull)'));
    expect(check(rule, files).map((a) => a.message)).toEqual([
      "Post.author: onDelete and onUpdate SetNull on the required foreign key authorId; deleting a User or changing its id fails with a NOT NULL violation (23502).",
    ]);
    const onlyUpdate = pg(blocks('Int', 'User @relation(fields: [authorId], references: [id], onUpdate: SetNull)'));
    expect(check(rule, onlyUpdate).map((a) => a.message)).toEqual([
      "Post.author: onUpdate SetNull on the required foreign key authorId; changing a User's id fails with a NOT NULL violation (23502).",
    ]);
  });

  it('is quiet when the foreign key is optional or the action is not SetNull', () => {
    expect(check(rule, pg(blocks('Int?', 'User? @relation(fields: [authorId], references: [id], onDelete: SetNull)')))).toEqual([]);
    expect(check(rule, pg(blocks('Int?', 'User? @relation(fields: [authorId], references: [id])')))).toEqual([]);
    expect(check(rule, pg(blocks('Int', 'User @relation(fields: [authorId], references: [id], onDelete: Cascade)')))).toEqual([]);
  });

  it('merges Prisma\'s own SetNull warning into the advisory', () => {
    const files = pg(blocks('Int', 'User @relation(fields: [authorId], references: [id], onDelete: SetNull)'));
    const prisma = prismaEngine('7').lint(files);
    expect(prisma.map((d) => d.severity)).toEqual(['warning']);
    const run = runAdvisories(parseSchema(files), { rules: [rule], prisma });
    expect(run.mergedPrisma).toEqual(prisma);
    expect(run.advisories[0].prismaMessage).toContain('should not be set to `SetNull` when a referenced field is required');
  });

  it('fix makes the foreign key and its relation field optional', () => {
    const files = pg(blocks('Int', 'User @relation(fields: [authorId], references: [id], onDelete: SetNull)'));
    const { files: fixed } = fixAndRecheck(rule, files, check(rule, files)[0]);
    expect(text(fixed)).toContain('  authorId Int?\n  author   User? @relation(fields: [authorId], references: [id], onDelete: SetNull)\n');
  });

  it('fix works when only the scalar is required (the relation field is already optional)', () => {
    const files = pg(blocks('Int', 'User? @relation(fields: [authorId], references: [id], onDelete: SetNull)'));
    const [a] = check(rule, files);
    expect(a.fixLabel).toBe('Make authorId optional');
    const { files: fixed } = fixAndRecheck(rule, files, a);
    expect(text(fixed)).toContain('  authorId Int?\n');
  });

  // The catalogue's tenant case: one column of a composite key is required (and shared with another
  // relation), so PostgreSQL's SET NULL of every column fails and making it optional is not an option.
  const tenantSchema = pg(`
model Tenant {
  id      Int      @id
  users   User[]
  members Member[]
}

model User {
  tenantId Int
  id       Int
  tenant   Tenant   @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  owned    Member[]

  @@id([tenantId, id])
}

model Member {
  id       Int    @id
  tenantId Int
  ownerId  Int?
  tenant   Tenant @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  owner    User?  @relation(fields: [tenantId, ownerId], references: [tenantId, id], onDelete: SetNull)

  @@index([tenantId, ownerId])
}
`);

  it('fires on a composite foreign key where only one column is required', () => {
    const [a, ...rest] = check(rule, tenantSchema);
    expect(rest).toEqual([]);
    expect(a.message).toBe(
      'Member.owner: onDelete SetNull on the foreign key (tenantId, ownerId), which nulls every column though tenantId is required; deleting a User fails with a NOT NULL violation (23502).',
    );
    expect(a.fixLabel).toBe('Set onDelete: Restrict');
  });

  it('fix writes Restrict when the key cannot become optional', () => {
    const { files: fixed } = fixAndRecheck(rule, tenantSchema, check(rule, tenantSchema)[0]);
    expect(text(fixed)).toContain('owner    User?  @relation(fields: [tenantId, ownerId], references: [tenantId, id], onDelete: Restrict)');
    expect(text(fixed)).toContain('  tenantId Int\n  ownerId  Int?\n');
  });

  it('fix writes Restrict when the key is part of the primary key', () => {
    const files = pg(`
model User {
  id    Int    @id
  likes Like[]
}

model Like {
  userId Int
  postId Int
  user   User @relation(fields: [userId], references: [id], onDelete: SetNull, onUpdate: SetNull)

  @@id([userId, postId])
}
`);
    const [a] = check(rule, files);
    expect(a.fixLabel).toBe('Set onDelete: Restrict, onUpdate: Cascade');
    const { files: fixed } = fixAndRecheck(rule, files, a);
    expect(text(fixed)).toContain('@relation(fields: [userId], references: [id], onDelete: Restrict, onUpdate: Cascade)');
  });
});
