'use client';

import { CONFIGURABLE_RULES } from '@/lib/advisories/all-rules';
import { withCategory, withRuleOption, withRuleSeverity } from '@/lib/advisories/config';
import { CATEGORIES, SEVERITIES, type RuleOptions, type Severity } from '@/lib/advisories/types';
import { useDesigner, useSession } from '../designer/context';

/** The project's rule settings (schema-canvas.json): each rule on/off, at another severity, with its thresholds. */
export function RuleSettings() {
  const session = useSession();
  const config = useDesigner((s) => s.advisoryConfig);
  const update = (change: (c: typeof config) => typeof config) => {
    const s = session.store.getState();
    s.setAdvisoryConfig(change(s.advisoryConfig));
  };
  return (
    <details className="max-h-[45%] overflow-y-auto border-t border-slate-200 px-3 py-2 text-xs">
      <summary className="cursor-pointer font-medium text-slate-700">Rules and schema-canvas.json</summary>
      <div className="mt-2 flex gap-2">
        <button type="button" className="rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100" onClick={() => void session.run('download-advisory-config')}>
          Download schema-canvas.json
        </button>
        <button type="button" className="rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100" onClick={() => void session.run('load-advisory-config')}>
          Load config…
        </button>
      </div>
      {CATEGORIES.map((category) => (
        <fieldset key={category} className="mt-2">
          <legend className="flex w-full items-center gap-2 font-semibold capitalize text-slate-600">
            {category}
            {/* The category's rules: as the profile says, or all on, or all off (schema-canvas.json "categories"). */}
            <select
              className="ml-auto rounded border border-slate-300 px-1 py-0.5 font-normal normal-case"
              aria-label={`Rules of the ${category} category`}
              value={config.categories?.[category] ?? ''}
              onChange={(e) => {
                const value = e.currentTarget.value;
                update((c) => withCategory(c, category, value === 'on' || value === 'off' ? value : undefined));
              }}
            >
              <option value="">as the profile</option>
              <option value="on">all on</option>
              <option value="off">all off</option>
            </select>
          </legend>
          {CONFIGURABLE_RULES.filter((r) => r.category === category).map((rule) => (
            <div key={rule.id} className="mt-1">
              <label className="flex items-center gap-2" title={rule.why}>
                <span className="min-w-0 flex-1 truncate font-mono">{rule.id}</span>
                <select
                  className="rounded border border-slate-300 px-1 py-0.5"
                  aria-label={`Severity of ${rule.id}`}
                  value={config.rules[rule.id]?.severity ?? ''}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    update((c) => withRuleSeverity(c, rule.id, value === '' ? undefined : (value as Severity | 'off')));
                  }}
                >
                  <option value="">default ({rule.severity})</option>
                  <option value="off">off</option>
                  {SEVERITIES.map((s) => (
                    <option key={s} value={s}>
                      {s}
                    </option>
                  ))}
                </select>
              </label>
              <RuleOptionInputs rule={rule} values={config.rules[rule.id]?.options ?? {}} onChange={(name, value) => update((c) => withRuleOption(c, rule.id, name, value))} />
            </div>
          ))}
        </fieldset>
      ))}
    </details>
  );
}

/** One input per option (thresholds, name lists, policies); empty restores the rule's default. */
function RuleOptionInputs({ rule, values, onChange }: { rule: { id: string; options?: RuleOptions }; values: RuleOptions; onChange(name: string, value: RuleOptions[string] | undefined): void }) {
  const options = Object.entries(rule.options ?? {});
  if (!options.length) return null;
  return (
    <div className="ml-3 mt-0.5 flex flex-wrap gap-x-3 gap-y-0.5 text-slate-600">
      {options.map(([name, fallback]) => {
        const label = `${rule.id} option ${name}`;
        const value = values[name];
        if (typeof fallback === 'boolean') {
          return (
            <label key={name} className="flex items-center gap-1">
              <input type="checkbox" aria-label={label} checked={(value ?? fallback) as boolean} onChange={(e) => onChange(name, e.currentTarget.checked === fallback ? undefined : e.currentTarget.checked)} />
              {name}
            </label>
          );
        }
        const text = value === undefined ? '' : Array.isArray(value) ? value.join(', ') : String(value);
        const placeholder = Array.isArray(fallback) ? fallback.join(', ') || '(none)' : String(fallback);
        return (
          // Keyed by the value, so a loaded config shows in the (uncontrolled) input.
          <label key={`${name}:${text}`} className="flex items-center gap-1">
            {name}
            <input
              type={typeof fallback === 'number' ? 'number' : 'text'}
              className="w-24 rounded border border-slate-300 px-1"
              aria-label={label}
              placeholder={placeholder}
              defaultValue={text}
              onBlur={(e) => {
                const raw = e.currentTarget.value.trim();
                if (!raw) return onChange(name, undefined);
                if (typeof fallback === 'number') {
                  const n = Number(raw);
                  if (Number.isFinite(n)) onChange(name, n);
                } else if (Array.isArray(fallback)) onChange(name, raw.split(',').map((x) => x.trim()).filter(Boolean));
                else onChange(name, raw);
              }}
            />
          </label>
        );
      })}
    </div>
  );
}
