/** Advisories: rules over a schema Prisma accepts, each with a text span, a diagram target and maybe a fix. */
export type { Advisory, AdvisoryDraft, AdvisoryTarget, Category, Rule, Severity, TextSpan } from './types';
export { CATEGORIES, SEVERITIES } from './types';
export { RULES } from './registry';
export { runAdvisories, fixAdvisory, ruleById, type AdvisoryRun, type RunOptions } from './run';
export { AdvisoryContext, baselineOf, type Baseline } from './context';
export { CascadeGraph, describeDeleteImpact, edgeLabel, type DeleteEdge, type DeleteImpact } from './cascade-graph';
export {
  CONFIG_FILE_NAME,
  emptyConfig,
  parseAdvisoryConfig,
  serializeAdvisoryConfig,
  validateAdvisoryConfig,
  withRuleSeverity,
  type AdvisoryConfig,
  type RuleSetting,
} from './config';
export { findSuppressions, type Suppression } from './suppress';
