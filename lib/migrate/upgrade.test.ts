import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prismaErrors } from '../../test-support/prisma';
import { VENDORED_ENGINE_FIXTURES } from '../../test-support/parity';
import type { SchemaFile } from '../schema/document';
import { applyEditsToText } from '../text/edits';
import { describeUpgrade, upgradeFixes } from './upgrade';

function apply(files: SchemaFile[], edits: { path: string; start: number; end: number; text: string }[]): SchemaFile[] {
  return files.map((f) => ({ path: f.path, text: applyEditsToText(f.text, edits.filter((e) => e.path === f.path)) }));
}

const header = 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n\ngenerator client {\n  provider        = "prisma-client-js"\n  previewFeatures = ["views", "metrics", "tracing"]\n}\n';

describe('upgradeFixes', () => {
  it('turns a view primary key into @unique / @@unique so Prisma 6 accepts the schema', () => {
    const files = [{ path: 'schema.prisma', text: `${header}\nview Mountain {\n  id   Int    @id\n  name String\n}\n\nview Pair {\n  a Int\n  b Int\n\n  @@id([a, b])\n}\n\nview Both {\n  id Int @id @unique // keep me\n}\n` }];
    expect(prismaErrors('5', files)).toEqual([]);
    const plan = upgradeFixes(files, prismaErrors('6', files));
    expect(plan.unfixed).toEqual([]);
    expect(plan.fixes.map((f) => f.id)).toEqual(['view-primary-key', 'view-primary-key', 'view-primary-key']);
    const fixed = apply(files, plan.fixes.flatMap((f) => f.edits));
    expect(fixed[0].text).toContain('  id   Int    @unique\n');
    expect(fixed[0].text).toContain('  @@unique([a, b])\n');
    expect(fixed[0].text).toContain('  id Int @unique // keep me\n');
    expect(prismaErrors('6', fixed)).toEqual([]);
    expect(describeUpgrade(plan, 'Prisma 5', 'Prisma 6')).toMatch(/Views cannot have primary keys[\s\S]*Apply the quick fixes/);
  });

  it('removes preview features Prisma 7 no longer knows, keeping the others', () => {
    const files = [{ path: 'schema.prisma', text: `${header}\nmodel A {\n  id Int @id\n}\n` }];
    const plan = upgradeFixes(files, prismaErrors('7', files));
    const metrics = plan.fixes.find((f) => f.message.includes('"metrics"'))!;
    expect(metrics.id).toBe('removed-preview-feature');
    const fixed = apply(files, plan.fixes.flatMap((f) => f.edits));
    expect(fixed[0].text).not.toContain('"metrics"');
    expect(fixed[0].text).toMatch(/previewFeatures = \["views"[^\]]*\]/);
  });

  it('fixes the prisma-engines fixtures only Prisma 5 accepts', () => {
    for (const rel of ['upstream/psl/psl/tests/validation/views/view_with_pkey.prisma', 'upstream/psl/psl/tests/validation/attributes/index_clustering/clustered_unique_in_view.prisma']) {
      const files = [{ path: 'schema.prisma', text: readFileSync(join(VENDORED_ENGINE_FIXTURES, rel), 'utf8') }];
      expect(prismaErrors('5', files), rel).toEqual([]);
      const plan = upgradeFixes(files, prismaErrors('6', files));
      expect(plan.unfixed, rel).toEqual([]);
      expect(prismaErrors('6', apply(files, plan.fixes.flatMap((f) => f.edits))), rel).toEqual([]);
    }
  });

  it('lists errors it has no fix for', () => {
    const files = [{ path: 'schema.prisma', text: 'datasource db {\n  provider = "postgresql"\n}\n\nmodel A {\n  id Int @id\n  b  Nope\n}\n' }];
    const plan = upgradeFixes(files, prismaErrors('7', files));
    expect(plan.fixes).toEqual([]);
    expect(plan.unfixed.length).toBeGreaterThan(0);
    expect(describeUpgrade(plan, 'Prisma 5', 'Prisma 7')).toContain('no quick fix');
  });
});
