import { describe, expect, it } from 'vitest';
import { check, fixAndRecheck, pg, text } from '../../../../test-support/advisories';
import { integrityEmailCaseSensitive as rule } from './integrity-email-case-sensitive';

const user = (email: string) => pg(`
model User {
  id    Int    @id
  ${email}
}
`);

describe('integrity-email-case-sensitive', () => {
  it('fires on a unique text email and names the migration line citext needs', () => {
    const files = user('email String @unique');
    const [a, ...rest] = check(rule, files);
    expect(rest).toEqual([]);
    expect(a.severity).toBe('warning');
    expect(a.target).toEqual({ kind: 'field', model: 'User', field: 'email' });
    expect(a.message).toContain('User.email is unique but case-sensitive');
    expect(a.message).toContain('`CREATE EXTENSION IF NOT EXISTS citext;`');
    expect(text(files).slice(a.span.start, a.span.end)).toBe('email String @unique');
    expect(a.fixLabel).toBe('Store as @db.Citext');
  });

  it('counts compound uniques and any name containing email, not ids', () => {
    const files = pg(`
model Account {
  id             Int    @id
  tenantId       Int
  contactEmail   String
  emailAccountId String @unique

  @@unique([tenantId, contactEmail])
}
`);
    expect(check(rule, files).map((a) => a.target)).toEqual([{ kind: 'field', model: 'Account', field: 'contactEmail' }]);
  });

  it('is quiet on citext, non-unique emails and other providers', () => {
    expect(check(rule, user('email String @unique @db.Citext'))).toEqual([]);
    expect(check(rule, user('email String'))).toEqual([]);
    expect(check(rule, pg('model User {\n  id    Int    @id\n  email String @unique\n}\n', 'datasource db {\n  provider = "mysql"\n}\n'))).toEqual([]);
  });

  it('fix sets @db.Citext, replacing another native type', () => {
    const files = user('email String @unique @db.VarChar(320)');
    const { files: fixed } = fixAndRecheck(rule, files, check(rule, files)[0]);
    expect(text(fixed)).toContain('  email String @unique @db.Citext\n');
  });

  it('fix changes the foreign keys that reference the email too', () => {
    const files = pg(`
model User {
  id     Int     @id
  email  String  @unique
  orders Order[]
}

model Order {
  id         Int    @id
  buyerEmail String
  buyer      User   @relation(fields: [buyerEmail], references: [email])
}
`);
    const [a, ...rest] = check(rule, files);
    expect(rest).toEqual([]);
    const { files: fixed } = fixAndRecheck(rule, files, a);
    expect(text(fixed)).toContain('  email  String  @unique @db.Citext\n');
    expect(text(fixed)).toContain('  buyerEmail String @db.Citext\n');
  });
});
