import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parity } from '../../test-support/parity';
import { generateSchema } from '../../test-support/psl-generator';
import { parseSchema } from './document';

/**
 * Differential parser test on generated PSL (see test-support/psl-generator.ts): every generated
 * schema is valid for Prisma 7 or Prisma 6, and our scanner must agree with Prisma's datamodel on it.
 * PARITY_RUNS changes the number of schemas; PARITY_SEED replays a failure.
 */
const RUNS = Number(process.env.PARITY_RUNS ?? 250);
const SEED = Number(process.env.PARITY_SEED ?? 20261207);

describe('parser parity with Prisma on generated schemas', () => {
  it(`agrees with Prisma on ${RUNS} generated schemas, Prisma 7 and 6 flavours`, () => {
    const byVersion: Record<string, number> = {};
    const byProvider: Record<string, number> = {};
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const generated = generateSchema(seed);
        const result = parity(generated.files);
        // the generator only writes valid PSL: a rejection is a generator bug worth seeing
        expect(result.version, `seed ${seed}: no Prisma version accepts the generated schema`).not.toBeNull();
        byVersion[result.version!] = (byVersion[result.version!] ?? 0) + 1;
        byProvider[generated.provider] = (byProvider[generated.provider] ?? 0) + 1;
        expect(result.problems, `seed ${seed}`).toEqual([]);
        expect(result.ours, `seed ${seed}`).toEqual(result.theirs);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    console.info(`parity: ${RUNS} generated schemas, accepted by Prisma ${JSON.stringify(byVersion)}, providers ${JSON.stringify(byProvider)}`);
    expect(Object.keys(byProvider).sort()).toEqual(['cockroachdb', 'mongodb', 'mysql', 'postgresql', 'sqlite', 'sqlserver']);
    expect(byVersion['7']).toBeGreaterThan(RUNS / 4);
    expect(byVersion['6'] ?? 0).toBeGreaterThan(RUNS / 4);
  });

  it('generates every syntax the brief names', () => {
    const all = Array.from({ length: 400 }, (_, i) => generateSchema(i).files.map((f) => f.text).join('\n')).join('\n');
    for (const needle of ['where: {', 'raw("', '(sort: Desc)', 'dbgenerated("', 'uuid(7)', '/* ', '/// ', '// ', '@db.Timetz(3)', '@db.VarBit(8)', '@db.Money', 'type: Hash', '@@id([', '@db.UnsignedMediumInt', '@db.NVarChar(Max)', '@db.CatalogSingleChar', '@db.DateTimeOffset', '@db.LongBlob', 'sequence()', 'view Report', 'Unsupported("circle")', '@@ignore', '@@schema("audit")', 'type Address', '@db.ObjectId', '@@index([address.city])']) {
      expect(all.includes(needle), needle).toBe(true);
    }
    expect(Array.from({ length: 200 }, (_, i) => generateSchema(i).files.length).some((n) => n === 2)).toBe(true);
  });

  it('gives every field, attribute and block attribute a range that holds its own text', () => {
    for (let seed = 0; seed < 100; seed++) {
      const generated = generateSchema(seed);
      for (const ast of parseSchema(generated.files).files) {
        for (const b of ast.blocks) {
          expect(ast.text.slice(b.nameRange.start, b.nameRange.end)).toBe(b.name);
          for (const m of b.members) {
            if (m.kind === 'field') expect(ast.text.slice(m.nameRange.start, m.nameRange.end)).toBe(m.name);
            const attrs = m.kind === 'field' || m.kind === 'enumValue' ? m.attributes : m.kind === 'blockAttribute' ? [m.attribute] : [];
            for (const a of attrs) {
              const text = ast.text.slice(a.range.start, a.range.end);
              expect(text.startsWith(a.block ? `@@${a.name}` : `@${a.name}`), `seed ${seed}: ${text}`).toBe(true);
              if (a.argsRange) expect(text.endsWith(')'), `seed ${seed}: ${text}`).toBe(true);
            }
          }
        }
      }
    }
  });
});
