import { describe, expect, it } from 'vitest';
import { check, fixAndRecheck, pg, text } from '../../../../test-support/advisories';
import { relationFkNativeTypeMismatch as rule } from './relation-fk-native-type-mismatch';
import { fkTypeMatch } from './fk-types';

const attr = (a: string) => (a ? ` ${a}` : '');
const blocks = (userId: string, authorId: string) => `
model User {
  id    String @id${attr(userId)}
  posts Post[]
}

model Post {
  id       Int    @id
  authorId String${attr(authorId)}
  author   User   @relation(fields: [authorId], references: [id])

  @@index([authorId])
}
`;

describe('relation-fk-native-type-mismatch', () => {
  it('is an error when PostgreSQL has no equality operator (text → uuid)', () => {
    const files = pg(blocks('@db.Uuid', ''));
    const [a, ...rest] = check(rule, files);
    expect(rest).toEqual([]);
    expect(a.severity).toBe('error');
    expect(a.target).toEqual({ kind: 'relation', relation: 'Post.author', model: 'Post', field: 'author' });
    expect(text(files).slice(a.span.start, a.span.end)).toBe('authorId String');
    expect(a.message).toBe(
      'Post.authorId is text but User.id is uuid; PostgreSQL has no equality operator between them, so the migration creating this foreign key fails (42804).',
    );
    expect(a.fixLabel).toBe('Use @db.Uuid on authorId');
  });

  it('fix copies the referenced native type onto the foreign key', () => {
    const files = pg(blocks('@db.Uuid', ''));
    const { files: fixed } = fixAndRecheck(rule, files, check(rule, files)[0]);
    expect(text(fixed)).toContain('authorId String @db.Uuid\n');
  });

  it('is a warning when the types compare but differ, and the fix removes the extra native type', () => {
    const files = pg(blocks('', '@db.VarChar(36)'));
    const [a] = check(rule, files);
    expect(a.severity).toBe('warning');
    expect(a.message).toBe(
      'Post.authorId is varchar(36) but User.id is text; PostgreSQL compares them through a cast, and a value that fits one column may not fit the other.',
    );
    expect(a.fixLabel).toBe('Remove @db.VarChar(36) from authorId');
    const { files: fixed } = fixAndRecheck(rule, files, a);
    expect(text(fixed)).toContain('  authorId String\n');
  });

  it('warns on Timestamp ↔ Timestamptz keys', () => {
    const files = pg(`
model Day {
  at     DateTime @id @db.Timestamptz(3)
  events Event[]
}

model Event {
  id    Int      @id
  dayAt DateTime
  day   Day      @relation(fields: [dayAt], references: [at])

  @@index([dayAt])
}
`);
    const [a] = check(rule, files);
    expect(a.severity).toBe('warning');
    expect(a.message.startsWith('Event.dayAt is timestamp(3) but Day.at is timestamptz(3)')).toBe(true);
    const { files: fixed } = fixAndRecheck(rule, files, a);
    expect(text(fixed)).toContain('dayAt DateTime @db.Timestamptz(3)\n');
  });

  it('is quiet when the types are the same, also when written differently', () => {
    expect(check(rule, pg(blocks('@db.Uuid', '@db.Uuid')))).toEqual([]);
    expect(check(rule, pg(blocks('@db.Text', '')))).toEqual([]);
    expect(check(rule, pg(blocks('@db.VarChar', '')))).toEqual([]);
  });

  it('gives no fix when a shared column would only move the mismatch', () => {
    const files = pg(`
model Tenant {
  id       String    @id @db.Uuid
  projects Project[]
  tasks    Task[]
}

model Project {
  tenantId String @db.VarChar(36)
  id       Int
  tenant   Tenant @relation(fields: [tenantId], references: [id])
  tasks    Task[]

  @@id([tenantId, id])
}

model Task {
  id        Int     @id
  tenantId  String  @db.Uuid
  projectId Int
  tenant    Tenant  @relation(fields: [tenantId], references: [id])
  project   Project @relation(fields: [tenantId, projectId], references: [tenantId, id])

  @@index([tenantId, projectId])
}
`);
    const advisories = check(rule, files);
    expect(advisories.map((a) => [a.target.kind === 'relation' && a.target.relation, a.severity, a.fixLabel])).toEqual([
      ['Project.tenant', 'error', 'Use @db.Uuid on tenantId'],
      ['Task.project', 'error', undefined],
    ]);
  });

  it('stays quiet for other providers', () => {
    const files = pg(blocks('@db.VarChar(36)', ''), 'datasource db {\n  provider = "mysql"\n}\n');
    expect(check(rule, files)).toEqual([]);
  });

  it('knows which pairs PostgreSQL 15 accepts, in which direction', () => {
    expect(fkTypeMatch('uuid', 'text')).toBe('incompatible');
    expect(fkTypeMatch('text', 'varchar(36)')).toBe('comparable');
    expect(fkTypeMatch('text', 'citext')).toBe('comparable');
    expect(fkTypeMatch('citext', 'text')).toBe('incompatible');
    expect(fkTypeMatch('timetz(6)', 'time')).toBe('comparable');
    expect(fkTypeMatch('time', 'timetz')).toBe('incompatible');
    expect(fkTypeMatch('decimal(65,30)', 'money')).toBe('incompatible');
    expect(fkTypeMatch('timestamp', 'timestamp(6)')).toBe('same');
    expect(fkTypeMatch('integer', 'smallint')).toBe('comparable');
  });
});
