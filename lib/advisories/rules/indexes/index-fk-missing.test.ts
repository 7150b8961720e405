import { describe, expect, it } from 'vitest';
import { check, fixAndRecheck, pg, text } from '../../../../test-support/advisories';
import { parseSchema } from '../../../schema/document';
import { runAdvisories } from '../../run';
import { indexFkMissing as rule } from './index-fk-missing';
import { indexFkWithSortKey } from './index-fk-with-sort-key';

const blocks = (postExtra: string) => `
model User {
  id    Int    @id
  posts Post[]
}

model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [id])
${postExtra}}
`;

describe('index-fk-missing', () => {
  it('fires on an unindexed foreign key and points at its @relation', () => {
    const files = pg(blocks(''));
    const [a, ...rest] = check(rule, files);
    expect(rest).toEqual([]);
    expect(a.target).toEqual({ kind: 'relation', relation: 'Post.author', model: 'Post', field: 'author' });
    expect(text(files).slice(a.span.start, a.span.end)).toBe('@relation(fields: [authorId], references: [id])');
    expect(a.fixLabel).toBe('Add @@index([authorId])');
  });

  it('is quiet when an index, a unique or the primary key starts with the foreign key', () => {
    expect(check(rule, pg(blocks('\n  @@index([authorId])\n')))).toEqual([]);
    expect(check(rule, pg(blocks('\n  @@unique([authorId, id])\n')))).toEqual([]);
  });

  it('counts a composite index whose leading columns are the FK columns in another order', () => {
    const files = pg(`
model Tenant {
  id    Int    @id
  users User[]
}

model Member {
  tenantId Int
  id       Int
  users    User[]

  @@id([tenantId, id])
}

model User {
  id       Int    @id
  tenantId Int
  memberId Int
  tenant   Tenant @relation(fields: [tenantId], references: [id])
  member   Member @relation(fields: [memberId, tenantId], references: [id, tenantId])

  @@index([tenantId, memberId, id])
}
`);
    expect(check(rule, files)).toEqual([]);
  });

  it('does not count a partial or GIN index', () => {
    const files = pg(blocks('\n  @@index([authorId], type: Hash)\n'));
    expect(check(rule, files).map((a) => a.rule)).toEqual(['index-fk-missing']);
  });

  it('fix appends @@index and the advisory goes away', () => {
    const files = pg(blocks(''));
    const { files: fixed } = fixAndRecheck(rule, files, check(rule, files)[0]);
    expect(text(fixed)).toContain('  author   User @relation(fields: [authorId], references: [id])\n\n  @@index([authorId])\n}');
  });

  it('fix extends an index that is a leftwise prefix of a composite foreign key', () => {
    const files = pg(`
model Project {
  tenantId Int
  id       Int
  tasks    Task[]

  @@id([tenantId, id])
}

model Task {
  id        Int     @id
  tenantId  Int
  projectId Int
  project   Project @relation(fields: [tenantId, projectId], references: [tenantId, id])

  @@index([tenantId])
}
`);
    const [a] = check(rule, files);
    expect(a.fixLabel).toBe('Replace @@index([tenantId]) with @@index([tenantId, projectId])');
    const { files: fixed } = fixAndRecheck(rule, files, a);
    expect(text(fixed)).toContain('@@index([tenantId, projectId])');
    expect(text(fixed)).not.toContain('@@index([tenantId])');
  });

  it('stays quiet for other providers', () => {
    const files = pg(blocks(''), 'datasource db {\n  provider = "mysql"\n}\n');
    expect(check(rule, files)).toEqual([]);
  });

  it('reports an unindexed foreign key once: it replaces the (fk, createdAt) advice on the same relation', () => {
    const files = pg(`
model User {
  id    Int    @id
  posts Post[]
}

model Post {
  id        Int      @id
  authorId  Int
  author    User     @relation(fields: [authorId], references: [id])
  createdAt DateTime @default(now())
}
`);
    const run = (rules: typeof rule[]) => runAdvisories(parseSchema(files), { rules, config: { rules: {}, profile: 'strict' } }).advisories.map((a) => a.rule);
    expect(run([indexFkWithSortKey])).toEqual(['index-fk-with-sort-key']);
    expect(run([rule, indexFkWithSortKey])).toEqual(['index-fk-missing']);
  });

  it('is info on a pointer at one particular row (currentVersion, previousResolution)', () => {
    const files = pg(`
model Doc {
  id               Int          @id
  currentVersionId Int?         @unique
  currentVersion   DocVersion?  @relation("current", fields: [currentVersionId], references: [id])
  versions         DocVersion[] @relation("versions")
  forks            DocVersion[] @relation("previous")
}

model DocVersion {
  id         Int         @id
  docId      Int
  doc        Doc         @relation("versions", fields: [docId], references: [id])
  previousDocId Int?
  previousDoc   Doc?     @relation("previous", fields: [previousDocId], references: [id])
  currentOf  Doc?        @relation("current")
}
`);
    expect(check(rule, files).map((a) => [a.target.kind === 'relation' ? a.target.relation : '', a.severity])).toEqual([
      ['DocVersion.doc', 'warning'],
      ['DocVersion.previousDoc', 'info'],
    ]);
  });

  it('is info on a who-did-it reference to a person (createdBy, invitedBy, creator): only deleting that person scans it', () => {
    const files = pg(`
model User {
  id       Int    @id
  invites  Invite[] @relation("invites")
  assigned Invite[] @relation("assigned")
}

model Invite {
  id             Int  @id
  invitedById    Int
  invitedBy      User @relation("invites", fields: [invitedById], references: [id])
  assignedUserId Int
  assignedUser   User @relation("assigned", fields: [assignedUserId], references: [id])
}
`);
    expect(check(rule, files).map((a) => [a.target.kind === 'relation' ? a.target.relation : '', a.severity])).toEqual([
      ['Invite.invitedBy', 'info'],
      ['Invite.assignedUser', 'warning'],
    ]);
  });
});
