import { describe, expect, it } from 'vitest';
import { checkPair, pg, text } from '../../../test-support/migration-safety';
import { migrationAddUnique as rule } from './migration-add-unique';
import { plansFor } from './run';

const user = (email: string, extra = '') => `
model User {
  id     Int    @id
  tenant Int
  ${email}
${extra}}
`;

describe('migration-add-unique', () => {
  it('fires (warning) on a new @unique on an existing column, pointing at the attribute', () => {
    const current = pg(user('email String @unique'));
    const [a, ...rest] = checkPair(rule, pg(user('email String')), current);
    expect(rest).toEqual([]);
    expect(a.severity).toBe('warning');
    expect(a.target).toEqual({ kind: 'field', model: 'User', field: 'email' });
    expect(text(current).slice(a.span.start, a.span.end)).toBe('@unique');
    expect(a.message).toBe(
      'User: the new unique constraint on ("email") fails if "User" already has duplicate values (Prisma: "If there are existing duplicate values, this will fail"), and its index is built under a lock that blocks writes.',
    );
  });

  it('fires when an @@index becomes @@unique', () => {
    const [a] = checkPair(rule, pg(user('email String', '\n  @@index([tenant, email])\n')), pg(user('email String', '\n  @@unique([tenant, email])\n')));
    expect(a.target).toEqual({ kind: 'model', model: 'User' });
    expect(a.message).toContain('on ("tenant", "email")');
  });

  it('is quiet when it cannot fail or did not change', () => {
    // already unique, or a superset of an existing unique
    expect(checkPair(rule, pg(user('email String @unique')), pg(user('email String @unique')))).toEqual([]);
    expect(checkPair(rule, pg(user('email String @unique')), pg(user('email String @unique', '\n  @@unique([email, tenant])\n')))).toEqual([]);
    // a new optional column without a default is all NULL, and NULLs are distinct
    expect(checkPair(rule, pg(user('')), pg(user('email String? @unique')))).toEqual([]);
    // a new required column without a default cannot be added at all (migration-add-required-column)
    expect(checkPair(rule, pg(user('')), pg(user('email String @unique')))).toEqual([]);
    // a renamed field keeps its unique (same column)
    expect(checkPair(rule, pg(user('email String @unique')), pg(user('mail String @unique @map("email")')))).toEqual([]);
  });

  it('fires on a new column whose constant default gives every row the same value', () => {
    expect(checkPair(rule, pg(user('')), pg(user('code String @unique @default("x")'))).map((a) => a.rule)).toEqual(['migration-add-unique']);
  });

  it('fires on a changed primary key', () => {
    const current = pg('model M {\n  a Int\n  b Int\n\n  @@id([a, b])\n}\n');
    const [a] = checkPair(rule, pg('model M {\n  a Int @id\n  b Int\n}\n'), current);
    expect(a.message).toContain('the primary key changes from ("a") to ("a", "b")');
    expect(plansFor(a, [rule])).toEqual([]);
  });

  it('plans a duplicate check and a concurrent build', () => {
    const [a] = checkPair(rule, pg(user('email String')), pg(user('email String @unique')));
    const [plan] = plansFor(a, [rule]);
    expect(plan.steps.flatMap((s) => s.sql ?? [])).toEqual([
      'SELECT "email", count(*) FROM "User" GROUP BY "email" HAVING count(*) > 1;',
      'CREATE UNIQUE INDEX CONCURRENTLY "User_email_key" ON "User" ("email");',
    ]);
  });
});
