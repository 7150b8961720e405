import type { Category, Profile, Rule, RuleOptions, Severity } from './types';
import { CATEGORIES, PROFILES, SEVERITIES } from './types';

/** What the config needs of a rule (schema rules and migration-safety rules alike). */
export type ConfigurableRule = Pick<Rule, 'id' | 'options'>;

/**
 * The project's advisory settings: a small JSON file (`schema-canvas.json`) a team commits next to
 * its schema, also editable in the designer.
 *
 * ```json
 * { "profile": "default",
 *   "categories": { "naming": "on" },
 *   "rules": { "index-too-many": "off", "cascade-ondelete-implicit": "info",
 *              "cascade-blast-radius": { "severity": "warning", "options": { "warnTables": 10 } } } }
 * ```
 *
 * Which rules run, most specific first: a rule's own setting (`"off"` or a severity turns it off or
 * on), then its category switch (`"on"`/`"off"`), then the profile (`default`: the rules that find
 * defects; `strict`: those plus the policy and style rules).
 */
export interface AdvisoryConfig {
  rules: Record<string, RuleSetting>;
  /** Absent means `default`. */
  profile?: Profile;
  /** Per-category switches over the profile. */
  categories?: Partial<Record<Category, CategorySwitch>>;
}

export type CategorySwitch = 'on' | 'off';

export interface RuleSetting {
  /** `off` turns the rule off; a severity replaces the rule's (and its cases') own. */
  severity?: Severity | 'off';
  options?: RuleOptions;
}

export const CONFIG_FILE_NAME = 'schema-canvas.json';

export function emptyConfig(): AdvisoryConfig {
  return { rules: {} };
}

export interface ParsedConfig {
  config: AdvisoryConfig;
  /** What was wrong, one line each; the valid parts still apply. */
  errors: string[];
}

/** Reads a config file's text. Unknown rules, bad severities and mistyped options are reported and skipped. */
export function parseAdvisoryConfig(text: string, rules: readonly ConfigurableRule[]): ParsedConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { config: emptyConfig(), errors: [`${CONFIG_FILE_NAME} is not valid JSON: ${(e as Error).message}`] };
  }
  return validateAdvisoryConfig(raw, rules);
}

export function validateAdvisoryConfig(raw: unknown, rules: readonly ConfigurableRule[]): ParsedConfig {
  const errors: string[] = [];
  const config = emptyConfig();
  if (!isObject(raw)) return { config, errors: ['The advisory config must be a JSON object with a "rules" object'] };
  for (const key of Object.keys(raw)) if (!TOP_KEYS.includes(key)) errors.push(`Unknown key "${key}" (expected "profile", "categories" or "rules")`);
  if (raw.profile !== undefined) {
    if (typeof raw.profile === 'string' && (PROFILES as readonly string[]).includes(raw.profile)) config.profile = raw.profile as Profile;
    else errors.push(`"profile" must be one of ${PROFILES.join(', ')} (got ${JSON.stringify(raw.profile)})`);
  }
  if (raw.categories !== undefined) {
    if (!isObject(raw.categories)) errors.push('"categories" must be an object of category → "on" or "off"');
    else {
      const categories: Partial<Record<Category, CategorySwitch>> = {};
      for (const [name, value] of Object.entries(raw.categories)) {
        if (!(CATEGORIES as readonly string[]).includes(name)) errors.push(`Unknown category "${name}" (known: ${CATEGORIES.join(', ')})`);
        else if (value !== 'on' && value !== 'off') errors.push(`categories.${name}: ${JSON.stringify(value)} is not "on" or "off"`);
        else categories[name as Category] = value;
      }
      if (Object.keys(categories).length) config.categories = categories;
    }
  }
  if (raw.rules === undefined) return { config, errors };
  if (!isObject(raw.rules)) return { config, errors: [...errors, '"rules" must be an object of rule id → setting'] };
  const byId = new Map(rules.map((r) => [r.id, r]));
  for (const [id, value] of Object.entries(raw.rules)) {
    const rule = byId.get(id);
    if (!rule) {
      errors.push(`Unknown rule "${id}"`);
      continue;
    }
    if (typeof value === 'string') {
      if (isSeverityOrOff(value)) config.rules[id] = { severity: value };
      else errors.push(`${id}: "${value}" is not one of off, error, warning, info`);
      continue;
    }
    if (!isObject(value)) {
      errors.push(`${id}: expected "off", a severity, or { "severity", "options" }`);
      continue;
    }
    const setting: RuleSetting = {};
    if (value.severity !== undefined) {
      if (typeof value.severity === 'string' && isSeverityOrOff(value.severity)) setting.severity = value.severity;
      else errors.push(`${id}: severity must be one of off, error, warning, info`);
    }
    if (value.options !== undefined) {
      const options = checkOptions(rule, value.options, errors);
      if (options) setting.options = options;
    }
    config.rules[id] = setting;
  }
  return { config, errors };
}

function checkOptions(rule: ConfigurableRule, value: unknown, errors: string[]): RuleOptions | null {
  if (!isObject(value)) {
    errors.push(`${rule.id}: options must be an object`);
    return null;
  }
  const out: RuleOptions = {};
  const defaults = rule.options ?? {};
  for (const [name, v] of Object.entries(value)) {
    if (!(name in defaults)) {
      errors.push(`${rule.id}: unknown option "${name}"${Object.keys(defaults).length ? ` (known: ${Object.keys(defaults).join(', ')})` : ' (the rule has none)'}`);
      continue;
    }
    const d = defaults[name];
    const ok = Array.isArray(d) ? Array.isArray(v) && v.every((x) => typeof x === 'string') : typeof v === typeof d;
    if (!ok) errors.push(`${rule.id}: option "${name}" must be ${Array.isArray(d) ? 'a list of strings' : `a ${typeof d}`}`);
    else out[name] = v as RuleOptions[string];
  }
  return out;
}

/** The rule's options with the config's overrides. */
export function ruleOptions(rule: Rule, config: AdvisoryConfig): RuleOptions {
  return { ...(rule.options ?? {}), ...(config.rules[rule.id]?.options ?? {}) };
}

const TOP_KEYS = ['rules', 'profile', 'categories', '$schema'];

/** Whether a rule runs under the config: its own setting, else its category switch, else the profile. */
export function ruleEnabled(rule: Pick<Rule, 'id' | 'category' | 'profile'>, config: AdvisoryConfig): boolean {
  const own = config.rules[rule.id]?.severity;
  if (own) return own !== 'off';
  const category = config.categories?.[rule.category];
  if (category) return category === 'on';
  return rule.profile !== 'strict' || config.profile === 'strict';
}

/** Whether the rule runs with no config at all (what "on by default" means in counts and docs). */
export function ruleOnByDefault(rule: Pick<Rule, 'profile'>): boolean {
  return rule.profile !== 'strict';
}

/** The config as a team would commit it: stable key order, two-space indent, a final newline. */
export function serializeAdvisoryConfig(config: AdvisoryConfig): string {
  const rules: Record<string, unknown> = {};
  for (const id of Object.keys(config.rules).sort()) {
    const s = config.rules[id];
    if (s.severity && !s.options) rules[id] = s.severity;
    else if (s.severity || s.options) rules[id] = s;
  }
  const categories = Object.fromEntries(Object.entries(config.categories ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)));
  return (
    JSON.stringify({ ...(config.profile ? { profile: config.profile } : {}), ...(Object.keys(categories).length ? { categories } : {}), rules }, null, 2) + '\n'
  );
}

/** A copy with one rule's severity set (`undefined` restores the rule's own). */
export function withRuleSeverity(config: AdvisoryConfig, id: string, severity: Severity | 'off' | undefined): AdvisoryConfig {
  const { severity: _old, ...rest } = config.rules[id] ?? {};
  const setting: RuleSetting = severity ? { ...rest, severity } : rest;
  const rules = { ...config.rules };
  if (setting.severity || setting.options) rules[id] = setting;
  else delete rules[id];
  return { ...config, rules };
}

/** A copy with another profile (`default` is written as no key). */
export function withProfile(config: AdvisoryConfig, profile: Profile): AdvisoryConfig {
  const { profile: _old, ...rest } = config;
  return profile === 'default' ? rest : { ...rest, profile };
}

/** A copy with one category switched on or off (`undefined` leaves it to the profile). */
export function withCategory(config: AdvisoryConfig, category: Category, value: CategorySwitch | undefined): AdvisoryConfig {
  const categories = { ...(config.categories ?? {}) };
  if (value) categories[category] = value;
  else delete categories[category];
  const { categories: _old, ...rest } = config;
  return Object.keys(categories).length ? { ...rest, categories } : rest;
}

/** A copy with one rule option set (`undefined` restores the rule's default). */
export function withRuleOption(config: AdvisoryConfig, id: string, name: string, value: RuleOptions[string] | undefined): AdvisoryConfig {
  const current = config.rules[id] ?? {};
  const options = { ...(current.options ?? {}) };
  if (value === undefined) delete options[name];
  else options[name] = value;
  const setting: RuleSetting = { ...(current.severity ? { severity: current.severity } : {}), ...(Object.keys(options).length ? { options } : {}) };
  const rules = { ...config.rules };
  if (setting.severity || setting.options) rules[id] = setting;
  else delete rules[id];
  return { ...config, rules };
}

function isSeverityOrOff(v: string): v is Severity | 'off' {
  return v === 'off' || (SEVERITIES as readonly string[]).includes(v);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
