import { describe, expect, it } from 'vitest';
import { parseSchema, type SchemaFile } from '../schema/document';
import { PrismaSchemaEngine, type PrismaDiagnostic } from '../prisma/engine';
import { loadPrismaSchemaWasmNode } from '../prisma/load-node';
import type { PrismaVersionId } from '../prisma/versions';
import { applyEdits } from '../text/edits';
import { corpusAvailable, corpusProjects } from '../../test-support/corpus';
import { versionQuickFixes, type QuickFix } from './prisma7-fixes';

const engines = new Map<PrismaVersionId, PrismaSchemaEngine>();
function engine(version: PrismaVersionId): PrismaSchemaEngine {
  let e = engines.get(version);
  if (!e) engines.set(version, (e = new PrismaSchemaEngine(loadPrismaSchemaWasmNode(version))));
  return e;
}

function corpus(name: string): SchemaFile[] {
  const project = corpusProjects().find((p) => p.name === name);
  if (!project) throw new Error(`corpus project ${name} is missing`);
  return project.files;
}

function lint(version: PrismaVersionId, files: SchemaFile[]): PrismaDiagnostic[] {
  return engine(version).lint(files);
}

function diagnostic(version: PrismaVersionId, files: SchemaFile[], pattern: RegExp): PrismaDiagnostic {
  const found = lint(version, files).find((d) => pattern.test(d.message));
  if (!found) throw new Error(`Prisma ${version} gives no diagnostic matching ${pattern}`);
  return found;
}

function fixFor(version: PrismaVersionId, files: SchemaFile[], pattern: RegExp): QuickFix {
  const fixes = versionQuickFixes(parseSchema(files), diagnostic(version, files, pattern));
  expect(fixes).toHaveLength(1);
  return fixes[0];
}

function text(files: SchemaFile[], path = files[0].path): string {
  return files.find((f) => f.path === path)!.text;
}

/** Asserts that only the lines of the `kind name {…}` block changed between `before` and `after`. */
function expectOnlyBlockChanged(before: string, after: string, header: string): void {
  const start = before.indexOf(header);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = before.indexOf('\n}', start) + 2;
  const tail = before.length - end;
  expect(after.slice(0, start)).toBe(before.slice(0, start));
  expect(after.slice(after.length - tail)).toBe(before.slice(end));
  expect(after.indexOf('\n}', start) + 2).toBe(after.length - tail);
}

const run = it.skipIf(!corpusAvailable());

describe('Prisma 7: preview features', () => {
  run('removes an unknown preview feature and keeps the rest of the array byte for byte (trigger-dev-run-ops)', () => {
    const files = corpus('trigger-dev-run-ops');
    const fix = fixFor('7', files, /preview feature "metrics" is not known/);
    expect(fix).toMatchObject({ title: 'Remove preview feature metrics', preferred: true });
    const after = applyEdits(files, fix.edits);
    expect(text(after)).toContain('  previewFeatures = ["driverAdapters"]\n');
    expectOnlyBlockChanged(text(files), text(after), 'generator client {');
    expect(lint('7', after).map((d) => d.message).filter((m) => m.includes('"metrics"'))).toEqual([]);
  });

  run('removes the whole property line when the last feature goes', () => {
    let files = corpus('trigger-dev-run-ops');
    files = applyEdits(files, fixFor('7', files, /"metrics" is not known/).edits);
    const fix = fixFor('7', files, /Preview feature "driverAdapters" is deprecated/);
    const after = applyEdits(files, fix.edits);
    expect(text(after)).toContain('  binaryTargets   = ["native", "debian-openssl-1.1.x"]\n}\n');
    expect(text(after)).not.toContain('previewFeatures');
    expectOnlyBlockChanged(text(files), text(after), 'generator client {');
    expect(lint('7', after).filter((d) => /preview feature/i.test(d.message))).toEqual([]);
  });

  run('removes deprecated features under Prisma 6 and 5 too (jitsu)', () => {
    for (const version of ['6', '5'] as const) {
      let files = corpus('jitsu');
      const original = text(files);
      for (const feature of ['filterJson', 'interactiveTransactions']) {
        const fix = fixFor(version, files, new RegExp(`Preview feature "${feature}" is deprecated`));
        files = applyEdits(files, fix.edits);
      }
      expect(text(files)).not.toContain('previewFeatures');
      expect(lint(version, files).filter((d) => /preview feature/i.test(d.message))).toEqual([]);
      expectOnlyBlockChanged(original, text(files), 'generator client {');
    }
  });

  it('removes every occurrence, in the generator the diagnostic points at', () => {
    const schema =
      'generator a {\n  provider = "prisma-client-js"\n  previewFeatures = ["omitApi"]\n}\n\n' +
      'generator b {\n  provider        = "prisma-client-js"\n  previewFeatures = ["omitApi", "relationJoins", "omitApi", "typedSql"]\n}\n\n' +
      'datasource db {\n  provider = "postgresql"\n}\n';
    const files = [{ path: 'schema.prisma', text: schema }];
    const diagnostics = lint('7', files).filter((d) => /"omitApi" is deprecated/.test(d.message));
    expect(diagnostics).toHaveLength(3); // one per occurrence
    const inB = diagnostics.find((d) => d.start > schema.indexOf('generator b'))!;
    const after = applyEdits(files, versionQuickFixes(parseSchema(files), inB)[0].edits);
    expect(text(after)).toBe(schema.replace('["omitApi", "relationJoins", "omitApi", "typedSql"]', '["relationJoins", "typedSql"]'));
    expect(lint('7', after).filter((d) => /omitApi/.test(d.message))).toHaveLength(1);
  });

  it('renames fullTextSearch to fullTextSearchPostgres', () => {
    const schema = 'generator client {\n  provider        = "prisma-client-js"\n  previewFeatures = ["fullTextSearch", "relationJoins"]\n}\n\ndatasource db {\n  provider = "postgresql"\n}\n';
    const files = [{ path: 'schema.prisma', text: schema }];
    const fix = fixFor('7', files, /"fullTextSearch" has been renamed/);
    expect(fix.title).toBe('Rename preview feature fullTextSearch to fullTextSearchPostgres');
    const after = applyEdits(files, fix.edits);
    expect(text(after)).toBe(schema.replace('"fullTextSearch"', '"fullTextSearchPostgres"'));
    expect(lint('7', after)).toEqual([]);
  });
});

describe('Prisma 7: connection URLs', () => {
  run('turns url into a comment that keeps its value and explains prisma.config.ts (jitsu)', () => {
    const files = corpus('jitsu');
    const fix = fixFor('7', files, /The datasource property `url` is no longer supported/);
    expect(fix.title).toBe('Move url to prisma.config.ts');
    const after = applyEdits(files, fix.edits);
    expect(text(after)).toContain('datasource db {\n  provider = "postgresql"\n  // url moved to prisma.config.ts (Prisma 7): env("DATABASE_URL")\n}\n');
    expectOnlyBlockChanged(text(files), text(after), 'datasource db {');
    expect(lint('7', after).filter((d) => /no longer supported/.test(d.message))).toEqual([]);
    expect(fix.note).toContain("import { defineConfig, env } from 'prisma/config'");
    expect(fix.note).toContain("  datasource: {\n    url: env('DATABASE_URL'),\n  },");
  });

  run('uses the value actually written (trigger-dev-run-ops)', () => {
    const files = corpus('trigger-dev-run-ops');
    const fix = fixFor('7', files, /property `url` is no longer supported/);
    expect(text(applyEdits(files, fix.edits))).toContain('  // url moved to prisma.config.ts (Prisma 7): env("RUN_OPS_DATABASE_URL")\n');
    expect(fix.note).toContain("url: env('RUN_OPS_DATABASE_URL'),");
  });

  it('moves directUrl and shadowDatabaseUrl; Migrate connects through the direct URL', () => {
    const schema =
      'datasource db {\n  provider          = "postgresql"\n  url               = env("DATABASE_URL") // pooled\n  directUrl         = env("DIRECT_URL")\n  shadowDatabaseUrl = "postgresql://localhost/shadow"\n}\n\nmodel A {\n  id Int @id\n}\n';
    let files = [{ path: 'schema.prisma', text: schema }];
    let note = '';
    for (const key of ['url', 'directUrl', 'shadowDatabaseUrl']) {
      const fix = fixFor('7', files, new RegExp(`property \`${key}\` is no longer supported`));
      files = applyEdits(files, fix.edits);
      note = fix.note ?? '';
    }
    expect(text(files)).toBe(
      'datasource db {\n  provider          = "postgresql"\n' +
        '  // url moved to prisma.config.ts (Prisma 7): env("DATABASE_URL") // pooled\n' +
        '  // directUrl moved to prisma.config.ts (Prisma 7): env("DIRECT_URL")\n' +
        '  // shadowDatabaseUrl moved to prisma.config.ts (Prisma 7): "postgresql://localhost/shadow"\n}\n\nmodel A {\n  id Int @id\n}\n',
    );
    expect(lint('7', files)).toEqual([]);
    // the last fix still knows the values the earlier fixes moved
    expect(note).toContain("    url: env('DIRECT_URL'),\n");
    expect(note).toContain('    shadowDatabaseUrl: "postgresql://localhost/shadow",\n');
    expect(note).toContain('env("DATABASE_URL")) now goes to the driver adapter');
  });

  it('imports only defineConfig when no env() is used', () => {
    const files = [{ path: 'schema.prisma', text: 'datasource db {\n  provider = "sqlite"\n  url      = "file:./dev.db"\n}\n' }];
    const fix = fixFor('7', files, /property `url` is no longer supported/);
    expect(fix.note).toContain("import { defineConfig } from 'prisma/config'");
    expect(fix.note).toContain('    url: "file:./dev.db",');
  });
});

describe('Prisma 5/6: missing url', () => {
  run('adds url after the provider, aligned, in the file that holds the datasource (formbricks)', () => {
    for (const version of ['6', '5'] as const) {
      const files = corpus('formbricks');
      const main = files.find((f) => /datasource db/.test(f.text))!.path;
      const fix = fixFor(version, files, /Argument "url" is missing in data source block "db"/);
      expect(fix.title).toBe('Add url = env("DATABASE_URL")');
      const after = applyEdits(files, fix.edits);
      expect(text(after, main)).toContain('datasource db {\n  provider   = "postgresql"\n  url        = env("DATABASE_URL")\n  extensions = [pgvector(map: "vector")]\n}');
      expectOnlyBlockChanged(text(files, main), text(after, main), 'datasource db {');
      for (const f of files) if (f.path !== main) expect(text(after, f.path)).toBe(f.text);
      expect(lint(version, after).filter((d) => /"url" is missing/.test(d.message))).toEqual([]);
    }
  });

  run('restores the url a Prisma 7 fix moved into a comment (trigger-dev-run-ops round trip)', () => {
    let files = corpus('trigger-dev-run-ops');
    files = applyEdits(files, fixFor('7', files, /property `url` is no longer supported/).edits);
    const fix = fixFor('6', files, /Argument "url" is missing/);
    expect(fix.title).toBe('Add url = env("RUN_OPS_DATABASE_URL")');
    const after = applyEdits(files, fix.edits);
    expect(text(after)).toContain('  provider = "postgresql"\n  url      = env("RUN_OPS_DATABASE_URL")\n  // url moved to');
    expect(lint('6', after).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('keeps CRLF line endings', () => {
    const files = [{ path: 'schema.prisma', text: 'datasource db {\r\n  provider = "postgresql"\r\n}\r\n\r\nmodel A {\r\n  id Int @id\r\n}\r\n' }];
    const after = applyEdits(files, fixFor('6', files, /"url" is missing/).edits);
    expect(text(after)).toBe('datasource db {\r\n  provider = "postgresql"\r\n  url      = env("DATABASE_URL")\r\n}\r\n\r\nmodel A {\r\n  id Int @id\r\n}\r\n');
    expect(lint('6', after)).toEqual([]);
  });
});

describe('other diagnostics', () => {
  it('offers nothing for diagnostics that are not about versions, or for unknown files', () => {
    const files = [{ path: 'schema.prisma', text: 'datasource db {\n  provider = "postgresql"\n}\n\nmodel A {\n  id Strin @id\n}\n' }];
    const parsed = parseSchema(files);
    const ds = lint('7', files);
    expect(ds.length).toBeGreaterThan(0);
    for (const d of ds) expect(versionQuickFixes(parsed, d)).toEqual([]);
    expect(versionQuickFixes(parsed, { path: 'other.prisma', start: 0, end: 1, severity: 'error', message: 'Preview feature "x" is deprecated.' })).toEqual([]);
  });
});
