import { describe, expect, it } from 'vitest';
import { parity, vendoredEngineFixtures } from '../../test-support/parity';
import { parseSchema } from './document';

/**
 * Differential parser test: for every prisma-engines fixture some supported Prisma version accepts,
 * our scanner reports no problem and sees the same models, views, composite types, enums, fields,
 * relations and indexes as Prisma's own datamodel.
 */
describe('parser parity with Prisma on the prisma-engines fixtures', () => {
  const fixtures = vendoredEngineFixtures();
  const byVersion: Record<string, number> = {};

  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    const result = parity(fixture.files);
    // Prisma-7-only syntax fixtures upstream may clash on index names: still, the scanner must read them
    if (!result.version) {
      expect(parseSchema(fixture.files).model.problems).toEqual([]);
      return;
    }
    byVersion[result.version] = (byVersion[result.version] ?? 0) + 1;
    expect(result.problems).toEqual([]);
    expect(result.ours).toEqual(result.theirs);
  });

  it('ran on the vendored fixtures', () => {
    const compared = Object.values(byVersion).reduce((a, b) => a + b, 0);
    console.info(`parity: ${fixtures.length} fixture schemas, compared with Prisma ${JSON.stringify(byVersion)}`);
    expect(fixtures.length).toBeGreaterThan(190);
    expect(compared).toBeGreaterThan(180);
  });
});
