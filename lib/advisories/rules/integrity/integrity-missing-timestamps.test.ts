import { describe, expect, it } from 'vitest';
import { check, fixAndRecheck, pg, text } from '../../../../test-support/advisories';
import { integrityMissingTimestamps as rule } from './integrity-missing-timestamps';

const model = (fields: string) => pg(`
model Post {
  id    Int    @id
${fields}}
`);

describe('integrity-missing-timestamps', () => {
  it('fires on a model without createdAt and @updatedAt and points at its name', () => {
    const files = model('  title String\n');
    const [a, ...rest] = check(rule, files);
    expect(rest).toEqual([]);
    expect(a.severity).toBe('info');
    expect(a.target).toEqual({ kind: 'model', model: 'Post' });
    expect(a.message).toBe('Post has no createdAt with @default(now()) and no @updatedAt field, so nobody can tell when its rows were created or last changed.');
    expect(text(files).slice(a.span.start, a.span.end)).toBe('Post');
    expect(a.fixLabel).toBe('Add createdAt and updatedAt');
  });

  it('names the one that is missing', () => {
    expect(check(rule, model('  createdAt DateTime @default(now())\n'))[0].message).toBe('Post has no @updatedAt field, so nobody can tell when its rows last changed.');
    expect(check(rule, model('  changedAt DateTime @updatedAt\n'))[0].message).toBe('Post has no createdAt with @default(now()), so nobody can tell when its rows were created.');
  });

  it('is quiet with both timestamps, under other names for the creation time, and on join models', () => {
    expect(check(rule, model('  createdAt DateTime @default(now())\n  updatedAt DateTime @updatedAt\n'))).toEqual([]);
    expect(check(rule, model('  created_at DateTime @default(dbgenerated("CURRENT_TIMESTAMP"))\n  modified   DateTime @updatedAt\n'))).toEqual([]);
    expect(check(rule, model('  createdOn DateTime @default(now())\n  updatedOn DateTime @updatedAt\n'))).toEqual([]);
    const join = pg(`
model Post {
  id        Int       @id
  createdAt DateTime  @default(now())
  updatedAt DateTime  @updatedAt
  tags      PostTag[]
}

model Tag {
  id        Int       @id
  createdAt DateTime  @default(now())
  updatedAt DateTime  @updatedAt
  posts     PostTag[]
}

model PostTag {
  postId    Int
  tagId     Int
  createdAt DateTime @default(now())
  post      Post     @relation(fields: [postId], references: [id])
  tag       Tag      @relation(fields: [tagId], references: [id])

  @@id([postId, tagId])
}
`);
    expect(check(rule, join)).toEqual([]);
  });

  it('is quiet on an append-only table that records when with a `timestamp` or `occurredAt` default', () => {
    const table = (name: string, field: string, docs = '') => pg(`
${docs}model ${name} {
  id     Int    @id
  action String
  ${field}
}
`);
    expect(check(rule, table('AuditLog', 'timestamp DateTime @default(now())'))).toEqual([]);
    expect(check(rule, table('DomainEvent', 'occurredAt DateTime @default(now())'))).toEqual([]);
    expect(check(rule, table('Transfer', 'createdAt DateTime @default(now())', '/// @immutable\n'))).toEqual([]);
    // The same columns on an ordinary table still leave updatedAt missing.
    expect(check(rule, table('Post', 'occurredAt DateTime @default(now())')).map((a) => a.message)).toEqual([
      'Post has no @updatedAt field, so nobody can tell when its rows last changed.',
    ]);
  });

  it('never adds updatedAt to an immutable audit table: the fix adds only the creation time', () => {
    const files = pg(`
model AuditLog {
  id     Int    @id
  action String
}
`);
    const [a] = check(rule, files);
    expect(a.message).toBe('AuditLog has no createdAt with @default(now()), so nobody can tell when its rows were created.');
    expect(a.fixLabel).toBe('Add createdAt');
    const { files: fixed } = fixAndRecheck(rule, files, a);
    expect(text(fixed)).toContain('createdAt');
    expect(text(fixed)).not.toContain('updatedAt');
  });

  it('fix adds both fields as the catalogue writes them', () => {
    const files = model('  title String\n');
    const { files: fixed } = fixAndRecheck(rule, files, check(rule, files)[0]);
    expect(text(fixed)).toContain(
      '  title String\n  createdAt DateTime @default(now()) @db.Timestamptz(3)\n  updatedAt DateTime @default(now()) @updatedAt @db.Timestamptz(3)\n}',
    );
  });

  it('fix maps the columns to snake_case when the model maps its other fields that way', () => {
    const files = model('  authorName String @map("author_name")\n');
    const { files: fixed } = fixAndRecheck(rule, files, check(rule, files)[0]);
    expect(text(fixed)).toContain('createdAt DateTime @default(now()) @map("created_at") @db.Timestamptz(3)\n');
    expect(text(fixed)).toContain('updatedAt DateTime @default(now()) @updatedAt @map("updated_at") @db.Timestamptz(3)\n');
  });

  it('fix names the fields in snake_case when the model names its fields that way', () => {
    const files = model('  author_name String\n');
    const [a] = check(rule, files);
    expect(a.fixLabel).toBe('Add created_at and updated_at');
    const { files: fixed } = fixAndRecheck(rule, files, a);
    expect(text(fixed)).toContain('  created_at DateTime @default(now()) @db.Timestamptz(3)\n  updated_at DateTime @default(now()) @updatedAt @db.Timestamptz(3)\n');
  });

  it('fix completes existing createdAt/updatedAt fields instead of adding new ones', () => {
    const files = model('  createdAt DateTime\n  updatedAt DateTime\n');
    const [a] = check(rule, files);
    expect(a.fixLabel).toBe('Add @default(now()) to createdAt and @updatedAt to updatedAt');
    const { files: fixed } = fixAndRecheck(rule, files, a);
    expect(text(fixed)).toContain('  createdAt DateTime @default(now())\n  updatedAt DateTime @updatedAt\n');
  });

  it('fix gives a default to a creation timestamp spelled differently instead of adding createdAt', () => {
    const files = model('  createdOn DateTime\n  updatedOn DateTime @updatedAt\n');
    const [a] = check(rule, files);
    expect(a.fixLabel).toBe('Add @default(now()) to createdOn');
    expect(text(fixAndRecheck(rule, files, a).files)).toContain('  createdOn DateTime @default(now())\n');
  });

  it('offers no fix when a field called createdAt is not a DateTime', () => {
    expect(check(rule, model('  createdAt Int\n'))[0].fixLabel).toBeUndefined();
  });

  it('writes no native type for other providers', () => {
    const files = pg('model Post {\n  id Int @id\n}\n', 'datasource db {\n  provider = "mysql"\n}\n');
    const { files: fixed } = fixAndRecheck(rule, files, check(rule, files)[0]);
    expect(text(fixed)).toContain('  createdAt DateTime @default(now())\n  updatedAt DateTime @default(now()) @updatedAt\n');
  });

  it('is a warning under the "every" policy and skips excluded models', () => {
    const files = pg('model AuditLog {\n  id Int @id\n}\n\nmodel Post {\n  id Int @id\n}\n');
    const every = { rules: { [rule.id]: { options: { policy: 'every' } } } };
    expect(check(rule, files, every).map((a) => a.severity)).toEqual(['warning', 'warning']);
    const excluded = { rules: { [rule.id]: { options: { exclude: ['*log'] } } } };
    expect(check(rule, files, excluded).map((a) => a.target)).toEqual([{ kind: 'model', model: 'Post' }]);
  });
});
