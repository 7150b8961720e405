'use client';

import { RULES } from '@/lib/advisories/registry';
import { withRuleSeverity } from '@/lib/advisories/config';
import { CATEGORIES, SEVERITIES, type Severity } from '@/lib/advisories/types';
import { useDesigner, useServices } from '../designer/context';

/** The project's rule settings (schema-canvas.json): each rule on/off or at another severity, and the file itself. */
export function RuleSettings() {
  const services = useServices();
  const config = useDesigner((s) => s.advisoryConfig);
  const set = (id: string, value: string) => {
    const s = services.store.getState();
    s.setAdvisoryConfig(withRuleSeverity(s.advisoryConfig, id, value === '' ? undefined : (value as Severity | 'off')));
  };
  return (
    <details className="border-t border-slate-200 px-3 py-2 text-xs">
      <summary className="cursor-pointer font-medium text-slate-700">Rules and schema-canvas.json</summary>
      <div className="mt-2 flex gap-2">
        <button type="button" className="rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100" onClick={() => void services.run('download-advisory-config')}>
          Download schema-canvas.json
        </button>
        <button type="button" className="rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100" onClick={() => void services.run('load-advisory-config')}>
          Load config…
        </button>
      </div>
      {CATEGORIES.map((category) => (
        <fieldset key={category} className="mt-2">
          <legend className="font-semibold capitalize text-slate-600">{category}</legend>
          {RULES.filter((r) => r.category === category).map((rule) => (
            <label key={rule.id} className="mt-1 flex items-center gap-2" title={rule.why}>
              <span className="min-w-0 flex-1 truncate font-mono">{rule.id}</span>
              <select
                className="rounded border border-slate-300 px-1 py-0.5"
                aria-label={`Severity of ${rule.id}`}
                value={config.rules[rule.id]?.severity ?? ''}
                onChange={(e) => set(rule.id, e.currentTarget.value)}
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
          ))}
        </fieldset>
      ))}
    </details>
  );
}
