import { parseSchema, type SchemaFile } from '../../../schema/document';
import { baselineOf, type Baseline } from '../../context';
import { runAdvisories } from '../../run';
import { expectValid } from '../../../../test-support/advisories';
import type { Advisory, Rule } from '../../types';

/**
 * Like `check`, with a baseline: `deployed` is the schema as it was last deployed (its models and
 * fields count as deployed, everything else as new). Without it, every model and field is new.
 */
export function checkAgainst(rule: Rule, files: SchemaFile[], deployed: SchemaFile[] | null = null): Advisory[] {
  expectValid(files);
  const baseline: Baseline = deployed ? baselineOf(parseSchema(deployed).model) : { models: new Set(), fields: new Set() };
  return runAdvisories(parseSchema(files), { rules: [rule], baseline, config: { rules: {}, profile: 'strict' } }).advisories;
}
