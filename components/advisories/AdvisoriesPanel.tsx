'use client';

import { useMemo, useState } from 'react';
import { CONFIGURABLE_RULES } from '@/lib/advisories/all-rules';
import { groupAdvisories } from '@/lib/advisories/group';
import { CATEGORIES, PROFILES, SEVERITIES, type Advisory, type Profile, type Severity } from '@/lib/advisories/types';
import { showAdvisory } from '@/lib/commands/reveal';
import { useDesigner, useSession, useView } from '../designer/context';
import { AdvisoryGroupItem } from './AdvisoryGroupItem';
import { AdvisoryItem, SEVERITY_STYLE } from './AdvisoryItem';
import { RuleSettings } from './RuleSettings';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const PAGE = 100;
const byRule = new Map(CONFIGURABLE_RULES.map((r) => [r.id, r]));

/** Every advisory, by category, repeated findings of a rule grouped (with Fix all), filterable; Prisma's own errors first. */
export function AdvisoriesPanel() {
  const session = useSession();
  const open = useView((s) => s.advisories);
  const run = useDesigner((s) => s.advisories);
  const stale = useDesigner((s) => s.advisoriesStale);
  const diagnostics = useDesigner((s) => s.diagnostics);
  const prismaErrors = useMemo(() => diagnostics.filter((d) => d.severity === 'error'), [diagnostics]);
  const query = useView((s) => s.advisoriesQuery);
  const setQuery = (advisoriesQuery: string) => session.view.setState({ advisoriesQuery });
  const [hidden, setHidden] = useState<Set<Severity>>(new Set());
  const [showSuppressed, setShowSuppressed] = useState(false);
  const [limit, setLimit] = useState(PAGE);
  const profile = useDesigner((s) => s.advisoryConfig.profile ?? 'default');

  const matches = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return (a: Advisory) => !hidden.has(a.severity) && words.every((w) => `${a.rule} ${a.message} ${a.category}`.toLowerCase().includes(w));
  }, [query, hidden]);
  const visible = useMemo(() => run.advisories.filter(matches), [run, matches]);
  const counts = useMemo(() => Object.fromEntries(SEVERITIES.map((s) => [s, run.advisories.filter((a) => a.severity === s).length])) as Record<Severity, number>, [run]);
  if (!open) return null;

  const fix = (a: Advisory) => void session.run('fix-advisory', { key: a.key });
  const fixAll = (rule: string) =>
    void session.run('fix-all-advisories', { rule }).then((outcome) => {
      if (!outcome.ok) session.notify('error', outcome.reason);
    });
  let shown = 0;
  return (
    <aside className="flex w-96 shrink-0 flex-col border-l border-slate-200 bg-slate-50" aria-label="Advisories" data-testid="advisories-panel">
      <header className="flex items-center gap-2 border-b border-slate-200 px-3 py-2">
        <h2 className="text-sm font-semibold text-slate-800">Advisories</h2>
        <span className="text-xs text-slate-500">
          {run.advisories.length} · {run.suppressed.length} suppressed
        </span>
        <button type="button" className="ml-auto rounded px-2 text-slate-600 hover:bg-slate-200" aria-label="Close advisories" onClick={() => session.view.setState({ advisories: false })}>
          ×
        </button>
      </header>
      {prismaErrors.length > 0 && (
        <section className="border-b border-red-200 bg-red-50 px-3 py-2 text-xs text-red-900" aria-label="Prisma errors">
          <p className="font-medium">
            Prisma reports {prismaErrors.length} error{prismaErrors.length === 1 ? '' : 's'}; advisories run again once the schema is valid.
          </p>
          <ul className="mt-1 space-y-1">
            {prismaErrors.slice(0, 5).map((d, i) => (
              <li key={i}>
                <button type="button" className="text-left underline" onClick={() => session.port('editor')?.reveal(d.path, d.start, d.end)}>
                  {d.message.split('\n')[0]}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="flex items-center gap-2 border-b border-slate-200 px-3 py-1.5 text-xs text-slate-700">
        <label htmlFor="advisory-profile">Profile</label>
        <select
          id="advisory-profile"
          className="rounded border border-slate-300 bg-white px-1 py-0.5"
          value={profile}
          onChange={(e) => void session.run('set-advisory-profile', { profile: e.currentTarget.value as Profile })}
        >
          {PROFILES.map((p) => (
            <option key={p} value={p}>
              {p === 'default' ? 'Default: real defects' : 'Strict: adds policy and style rules'}
            </option>
          ))}
        </select>
      </div>
      {stale && <p className="border-b border-amber-200 bg-amber-50 px-3 py-1 text-xs text-amber-900" data-testid="advisories-stale">Showing results for the last valid schema.</p>}
      <div className="flex flex-wrap items-center gap-1 border-b border-slate-200 px-3 py-2">
        <input
          type="search"
          className="min-w-0 flex-1 rounded border border-slate-300 px-2 py-0.5 text-xs"
          placeholder="Filter by text, model or rule"
          aria-label="Filter advisories"
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
        />
        {SEVERITIES.map((s) => (
          <button
            key={s}
            type="button"
            aria-pressed={!hidden.has(s)}
            className={`rounded border px-1.5 py-0.5 text-[11px] ${hidden.has(s) ? 'border-slate-300 bg-white text-slate-400 line-through' : SEVERITY_STYLE[s]}`}
            onClick={() => setHidden((h) => (h.has(s) ? new Set([...h].filter((x) => x !== s)) : new Set([...h, s])))}
          >
            {s} {counts[s]}
          </button>
        ))}
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto px-3 py-2">
        {run.advisories.length === 0 && !stale && <p className="text-xs text-slate-600">No advisories. The schema follows every enabled rule.</p>}
        {CATEGORIES.map((category) => {
          const items = visible.filter((a) => a.category === category).sort((a, b) => RANK[a.severity] - RANK[b.severity]);
          if (!items.length) return null;
          const page = items.slice(0, Math.max(0, limit - shown));
          shown += page.length;
          return (
            <section key={category} className="mb-3" aria-label={`${category} advisories`}>
              <h3 className="mb-1 text-xs font-semibold capitalize text-slate-700">
                {category} <span className="font-normal text-slate-500">({items.length})</span>
              </h3>
              <ul className="space-y-1">
                {groupAdvisories(page).map((g) =>
                  g.items.length === 1 ? (
                    <AdvisoryItem key={g.items[0].key} advisory={g.items[0]} rule={byRule.get(g.rule)} onShow={() => showAdvisory(session, g.items[0])} onFix={stale ? undefined : () => fix(g.items[0])} />
                  ) : (
                    <AdvisoryGroupItem
                      key={g.key}
                      group={g}
                      rule={byRule.get(g.rule)}
                      onShow={(a) => showAdvisory(session, a)}
                      onFix={stale ? undefined : fix}
                      onFixAll={stale || category === 'migration-safety' ? undefined : () => fixAll(g.rule)}
                    />
                  ),
                )}
              </ul>
            </section>
          );
        })}
        {visible.length > limit && (
          <button type="button" className="w-full rounded border border-slate-300 py-1 text-xs hover:bg-slate-100" onClick={() => setLimit((l) => l + PAGE * 5)}>
            Show more ({visible.length - limit} not shown)
          </button>
        )}
        {run.suppressed.length > 0 && (
          <div className="mt-2">
            <button type="button" className="text-xs text-slate-600 underline" aria-expanded={showSuppressed} onClick={() => setShowSuppressed((v) => !v)}>
              {run.suppressed.length} suppressed by canvas-ignore
            </button>
            {showSuppressed && (
              <ul className="mt-1 space-y-1">
                {run.suppressed.slice(0, PAGE).map((a) => (
                  <AdvisoryItem key={a.key} advisory={a} rule={byRule.get(a.rule)} suppressed onShow={() => showAdvisory(session, a)} />
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
      <RuleSettings />
    </aside>
  );
}
