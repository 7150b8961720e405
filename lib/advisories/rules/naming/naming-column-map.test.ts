import { describe, expect, it } from 'vitest';
import { check, fixAndRecheck, pg, text } from '../../../../test-support/advisories';
import { namingColumnMap as rule } from './naming-column-map';
import { checkAgainst } from './test-helpers';

const blocks = (postFields: string) => `
model User {
  id    Int    @id
  email String @unique
  posts Post[]
}

model Post {
  id       Int  @id
  authorId Int  @map("author_id")
  author   User @relation(fields: [authorId], references: [id])
${postFields}
}
`;

/** Post with a second foreign key to User, `createdBy`, written with the given attributes. */
const withCreator = (attributes: string) =>
  pg(
    blocks(`  createdBy Int${attributes}\n  creator   User @relation("creator", fields: [createdBy], references: [id])`).replace(
      '  posts Post[]',
      '  posts Post[]\n  created Post[] @relation("creator")',
    ),
  );

describe('naming-column-map', () => {
  it('fires on a camelCase column without @map', () => {
    const files = pg(blocks('  publishedAt DateTime?'));
    const [a, ...rest] = check(rule, files);
    expect(rest).toEqual([]);
    expect(a.target).toEqual({ kind: 'field', model: 'Post', field: 'publishedAt' });
    expect(a.severity).toBe('info');
    expect(a.message).toBe('Post.publishedAt: the column is "publishedAt"; the convention is "published_at".');
    expect(text(files).slice(a.span.start, a.span.end)).toBe('publishedAt DateTime?');
  });

  it('fires on a foreign key column that does not end in _id', () => {
    const [a] = check(rule, withCreator(' @map("created_by")'));
    expect(a.message).toBe('Post.createdBy: the foreign key column is "created_by"; the convention is "created_by_id".');
  });

  it('is quiet on snake_case columns, @map to snake_case, and foreign keys to natural keys', () => {
    const quiet = [
      '  title String',
      '  published_at DateTime?',
      '  authorEmail String @map("author_email")',
      '  byEmail     User   @relation("byEmail", fields: [authorEmail], references: [email])',
    ];
    const files = pg(blocks(quiet.join('\n')).replace('  posts Post[]', '  posts Post[]\n  byEmail Post[] @relation("byEmail")'));
    expect(check(rule, files)).toEqual([]);
  });

  it('accepts a foreign key named after a primary key that is not called id', () => {
    const files = pg(`
model User {
  uid   String @id
  posts Post[]
}

model Post {
  id      Int    @id
  userUid String @map("user_uid")
  user    User   @relation(fields: [userUid], references: [uid])
}
`);
    expect(check(rule, files)).toEqual([]);
    const camel = [{ path: 'schema.prisma', text: text(files).replace(' @map("user_uid")', '') }];
    expect(check(rule, camel).map((a) => a.message)).toEqual(['Post.userUid: the foreign key column is "userUid"; the convention is "user_uid".']);
  });

  it('offers no fix for a deployed field: the @map would rename its column', () => {
    const files = pg(blocks('  publishedAt DateTime?'));
    expect(check(rule, files)[0].fixLabel).toBeUndefined();
    expect(checkAgainst(rule, files, files)[0].fixLabel).toBeUndefined();
  });

  it('fix adds @map to a new field', () => {
    const deployed = pg(blocks(''));
    const files = pg(blocks('  publishedAt DateTime?'));
    const [a] = checkAgainst(rule, files, deployed);
    expect(a.fixLabel).toBe('Add @map("published_at")');
    expect(text(fixAndRecheck(rule, files, a).files)).toContain('  publishedAt DateTime? @map("published_at")\n');
  });

  it('fix maps a new foreign key to <name>_id', () => {
    const files = withCreator('');
    const [a] = checkAgainst(rule, files, pg(blocks('')));
    expect(a.fixLabel).toBe('Add @map("created_by_id")');
    expect(text(fixAndRecheck(rule, files, a).files)).toContain('  createdBy Int @map("created_by_id")\n');
  });

  it('holds for any database', () => {
    expect(check(rule, pg(blocks('  publishedAt DateTime?'), 'datasource db {\n  provider = "mysql"\n}\n'))).toHaveLength(1);
  });
});
