'use client';

import { useDesigner, useSession } from './context';

/** One tab per file of a multi-file schema. */
export function FileTabs() {
  const session = useSession();
  const files = useDesigner((s) => s.files.map((f) => f.path).join('\n'));
  const active = useDesigner((s) => s.activeFile);
  const errorsByFile = useDesigner((s) => {
    const counts: Record<string, number> = {};
    for (const d of s.diagnostics) if (d.severity === 'error') counts[d.path] = (counts[d.path] ?? 0) + 1;
    return JSON.stringify(counts);
  });
  const paths = files.split('\n');
  const errors = JSON.parse(errorsByFile) as Record<string, number>;
  return (
    <div role="tablist" aria-label="Schema files" className="flex shrink-0 overflow-x-auto border-b border-slate-200 bg-slate-50 text-xs">
      {paths.map((p) => (
        <button
          key={p}
          type="button"
          role="tab"
          aria-selected={p === active}
          className={`flex items-center gap-1 whitespace-nowrap border-r border-slate-200 px-3 py-1.5 font-mono ${p === active ? 'bg-white text-slate-900' : 'text-slate-500 hover:bg-slate-100'}`}
          onClick={() => session.store.getState().setActiveFile(p)}
        >
          {p}
          {errors[p] ? <span className="rounded-full bg-red-600 px-1.5 text-[10px] text-white" aria-label={`${errors[p]} errors`}>{errors[p]}</span> : null}
        </button>
      ))}
    </div>
  );
}
