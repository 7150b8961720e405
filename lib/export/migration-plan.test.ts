import { describe, expect, it } from 'vitest';
import { prismaEngine } from '../../test-support/prisma';
import { applyEdits } from '../text/edits';
import { migrationEngineLabel, planMigrationExport, withAsyncLint, type AsyncLint } from './migration-plan';

const calls: string[] = [];
const lintAsync: AsyncLint = async (v, files) => {
  calls.push(v);
  return prismaEngine(v).lint(files);
};
const header = (preview: string[]) =>
  `datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n\ngenerator client {\n  provider        = "prisma-client-js"\n  previewFeatures = [${preview.map((p) => `"${p}"`).join(', ')}]\n}\n`;
const MODEL = '\nmodel User {\n  id Int @id\n}\n';
const doc = (text: string) => [{ path: 'schema.prisma', text }];

describe('planMigrationExport', () => {
  it('uses the engine of the document’s Prisma version and names it', async () => {
    const plan = await planMigrationExport({ kind: 'empty' }, doc(header([]) + MODEL), '6', lintAsync);
    expect(plan).toMatchObject({ kind: 'export', version: '6', label: 'Prisma 6.19 engine' });
    expect(await planMigrationExport({ kind: 'empty' }, doc(header([]) + MODEL), '7', lintAsync)).toMatchObject({ kind: 'export', version: '7', label: 'Prisma 7 engine' });
    expect(migrationEngineLabel('6')).toBe('Prisma 6.19 engine');
  });

  it('falls back to 6.19 for a Prisma 5 document that 6.19 accepts', async () => {
    const plan = await planMigrationExport({ kind: 'empty' }, doc(header([]) + MODEL), '5', lintAsync);
    expect(plan.kind).toBe('export');
    expect(plan.kind === 'export' && plan.notes[0]).toContain('Prisma 5 has no schema engine here');
  });

  it('offers the upgrade fixes of a Prisma 5-only document as text edits; applied, the export goes ahead', async () => {
    const files = doc(header(['views']) + MODEL + '\nview Mountain {\n  id Int @id\n}\n');
    const plan = await planMigrationExport({ kind: 'empty' }, files, '5', lintAsync);
    expect(plan.kind).toBe('upgrade');
    if (plan.kind !== 'upgrade') return;
    expect(plan.message).toContain('valid for Prisma 5.22 only');
    expect(plan.inMemory).toBe(false);
    const fixed = applyEdits(files, plan.documentEdits);
    expect(fixed[0].text).toContain('view Mountain {\n  id Int @unique\n}');
    expect(await planMigrationExport({ kind: 'empty' }, fixed, '5', lintAsync)).toMatchObject({ kind: 'export' });
  });

  it('applies a Prisma 5-only baseline’s fixes in memory when asked', async () => {
    const base = { kind: 'schema' as const, files: doc(header(['views', 'metrics']) + MODEL + '\nview Mountain {\n  id Int @id\n}\n') };
    const files = doc(header([]) + MODEL);
    const plan = await planMigrationExport(base, files, '6', lintAsync);
    expect(plan).toMatchObject({ kind: 'upgrade', inMemory: true, documentEdits: [] });
    expect(await planMigrationExport(base, files, '6', lintAsync, { upgradeInMemory: true })).toMatchObject({ kind: 'export', version: '6' });
  });

  it('refuses with Prisma’s reason when no fix helps', async () => {
    const plan = await planMigrationExport({ kind: 'empty' }, doc('datasource db {\n  provider = "postgresql"\n}\n' + MODEL), '6', lintAsync);
    expect(plan).toMatchObject({ kind: 'refused' });
  });

  it('fetches each lint once', async () => {
    let n = 0;
    const result = await withAsyncLint(
      async () => {
        n++;
        return [];
      },
      (lint) => [lint('7', doc('a')), lint('7', doc('a')), lint('6', doc('a'))].length,
    );
    expect(result).toBe(3);
    expect(n).toBe(2);
  });
});
