import { describe, expect, it } from 'vitest';
import { checkPair, fixPairAndRecheck, pg, text } from '../../../test-support/migration-safety';
import { nodeDiffEngine } from '../../migrate/migrate-node';
import { migrationEnumMapQuote as rule } from './migration-enum-map-quote';

const schema = (values: string) => `
enum Mood {
${values}
}

model Entry {
  id   Int  @id
  mood Mood
}
`;
const EMPTY = pg('');

describe('migration-enum-map-quote', () => {
  it('fires (error) on a new enum whose value maps to a string with a single quote, pointing at the string', async () => {
    const current = pg(schema(`  ITS @map("it's")\n  OK`));
    const [a, ...rest] = checkPair(rule, EMPTY, current);
    expect(rest).toEqual([]);
    expect(a.severity).toBe('error');
    expect(a.target).toEqual({ kind: 'model', model: 'Mood' });
    expect(text(current).slice(a.span.start, a.span.end)).toBe(`"it's"`);
    expect(a.message).toBe(`Mood.ITS: the database value "it's" contains a single quote, which Prisma writes into the migration unescaped ('it's'): the SQL is broken and the migration fails.`);
    // what Prisma really writes: the reason for the rule
    const sql = await (await nodeDiffEngine()).diff({ from: { kind: 'empty' }, to: { kind: 'schema', files: current } });
    expect(sql.ok && sql.output).toContain(`CREATE TYPE "Mood" AS ENUM ('it's', 'OK');`);
  });

  it('fires on a value added to an existing enum, not on values the migration leaves alone', () => {
    const [added] = checkPair(rule, pg(schema('  OK')), pg(schema(`  OK\n  DONT @map("don't")`)));
    expect(added.message).toContain('Mood.DONT');
    expect(checkPair(rule, pg(schema(`  OK\n  DONT @map("don't")`)), pg(schema(`  OK\n  DONT @map("don't")\n  NEW`)))).toEqual([]);
    expect(checkPair(rule, EMPTY, pg(schema('  OK @map("fine")\n  QUOTED @map("say \\"hi\\"")')))).toEqual([]);
  });

  it('fixes the @map with a typographic apostrophe; the migration then applies', async () => {
    const current = pg(schema(`  ITS @map("it's")\n  OK`));
    const [a] = checkPair(rule, EMPTY, current);
    expect(a.fixLabel).toBe(`Use ’ instead of ' in @map("it's")`);
    const { files } = fixPairAndRecheck(rule, EMPTY, current, a);
    expect(text(files)).toBe(text(current).replace(`@map("it's")`, '@map("it’s")'));
    const sql = await (await nodeDiffEngine()).diff({ from: { kind: 'empty' }, to: { kind: 'schema', files } });
    expect(sql.ok && sql.output).toContain(`CREATE TYPE "Mood" AS ENUM ('it’s', 'OK');`);
  });
});
