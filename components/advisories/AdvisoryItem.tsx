'use client';

import type { Advisory } from '@/lib/advisories/types';

export const SEVERITY_STYLE = {
  error: 'border-red-300 bg-red-50 text-red-800',
  warning: 'border-amber-300 bg-amber-50 text-amber-900',
  info: 'border-sky-300 bg-sky-50 text-sky-900',
} as const;

/** One advisory: what, why, and the way to it (Show) and out of it (Fix). User text is rendered as text. */
export function AdvisoryItem({ advisory, rule, suppressed, onShow, onFix }: { advisory: Advisory; rule: { why: string } | undefined; suppressed?: boolean; onShow(): void; onFix?: () => void }) {
  return (
    <li className={`rounded border px-2 py-1.5 text-xs ${suppressed ? 'border-slate-200 bg-white opacity-70' : 'border-slate-200 bg-white'}`} data-testid="advisory" data-rule={advisory.rule}>
      <div className="flex items-start gap-2">
        <span className={`mt-0.5 shrink-0 rounded border px-1 text-[10px] font-semibold uppercase ${SEVERITY_STYLE[advisory.severity]}`}>{advisory.severity}</span>
        <div className="min-w-0 flex-1">
          <p className="text-slate-900">{advisory.message}</p>
          {advisory.prismaMessage && <p className="mt-0.5 text-slate-600">Prisma: {advisory.prismaMessage}</p>}
          {rule && <p className="mt-0.5 text-slate-500">{rule.why}</p>}
          <p className="mt-0.5 font-mono text-[10px] text-slate-500">
            {advisory.rule}
            {suppressed ? ' · suppressed by canvas-ignore' : ''}
          </p>
        </div>
      </div>
      <div className="mt-1 flex flex-wrap justify-end gap-1">
        <button type="button" className="rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100" onClick={onShow} aria-label={`Show: ${advisory.message}`}>
          Show
        </button>
        {onFix && advisory.fixLabel && (
          <button type="button" className="rounded border border-emerald-400 bg-emerald-50 px-2 py-0.5 text-emerald-900 hover:bg-emerald-100" onClick={onFix} title={advisory.fixLabel} aria-label={`Fix: ${advisory.fixLabel}`}>
            Fix: {advisory.fixLabel}
          </button>
        )}
      </div>
    </li>
  );
}
