import { describe, expect, it } from 'vitest';
import { check, fixAndRecheck, pg, text } from '../../../../test-support/advisories';
import { relationFkMissing as rule } from './relation-fk-missing';

const user = `
model User {
  id    Int    @id
  email String @unique
}
`;

describe('relation-fk-missing', () => {
  it('fires on an id column named after a model and points at the field', () => {
    const files = pg(`${user}
model Post {
  id     Int @id
  userId Int
}
`);
    const [a, ...rest] = check(rule, files);
    expect(rest).toEqual([]);
    // Advice by default: on the labelled corpus set about one in five of these is a deliberate design.
    expect(a.severity).toBe('info');
    expect(a.target).toEqual({ kind: 'field', model: 'Post', field: 'userId' });
    expect(text(files).slice(a.span.start, a.span.end)).toBe('userId Int');
    expect(a.message).toBe('Post.userId refers to User but is not a foreign key; the database keeps Post rows that point at missing User rows.');
    expect(a.fixLabel).toBe('Add relation user → User');
  });

  it('fix adds the relation with Restrict, the back-relation and the index', () => {
    const files = pg(`${user}
model Post {
  id     Int @id
  userId Int
}
`);
    const { files: fixed } = fixAndRecheck(rule, files, check(rule, files)[0]);
    expect(text(fixed)).toContain('  userId Int\n  user   User @relation(fields: [userId], references: [id], onDelete: Restrict)\n\n  @@index([userId])\n}');
    expect(text(fixed)).toContain('  posts Post[]\n}');
  });

  it('fix makes the relation optional with SetNull for an optional column', () => {
    const files = pg(`${user}
model Post {
  id     Int  @id
  userId Int?
}
`);
    const { files: fixed } = fixAndRecheck(rule, files, check(rule, files)[0]);
    expect(text(fixed)).toContain('user   User? @relation(fields: [userId], references: [id], onDelete: SetNull)');
  });

  it('fix makes a unique column a one-to-one relation', () => {
    const files = pg(`${user}
model Profile {
  id     Int @id
  userId Int @unique
}
`);
    const { files: fixed } = fixAndRecheck(rule, files, check(rule, files)[0]);
    expect(text(fixed)).toContain('user   User @relation(fields: [userId], references: [id], onDelete: Restrict)');
    expect(text(fixed)).toContain('  profile Profile?\n');
    expect(text(fixed)).not.toContain('@@index');
  });

  it('fix names the relation when the two models are already related', () => {
    const files = pg(`
model User {
  id    Int    @id
  posts Post[]
}

model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [id])
  userId   Int

  @@index([authorId])
}
`);
    const [a] = check(rule, files);
    expect(a.target).toEqual({ kind: 'field', model: 'Post', field: 'userId' });
    const { files: fixed } = fixAndRecheck(rule, files, a);
    expect(text(fixed)).toContain('@relation("PostUser", fields: [userId], references: [id], onDelete: Restrict)');
  });

  it('matches snake_case columns and @@map table names, and createdBy columns of the user key type', () => {
    const files = pg(`
model Account {
  id Int @id

  @@map("accounts")
}

model Invoice {
  id         Int @id
  account_id Int
  createdBy  Int
  orderBy    Int
}
`);
    expect(check(rule, files).map((a) => [a.message.split(' ')[0], a.fixLabel])).toEqual([['Invoice.account_id', undefined]]);
    const withUser = pg(`${user}
model Customer {
  id       Int       @id
  invoices Invoice[]
}

model Invoice {
  id         Int      @id
  customerId Int
  customer   Customer @relation(fields: [customerId], references: [id])
  user_id    Int
  createdBy  Int
  approvedBy String
}
`);
    // createdBy → User (same key type); approvedBy is a String, so not a user key. No fix: addRelation reuses only `<relation>Id` columns.
    expect(check(rule, withUser).map((a) => [a.target, a.fixLabel])).toEqual([
      [{ kind: 'field', model: 'Invoice', field: 'user_id' }, undefined],
      [{ kind: 'field', model: 'Invoice', field: 'createdBy' }, undefined],
    ]);
  });

  it('is quiet on deliberately denormalised tables: several references and no relation at all, or a comment that says so', () => {
    const files = pg(`${user}
model Organization {
  id Int @id
}

model OAuthError {
  id             Int @id
  organizationId Int
  userId         Int
}

model Role {
  id       Int @id
  userId   Int // assigned user (plain id, no FK: history survives user deletion)
  users    RoleUser[]
}

model RoleUser {
  id     Int  @id
  roleId Int
  role   Role @relation(fields: [roleId], references: [id])
  userId Int  /// denormalised copy, kept without a foreign key
}
`);
    expect(check(rule, files)).toEqual([]);
  });

  it('gives no fix when the column type cannot reference the key (text → uuid)', () => {
    const files = pg(`
model User {
  id String @id @db.Uuid
}

model Post {
  id     Int    @id
  userId String
}
`);
    const [a] = check(rule, files);
    expect(a.target).toEqual({ kind: 'field', model: 'Post', field: 'userId' });
    expect(a.fixLabel).toBeUndefined();
  });

  it('reports audit, log, event and history models like any other (advice either way)', () => {
    const files = pg(`${user}
model AuditLog {
  id     Int @id
  userId Int
}

model Blog {
  id     Int @id
  userId Int
}
`);
    expect(check(rule, files).map((a) => `${a.target.model} ${a.severity}`)).toEqual(['AuditLog info', 'Blog info']);
  });

  it('is quiet on foreign keys, ids, other key types, external ids, labels and the model itself', () => {
    const files = pg(`
model User {
  id    Int    @id
  posts Post[]
}

model Post {
  id       Int  @id
  userId   Int
  user     User @relation(fields: [userId], references: [id])
  /// Order ID from their API
  orderId  Int

  @@index([userId])
}

model Order {
  id         Int    @id
  userId     String
  preparedBy Int    @default(1)
  approvedBy String @default("system")
}

model Member {
  id       Int    @id
  memberId String @unique
}
`);
    expect(check(rule, files).map((a) => a.target)).toEqual([{ kind: 'field', model: 'Order', field: 'preparedBy' }]);
  });
});
