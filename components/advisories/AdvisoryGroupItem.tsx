'use client';

import type { AdvisoryGroup } from '@/lib/advisories/group';
import type { Advisory } from '@/lib/advisories/types';
import { AdvisoryItem, SEVERITY_STYLE } from './AdvisoryItem';

/**
 * Repeated findings of one rule, as one line ("16 DateTime columns without time zone") with "Fix all"
 * (one undo step) and the items underneath. A group of three or fewer starts open.
 */
export function AdvisoryGroupItem({
  group,
  rule,
  onShow,
  onFix,
  onFixAll,
}: {
  group: AdvisoryGroup;
  rule: { why: string } | undefined;
  onShow(a: Advisory): void;
  onFix?: (a: Advisory) => void;
  onFixAll?: () => void;
}) {
  return (
    <li className="rounded border border-slate-200 bg-white text-xs" data-testid="advisory-group" data-rule={group.rule}>
      <details open={group.items.length <= 3}>
        <summary className="flex cursor-pointer items-start gap-2 px-2 py-1.5">
          <span className={`mt-0.5 shrink-0 rounded border px-1 text-[10px] font-semibold uppercase ${SEVERITY_STYLE[group.severity]}`}>{group.severity}</span>
          <span className="min-w-0 flex-1">
            <span className="text-slate-900">{group.title}</span>
            {rule && <span className="mt-0.5 block text-slate-500">{rule.why}</span>}
            <span className="mt-0.5 block font-mono text-[10px] text-slate-500">
              {group.rule} · {group.items.length}
            </span>
          </span>
        </summary>
        {onFixAll && group.fixable > 1 && (
          <div className="flex justify-end px-2 pb-1">
            <button type="button" className="rounded border border-emerald-400 bg-emerald-50 px-2 py-0.5 text-emerald-900 hover:bg-emerald-100" onClick={onFixAll} aria-label={`Fix all ${group.fixable}: ${group.title}`}>
              Fix all ({group.fixable})
            </button>
          </div>
        )}
        <ul className="space-y-1 px-2 pb-2">
          {group.items.map((a) => (
            <AdvisoryItem key={a.key} advisory={a} rule={undefined} onShow={() => onShow(a)} onFix={onFix ? () => onFix(a) : undefined} />
          ))}
        </ul>
      </details>
    </li>
  );
}
