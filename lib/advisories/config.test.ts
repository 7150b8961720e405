import { describe, expect, it } from 'vitest';
import { parseSchema } from '../schema/document';
import { parseAdvisoryConfig, serializeAdvisoryConfig, withRuleOption, withRuleSeverity, emptyConfig } from './config';
import { runAdvisories } from './run';
import type { Rule } from './types';
import { pg } from '../../test-support/advisories';

const rule: Rule = {
  id: 'test-many-fields',
  category: 'integrity',
  severity: 'info',
  title: 'Many fields',
  why: 'Testing.',
  postgresOnly: false,
  options: { max: 2, names: ['x'] },
  check: (ctx, options) =>
    ctx.models.filter((m) => m.fields.length > Number(options.max)).map((m) => ({ message: `${m.name} has ${m.fields.length} fields`, span: ctx.modelSpan(m), target: { kind: 'model' as const, model: m.name } })),
};

const files = pg(`
model A {
  id Int @id
  b  Int
  c  Int
}
`);

describe('advisory config', () => {
  it('turns rules off, overrides severity and options', () => {
    const run = (text: string) => runAdvisories(parseSchema(files), { rules: [rule], config: parseAdvisoryConfig(text, [rule]).config }).advisories;
    expect(run('{}').map((a) => a.severity)).toEqual(['info']);
    expect(run('{"rules":{"test-many-fields":"off"}}')).toEqual([]);
    expect(run('{"rules":{"test-many-fields":"error"}}').map((a) => a.severity)).toEqual(['error']);
    expect(run('{"rules":{"test-many-fields":{"options":{"max":3}}}}')).toEqual([]);
  });

  it('reports what is wrong and keeps the valid parts', () => {
    const { config, errors } = parseAdvisoryConfig(
      '{"rules":{"nope":"off","test-many-fields":{"severity":"loud","options":{"max":"3","names":[1],"other":1}}},"extra":1}',
      [rule],
    );
    expect(errors).toEqual([
      'Unknown key "extra" (expected "profile", "categories" or "rules")',
      'Unknown rule "nope"',
      'test-many-fields: severity must be one of off, error, warning, info',
      'test-many-fields: option "max" must be a number',
      'test-many-fields: option "names" must be a list of strings',
      'test-many-fields: unknown option "other" (known: max, names)',
    ]);
    expect(config.rules['test-many-fields']).toEqual({ options: {} });
    expect(parseAdvisoryConfig('{ nope', [rule]).errors[0]).toMatch(/^schema-canvas.json is not valid JSON/);
  });

  it('serializes with stable key order and round-trips', () => {
    let config = withRuleSeverity(emptyConfig(), 'test-many-fields', 'warning');
    config = withRuleSeverity(config, 'zz', 'off');
    const text = serializeAdvisoryConfig(config);
    expect(text).toBe('{\n  "rules": {\n    "test-many-fields": "warning",\n    "zz": "off"\n  }\n}\n');
    expect(withRuleSeverity(config, 'zz', undefined).rules).toEqual({ 'test-many-fields': { severity: 'warning' } });
  });

  it('sets and clears rule options next to the severity', () => {
    let config = withRuleSeverity(emptyConfig(), 'test-many-fields', 'warning');
    config = withRuleOption(config, 'test-many-fields', 'max', 5);
    expect(config.rules['test-many-fields']).toEqual({ severity: 'warning', options: { max: 5 } });
    expect(serializeAdvisoryConfig(config)).toContain('"options": {\n        "max": 5');
    config = withRuleOption(config, 'test-many-fields', 'max', undefined);
    expect(config.rules['test-many-fields']).toEqual({ severity: 'warning' });
    expect(withRuleOption(emptyConfig(), 'test-many-fields', 'max', undefined).rules).toEqual({});
  });
});
