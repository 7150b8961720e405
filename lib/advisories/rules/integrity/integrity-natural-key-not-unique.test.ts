import { describe, expect, it } from 'vitest';
import { check, fixAndRecheck, pg, text } from '../../../../test-support/advisories';
import { integrityNaturalKeyNotUnique as rule } from './integrity-natural-key-not-unique';

const user = (fields: string, extra = '') => pg(`
model User {
  id    Int    @id
${fields}}
${extra}`);

const tenantScoped = (attributes = '') => pg(`
model Workspace {
  id       Int       @id
  projects Project[]
}

model Project {
  id          Int       @id
  workspaceId Int
  workspace   Workspace @relation(fields: [workspaceId], references: [id])
  slug        String
${attributes}}
`);

describe('integrity-natural-key-not-unique', () => {
  it('fires on a business identifier without a unique constraint', () => {
    const files = user('  email String\n');
    const [a, ...rest] = check(rule, files);
    expect(rest).toEqual([]);
    expect(a.severity).toBe('info');
    expect(a.target).toEqual({ kind: 'field', model: 'User', field: 'email' });
    expect(a.message).toBe('User.email is not unique; two User rows can share the same email.');
    expect(text(files).slice(a.span.start, a.span.end)).toBe('email String');
    expect(a.fixLabel).toBe('Add @unique');
  });

  it('matches snake_case spellings of the names', () => {
    const [a] = check(rule, user('  external_id String\n'));
    expect(a.target).toEqual({ kind: 'field', model: 'User', field: 'external_id' });
  });

  it('is quiet when an @unique, @@unique or @id covers the field, and on other types and foreign keys', () => {
    expect(check(rule, user('  email String @unique\n'))).toEqual([]);
    expect(check(rule, user('  tenant Int\n  email  String\n\n  @@unique([tenant, email])\n'))).toEqual([]);
    expect(check(rule, user('  code Json\n'))).toEqual([]);
    expect(check(rule, pg(`
model User {
  id     Int     @id
  email  String  @unique
  orders Order[]
}

model Order {
  id    Int    @id
  email String
  user  User   @relation(fields: [email], references: [email])
}
`))).toEqual([]);
  });

  it('is quiet on per-row copies of an e-mail: a recipient or invite row per document, a reset token', () => {
    expect(check(rule, pg(`
model Document {
  id         Int         @id
  recipients Recipient[]
  invites    Invite[]
}

model Recipient {
  id         Int      @id
  documentId Int
  document   Document @relation(fields: [documentId], references: [id])
  email      String
  name       String
}

model Invite {
  id         Int      @id
  documentId Int
  document   Document @relation(fields: [documentId], references: [id])
  email      String
}

model PasswordReset {
  id    Int    @id
  email String
  token String @unique
}
`))).toEqual([]);
  });

  it('is quiet on a display name or handle copied beside a user reference, and on a member row that belongs to a user', () => {
    expect(check(rule, pg(`
model User {
  id       Int       @id
  username String    @unique
  comments Comment[]
  members  Member[]
}

model Comment {
  id       Int    @id
  userId   Int
  user     User   @relation(fields: [userId], references: [id])
  username String
  handle   String
}

model Member {
  id     Int    @id
  userId Int
  user   User   @relation(fields: [userId], references: [id])
  email  String
}
`))).toEqual([]);
  });

  it('is quiet on an optional e-mail or domain (contact data), but not on an optional slug', () => {
    expect(check(rule, user('  email  String?\n  domain String?\n'))).toEqual([]);
    expect(check(rule, user('  slug String?\n')).map((a) => a.target)).toEqual([{ kind: 'field', model: 'User', field: 'slug' }]);
  });

  it('fix adds @unique', () => {
    const files = user('  email String\n');
    const { files: fixed } = fixAndRecheck(rule, files, check(rule, files)[0]);
    expect(text(fixed)).toContain('  email String @unique\n');
  });

  it('scopes the unique to the tenant when the model has a tenant foreign key', () => {
    const files = tenantScoped();
    const [a] = check(rule, files);
    expect(a.message).toBe('Project.slug is not unique per workspaceId; two Project rows with the same workspaceId can share it.');
    expect(a.fixLabel).toBe('Add @@unique([workspaceId, slug])');
    const { files: fixed } = fixAndRecheck(rule, files, a);
    expect(text(fixed)).toContain('  slug        String\n\n  @@unique([workspaceId, slug])\n}');
    expect(check(rule, tenantScoped('\n  @@unique([workspaceId, slug])\n'))).toEqual([]);
  });

  it('takes the list of names from the options', () => {
    const files = user('  email String\n  vat   String\n');
    const config = { rules: { [rule.id]: { options: { names: ['vat'] } } } };
    expect(check(rule, files, config).map((a) => a.target)).toEqual([{ kind: 'field', model: 'User', field: 'vat' }]);
  });
});
