import { describe, expect, it } from 'vitest';
import { prismaEngine } from '../../test-support/prisma';
import type { DiffSource } from './engine';
import { planMigrationEngine, type LintWith } from './engine-plan';

const lint: LintWith = (v, files) => prismaEngine(v).lint(files);
const header = (preview: string[], url = true) =>
  `datasource db {\n  provider = "postgresql"\n${url ? '  url      = env("DATABASE_URL")\n' : ''}}\n\ngenerator client {\n  provider        = "prisma-client-js"\n  previewFeatures = [${preview.map((p) => `"${p}"`).join(', ')}]\n}\n`;
const schema = (text: string): DiffSource => ({ kind: 'schema', files: [{ path: 'schema.prisma', text }] });
const EMPTY: DiffSource = { kind: 'empty' };
const MODEL = '\nmodel User {\n  id Int @id\n}\n';

describe('planMigrationEngine', () => {
  it('picks Prisma 7 when it accepts the schema (datasource url blanked), else 6.19', () => {
    expect(planMigrationEngine([EMPTY, schema(header([]) + MODEL)], lint)).toMatchObject({ ok: true, version: '7' });
    expect(planMigrationEngine([EMPTY, schema(header(['metrics']) + MODEL)], lint)).toMatchObject({ ok: true, version: '6' });
    expect(planMigrationEngine([schema(header(['metrics']) + MODEL), schema(header([]) + MODEL)], lint)).toMatchObject({ ok: true, version: '6' });
  });

  it('honours a requested version, refusing one that rejects the schema', () => {
    expect(planMigrationEngine([EMPTY, schema(header([]) + MODEL)], lint, { requested: '6' })).toMatchObject({ ok: true, version: '6' });
    const refused = planMigrationEngine([EMPTY, schema(header([], false) + MODEL)], lint, { requested: '6' });
    expect(refused).toMatchObject({ ok: false, fixable: false });
    expect(!refused.ok && refused.message).toBe('Prisma 6 does not accept this schema; Prisma 7 does: use Prisma 7.');
  });

  it('offers the upgrade fixes for a Prisma 5-only schema, and applies them in memory when asked', () => {
    const view = header(['views']) + MODEL + '\nview Mountain {\n  id Int @id\n}\n';
    const offered = planMigrationEngine([EMPTY, schema(view)], lint);
    expect(offered.ok).toBe(false);
    if (offered.ok) return;
    expect(offered.fixable).toBe(true);
    expect(offered.fixes.map((f) => f.id)).toEqual(['view-primary-key']);
    expect(offered.message).toContain('This schema is valid for Prisma 5.22 only');
    const applied = planMigrationEngine([EMPTY, schema(view)], lint, { upgrade: true });
    expect(applied).toMatchObject({ ok: true, version: '7' });
    expect(applied.ok && applied.sources[1].kind === 'schema' && applied.sources[1].files[0].text).toContain('  id Int @unique\n');
    expect(applied.ok && applied.notes[0]).toContain('Exported with the upgrade fixes applied in memory');
    expect(applied.ok && applied.notes[0]).not.toContain('then export again');
  });

  it('lets the engine report a schema no version accepts, and needs no validator for empty or migrations sources', () => {
    expect(planMigrationEngine([EMPTY, schema('model A {\n  id Strin @id\n}\n')], lint)).toMatchObject({ ok: true, version: '7' });
    expect(planMigrationEngine([EMPTY, { kind: 'migrations', folder: { migrations: [] } }], () => { throw new Error('no lint needed'); })).toMatchObject({ ok: true, version: '7' });
  });
});
