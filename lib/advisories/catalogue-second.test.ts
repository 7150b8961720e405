import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSchema } from '../schema/document';
import { prismaEngine } from '../../test-support/prisma';
import { runAdvisories } from './run';

/** ADVISORIES.md §8, the second fixture: the rules the seed 002 schema does not exercise. */
const files = [{ path: 'schema.prisma', text: readFileSync(join(import.meta.dirname, 'fixtures', 'catalogue-second.prisma'), 'utf8') }];

describe('the catalogue’s second fixture', () => {
  const prisma = prismaEngine('7').lint(files);
  const run = runAdvisories(parseSchema(files), { prisma });
  const on = (rule: string, model: string) => run.advisories.filter((a) => a.rule === rule && a.target.model === model);

  it('is valid for Prisma 7, which only warns about SetNull on the required tenant key', () => {
    expect(prisma.filter((d) => d.severity === 'error')).toEqual([]);
    expect(prisma.map((d) => d.message)).toEqual([expect.stringMatching(/SetNull/)]);
  });

  it('counts a composite FK as covered by a reordered composite index', () => {
    expect(on('index-fk-missing', 'Task')).toEqual([]);
  });

  it('escalates SetNull on the composite tenant FK to an error and folds Prisma’s warning into it', () => {
    const [a] = on('cascade-set-null-on-required', 'Asset');
    expect(a.severity).toBe('error');
    expect(a.prismaMessage).toMatch(/SetNull/);
    expect(run.mergedPrisma).toHaveLength(1);
  });

  it('finds the cascade cycle and the required-FK cycle', () => {
    expect(run.advisories.filter((a) => a.rule === 'cascade-cycle' && /Left/.test(a.message) && /Right/.test(a.message)).map((a) => a.severity)).toEqual(['warning']);
    expect(run.advisories.filter((a) => a.rule === 'relation-required-fk-cycle').map((a) => a.severity)).toEqual(['error']);
  });

  it('flags the text foreign key to a uuid key as an error', () => {
    const [a] = on('relation-fk-native-type-mismatch', 'Document');
    expect(a.severity).toBe('error');
  });

  it('warns that a Tenant delete cascades into Payment, a history table', () => {
    expect(run.advisories.some((a) => a.rule === 'cascade-into-history-table' && /Payment/.test(a.message))).toBe(true);
  });

  it('reports both forms of cascade-blocked-by-restrict', () => {
    const blocked = run.advisories.filter((a) => a.rule === 'cascade-blocked-by-restrict');
    const timeEntry = blocked.find((a) => /TimeEntry/.test(a.message));
    const invoice = blocked.find((a) => /Invoice\.project/.test(a.message));
    expect(timeEntry?.severity).toBe('warning');
    expect(invoice?.severity).toBe('info');
  });
});
