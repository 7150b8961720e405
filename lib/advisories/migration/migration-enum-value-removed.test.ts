import { describe, expect, it } from 'vitest';
import { checkPair, pg, planSchemas, text } from '../../../test-support/migration-safety';
import { migrationEnumValueRemoved as rule } from './migration-enum-value-removed';
import { plansFor } from './run';

const schema = (values: string, used = true) => `
enum Role {
${values}
}

model User {
  id   Int  @id
${used ? '  role Role\n' : ''}}
`;

describe('migration-enum-value-removed', () => {
  it('fires (warning) when a used value is removed, pointing at the enum', () => {
    const current = pg(schema('  USER\n  ADMIN'));
    const [a, ...rest] = checkPair(rule, pg(schema('  USER\n  ADMIN\n  MODERATOR')), current);
    expect(rest).toEqual([]);
    expect(a.severity).toBe('warning');
    expect(a.target).toEqual({ kind: 'model', model: 'Role' });
    expect(text(current).slice(a.span.start, a.span.end)).toBe('Role');
    expect(a.message).toBe(
      'Role: the value MODERATOR is removed. If any row of User.role still holds it, the migration fails (Prisma: "The values […] on the enum … will be removed").',
    );
  });

  it('treats a rename without @map as a removal and hints at it', () => {
    const current = pg(schema('  USER\n  ADMINISTRATOR'));
    const [a] = checkPair(rule, pg(schema('  USER\n  ADMIN')), current);
    expect(a.message).toContain('the value ADMIN is removed (renamed to ADMINISTRATOR?');
    const [plan] = plansFor(a, [rule]);
    expect(plan.steps.map((s) => s.title)).toEqual(['Add the new value first', 'Update the rows', 'Remove the value']);
    expect(plan.steps[1].sql).toEqual([`UPDATE "User" SET "role" = 'ADMINISTRATOR' WHERE "role" IN ('ADMIN');`]);
    expect(text(planSchemas(current, plan)[0]!)).toContain('  ADMINISTRATOR\n  ADMIN\n');
  });

  it('puts a value whose @map changed back under a free name', () => {
    const current = pg(schema('  USER\n  ADMIN @map("admin")'));
    const [a] = checkPair(rule, pg(schema('  USER\n  ADMIN')), current);
    const [plan] = plansFor(a, [rule]);
    expect(text(planSchemas(current, plan)[0]!)).toContain('ADMIN_old @map("ADMIN")');
  });

  it('is quiet on a rename that keeps @map, on added values, and on an enum no existing column uses', () => {
    expect(checkPair(rule, pg(schema('  USER\n  ADMIN')), pg(schema('  USER\n  ADMINISTRATOR @map("ADMIN")')))).toEqual([]);
    expect(checkPair(rule, pg(schema('  USER')), pg(schema('  USER\n  ADMIN')))).toEqual([]);
    expect(checkPair(rule, pg(schema('  USER\n  ADMIN', false)), pg(schema('  USER', false)))).toEqual([]);
  });
});
