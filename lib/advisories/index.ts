/** Advisories: rules over a schema Prisma accepts, each with a text span, a diagram target and maybe a fix. */
export type { Advisory, AdvisoryDraft, AdvisoryTarget, Category, Rule, Severity, TextSpan } from './types';
export { CATEGORIES, PROFILES, SEVERITIES, type Profile } from './types';
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
  withRuleOption,
  withProfile,
  withCategory,
  ruleEnabled,
  ruleOnByDefault,
  type AdvisoryConfig,
  type CategorySwitch,
  type RuleSetting,
} from './config';
export { findSuppressions, type Suppression } from './suppress';
export { countAdvisories, type AdvisoryCounts } from './counts';
export { groupAdvisories, groupTitle, fixAll, type AdvisoryGroup, type FixAllResult } from './group';
export { createExtensionStatements, neededExtensions, declaredExtensions, extensionNeeds, pgliteExtensionsForSql, type ExtensionNeed } from './extensions';
