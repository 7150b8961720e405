import { describe, expect, it } from 'vitest';
import { check, fixAndRecheck, pg, text } from '../../../../test-support/advisories';
import { typesIntAutoincrementId as rule } from './types-int-autoincrement-id';

const schema = (idType: string, native = idType === 'Int' ? ' @db.Integer' : '') => `
model User {
  id      ${idType} @id @default(autoincrement())
  posts   Post[]
  profile Profile?
}

model Post {
  id       ${idType}  @id @default(autoincrement())
  authorId ${idType}?${native}
  author   User? @relation(fields: [authorId], references: [id])

  @@index([authorId])
}

model Profile {
  userId ${idType} @id
  user   User @relation(fields: [userId], references: [id])
}
`;

describe('types-int-autoincrement-id', () => {
  it('fires on the id and on each foreign key referencing it', () => {
    const files = pg(schema('Int'));
    const found = check(rule, files);
    expect(found.map((a) => [a.target, a.severity])).toEqual([
      [{ kind: 'field', model: 'User', field: 'id' }, 'info'],
      [{ kind: 'field', model: 'Post', field: 'id' }, 'info'],
      [{ kind: 'field', model: 'Post', field: 'authorId' }, 'info'],
      [{ kind: 'field', model: 'Profile', field: 'userId' }, 'info'],
    ]);
    const [user, , fk] = found;
    expect(user.message).toBe('User.id: an Int autoincrement id (SERIAL) runs out at 2,147,483,647, and 2 foreign keys would have to change with it.');
    expect(text(files).slice(user.span.start, user.span.end)).toBe('id      Int @id @default(autoincrement())');
    expect(user.fixLabel).toBe('Change to BigInt with 2 foreign keys');
    expect(fk.message).toBe('Post.authorId: an Int foreign key to User.id, an Int autoincrement id that runs out at 2,147,483,647.');
    expect(found[1].fixLabel).toBe('Change to BigInt');
  });

  it('is quiet for BigInt ids and Int ids without autoincrement', () => {
    expect(check(rule, pg(schema('BigInt')))).toEqual([]);
    expect(check(rule, pg('model Tag {\n  id Int @id\n}\n'))).toEqual([]);
  });

  it('fix changes the id and every foreign key to BigInt in one edit, dropping @db.Integer', () => {
    const files = pg(schema('Int'));
    const [user] = check(rule, files);
    const { files: fixed, after } = fixAndRecheck(rule, files, user);
    expect(text(fixed)).toContain('  id      BigInt @id @default(autoincrement())');
    expect(text(fixed)).toContain('  authorId BigInt?\n');
    expect(text(fixed)).toContain('  userId BigInt @id');
    // Post's own id is a separate advisory, untouched by User's fix.
    expect(after.map((a) => `${a.target.model}`)).toEqual(['Post']);
  });

  it('fix from a foreign key advisory changes the same fields', () => {
    const files = pg(schema('Int'));
    const fk = check(rule, files).find((a) => a.target.model === 'Profile')!;
    const { files: fixed } = fixAndRecheck(rule, files, fk);
    expect(text(fixed)).toContain('  id      BigInt @id @default(autoincrement())');
    expect(text(fixed)).toContain('  userId BigInt @id');
  });

  it('stays quiet for other providers', () => {
    expect(check(rule, pg('model Tag {\n  id Int @id @default(autoincrement())\n}\n', 'datasource db {\n  provider = "mysql"\n}\n'))).toEqual([]);
  });
});
