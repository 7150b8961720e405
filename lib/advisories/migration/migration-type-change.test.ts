import { describe, expect, it } from 'vitest';
import { checkPair, pg, planSchemas, text } from '../../../test-support/migration-safety';
import { migrationTypeChange as rule } from './migration-type-change';
import { plansFor } from './run';

const post = (field: string) => `
model Post {
  id    Int    @id
  ${field}
}
`;

const severityOf = (before: string, after: string) => checkPair(rule, pg(post(before)), pg(post(after))).map((a) => a.severity);

describe('migration-type-change', () => {
  it('is an error for a narrowing change and says why', () => {
    const current = pg(post('title String @db.VarChar(100)'));
    const [a, ...rest] = checkPair(rule, pg(post('title String')), current);
    expect(rest).toEqual([]);
    expect(a.severity).toBe('error');
    expect(a.target).toEqual({ kind: 'field', model: 'Post', field: 'title' });
    expect(text(current).slice(a.span.start, a.span.end)).toBe('title String @db.VarChar(100)');
    expect(a.message).toBe('Post.title changes from text to varchar(100): values longer than 100 characters make the migration fail.');
    expect(a.fixLabel).toBeUndefined();
  });

  it('follows the catalogue: narrowing = error, rewrite = warning, metadata-only = nothing', () => {
    expect(severityOf('n BigInt', 'n Int')).toEqual(['error']);
    expect(severityOf('n Float', 'n Int')).toEqual(['error']);
    expect(severityOf('n Decimal @db.Decimal(10, 2)', 'n Decimal @db.Decimal(10, 1)')).toEqual(['error']);
    expect(severityOf('s String', 's Int')).toEqual(['error']);
    expect(severityOf('j Json', 'j String')).toEqual(['error']);
    expect(severityOf('d DateTime', 'd DateTime @db.Date')).toEqual(['error']);
    expect(severityOf('s String', 's String[]')).toEqual(['error']);
    expect(severityOf('n Int', 'n BigInt')).toEqual(['warning']);
    expect(severityOf('n Float', 'n Decimal')).toEqual(['warning']);
    expect(severityOf('d DateTime', 'd DateTime @db.Timestamptz(3)')).toEqual(['warning']);
    expect(severityOf('s String', 's String @db.Citext')).toEqual(['warning']);
    // the catalogue lists text → uuid as a rewrite, but Prisma drops and recreates the column
    expect(severityOf('s String', 's String @db.Uuid')).toEqual(['error']);
    expect(severityOf('s String @db.VarChar(50)', 's String @db.VarChar(100)')).toEqual([]);
    expect(severityOf('s String @db.VarChar(50)', 's String')).toEqual([]);
    expect(severityOf('s String', 's String @db.Text')).toEqual([]);
    expect(severityOf('d DateTime', 'd DateTime @db.Timestamp(6)')).toEqual([]);
  });

  it('follows an enum through a rename and is quiet when only the name changed', () => {
    const before = pg('enum Role {\n  A\n  B\n}\n' + post('role Role'));
    const after = pg('enum Kind {\n  A\n  B\n\n  @@map("Role")\n}\n' + post('role Kind'));
    expect(checkPair(rule, before, after)).toEqual([]);
    // Prisma has no cast from an enum: the column is dropped and recreated
    const [a] = checkPair(rule, before, pg('enum Role {\n  A\n  B\n}\n' + post('role String')));
    expect(a.severity).toBe('error');
    expect(a.message).toContain('drops the column and adds it again');
  });

  it('plans expand and contract, step 1 as op calls', () => {
    const current = pg(post('n BigInt'));
    const [a] = checkPair(rule, pg(post('n Int')), current);
    const [plan] = plansFor(a, [rule]);
    expect(plan.steps.map((s) => s.title)).toEqual(['Add a bigint column next to "n"', 'Backfill the new column', 'Switch over', 'Drop the old column']);
    const [expand] = planSchemas(current, plan);
    expect(text(expand!)).toContain('  n Int\n  nNew BigInt? @map("n_new")\n');
  });
});
