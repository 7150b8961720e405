import { describe, expect, it } from 'vitest';
import { parseSchema } from '../schema/document';
import { pg } from '../../test-support/advisories';
import { parseAdvisoryConfig, ruleEnabled, ruleOnByDefault, serializeAdvisoryConfig, withCategory, withProfile, withRuleSeverity, emptyConfig } from './config';
import { countAdvisories } from './counts';
import { RULES } from './registry';
import { runAdvisories } from './run';

const byId = (id: string) => RULES.find((r) => r.id === id)!;

/** Policy and style rules: off unless the project opts in. */
const STRICT = [
  'naming-column-map',
  'naming-table-map',
  'naming-model-pascal-singular',
  'integrity-missing-timestamps',
  'integrity-nullable-without-reason',
  'integrity-prisma-level-default',
  'integrity-status-as-string',
  'integrity-json-structured-data',
  'integrity-email-case-sensitive',
  'types-datetime-without-tz',
  'types-int-autoincrement-id',
  'types-uuid-as-text',
  'types-string-length-policy',
  'index-fk-with-sort-key',
  'index-too-many',
  'index-unique-nullable-column',
  'cascade-ondelete-implicit',
  'cascade-multiple-paths',
  'cascade-delete-preconditions',
];

const files = pg(`
model User {
  id        Int      @id @default(autoincrement())
  email     String   @unique
  createdAt DateTime @default(now())
  posts     Post[]
}

model Post {
  id       Int  @id @default(autoincrement())
  authorId Int
  author   User @relation(fields: [authorId], references: [id])
}
`);

describe('profiles and category switches', () => {
  it('keeps the policy and style rules off by default and on under strict', () => {
    expect(RULES.filter((r) => !ruleOnByDefault(r)).map((r) => r.id).sort()).toEqual([...STRICT].sort());
    for (const id of STRICT) {
      expect(ruleEnabled(byId(id), emptyConfig()), id).toBe(false);
      expect(ruleEnabled(byId(id), { rules: {}, profile: 'strict' }), id).toBe(true);
    }
    expect(ruleEnabled(byId('index-fk-missing'), emptyConfig())).toBe(true);
  });

  it('lets a rule setting beat its category switch, and a category switch beat the profile', () => {
    const dt = byId('types-datetime-without-tz');
    expect(ruleEnabled(dt, { rules: {}, categories: { types: 'on' } })).toBe(true);
    expect(ruleEnabled(dt, { rules: { 'types-datetime-without-tz': { severity: 'off' } }, categories: { types: 'on' } })).toBe(false);
    expect(ruleEnabled(dt, { rules: { 'types-datetime-without-tz': { severity: 'info' } } })).toBe(true);
    expect(ruleEnabled(byId('index-fk-missing'), { rules: {}, profile: 'strict', categories: { indexes: 'off' } })).toBe(false);
  });

  it('counts only what is on; off and suppressed findings are reported beside it', () => {
    const schema = parseSchema(files);
    const def = runAdvisories(schema, { includeOff: true });
    const counts = countAdvisories(def);
    expect(def.advisories.map((a) => a.rule)).toEqual(['index-fk-missing']);
    expect(counts).toMatchObject({ error: 0, warning: 1, info: 0, total: 1, suppressed: 0 });
    expect(counts.off).toBeGreaterThan(0);
    expect(def.off!.every((a) => !ruleOnByDefault(byId(a.rule)))).toBe(true);
    const strict = countAdvisories(runAdvisories(schema, { config: { rules: {}, profile: 'strict' } }));
    expect(strict.total).toBe(counts.total + counts.off);
    expect(strict.off).toBe(0);
    const silenced = parseSchema([{ path: 'schema.prisma', text: files[0].text.replace('model Post {', '// canvas-ignore index-fk-missing\nmodel Post {') }]);
    expect(countAdvisories(runAdvisories(silenced))).toMatchObject({ total: 0, suppressed: 1 });
  });

  it('on the seed 002 example, what is on plus what is off is exactly what strict shows', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const seed = parseSchema([{ path: 'schema.prisma', text: readFileSync(join(import.meta.dirname, 'fixtures', 'seed-002.prisma'), 'utf8') }]);
    const def = countAdvisories(runAdvisories(seed, { includeOff: true }));
    const strict = countAdvisories(runAdvisories(seed, { config: { rules: {}, profile: 'strict' } }));
    expect(def.total + def.off).toBe(strict.total);
    expect(def.error + def.warning).toBeLessThanOrEqual(20);
  });

  it('validates profile and categories with clear errors, and keeps the valid parts', () => {
    const { config, errors } = parseAdvisoryConfig('{"profile":"pedantic","categories":{"naming":"on","typos":"on","types":"yes"},"rules":{}}', RULES);
    expect(errors).toEqual([
      '"profile" must be one of default, strict (got "pedantic")',
      'Unknown category "typos" (known: relations, indexes, cascade, integrity, types, naming, extensions, migration-safety)',
      'categories.types: "yes" is not "on" or "off"',
    ]);
    expect(config).toEqual({ rules: {}, categories: { naming: 'on' } });
    expect(parseAdvisoryConfig('{"categories":[]}', RULES).errors).toEqual(['"categories" must be an object of category → "on" or "off"']);
  });

  it('round-trips profile and categories, and rule edits keep them', () => {
    let config = withProfile(emptyConfig(), 'strict');
    config = withCategory(config, 'naming', 'off');
    config = withRuleSeverity(config, 'index-too-many', 'off');
    const text = serializeAdvisoryConfig(config);
    expect(JSON.parse(text)).toEqual({ profile: 'strict', categories: { naming: 'off' }, rules: { 'index-too-many': 'off' } });
    expect(parseAdvisoryConfig(text, RULES)).toEqual({ config, errors: [] });
    expect(withProfile(withCategory(config, 'naming', undefined), 'default')).toEqual({ rules: { 'index-too-many': { severity: 'off' } } });
  });
});
