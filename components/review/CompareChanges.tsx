'use client';

import type { SchemaDiff } from '@/lib/review/diff';
import { formatChanges } from '@/lib/review/union-diagram';
import { STATUS_STYLE } from './CompareNode';

const BADGE = { added: 'bg-emerald-600', removed: 'bg-red-500', changed: 'bg-amber-600' } as const;

/** Every changed block with its changed fields; choosing one shows it in the diagram. */
export function CompareChanges({ diff, onShow }: { diff: SchemaDiff; onShow(name: string): void }) {
  return (
    <nav className="h-full overflow-auto p-2 text-xs" aria-label="Changes">
      <h3 className="mb-1 font-semibold uppercase tracking-wide text-slate-600">
        {diff.blocks.length} change{diff.blocks.length === 1 ? '' : 's'}
      </h3>
      {!diff.blocks.length && <p role="status">The two versions have the same models and enums.</p>}
      <ul className="space-y-1">
        {diff.blocks.map((b) => (
          <li key={`${b.kind}:${b.name}`}>
            <button type="button" className="flex w-full items-center gap-1 rounded px-1 py-0.5 text-left hover:bg-slate-100" onClick={() => onShow(b.name)} aria-label={`Show ${b.name}: ${b.change}`}>
              <span className={`rounded px-1 text-[10px] uppercase text-white ${BADGE[b.change]}`}>{b.change}</span>
              <span className="font-mono font-semibold">{b.name}</span>
              <span className="text-slate-500">{b.kind}</span>
            </button>
            {b.change === 'changed' && (
              <ul className="ml-3 font-mono">
                {b.properties.length > 0 && <li className="text-amber-800">{formatChanges(b.properties)}</li>}
                {b.fields.map((f) => (
                  <li key={f.name} className={STATUS_STYLE[f.change].row}>
                    {STATUS_STYLE[f.change].mark} {f.name}
                    {f.properties.length > 0 && <span className="text-amber-800">: {formatChanges(f.properties)}</span>}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
