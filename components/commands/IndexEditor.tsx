'use client';

import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { formatIndexFields, INDEX_TYPES, listIndexes, type ListedIndex } from '@/lib/ops';
import { useDesigner, useSession, useView } from '../designer/context';

const inputClass = 'w-full rounded border border-slate-300 px-1.5 py-0.5 font-mono text-xs focus:border-blue-500 focus:outline-none';

interface Draft {
  fields: string;
  kind: 'index' | 'unique';
  type: string;
  map: string;
}

function draftOf(ix: ListedIndex): Draft {
  return { fields: formatIndexFields(ix.fields), kind: ix.kind === 'unique' ? 'unique' : 'index', type: ix.type ?? '', map: ix.map ?? '' };
}

/** Lists a model's keys and indexes; `@@index`/`@@unique` lines can be edited, removed and added. */
export function IndexEditor() {
  const session = useSession();
  const model = useView((s) => s.indexEditor);
  const parsed = useDesigner((s) => s.parsed);
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const listed = useMemo(() => (model ? listIndexes(parsed, model) : []), [parsed, model]);

  useEffect(() => {
    if (model) ref.current?.querySelector<HTMLElement>('input, select, button')?.focus();
  }, [model]);

  if (!model) return null;
  const close = () => {
    session.view.setState({ indexEditor: null });
    setError(null);
  };
  const run = async (id: 'add-index' | 'update-index' | 'remove-index', args: Record<string, string>) => {
    const outcome = await session.run(id, { model, ...args });
    setError(outcome.ok ? null : outcome.reason);
    return outcome.ok;
  };

  return (
    <div className="fixed inset-0 z-50 flex items-start justify-center bg-slate-900/20 pt-20" onMouseDown={(e) => e.target === e.currentTarget && close()}>
      <div
        ref={ref}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className="max-h-[75vh] w-[640px] overflow-auto rounded-lg border border-slate-200 bg-white p-4 shadow-xl"
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            close();
          }
        }}
      >
        <h2 id={titleId} className="mb-3 text-base font-semibold">
          Indexes of {model}
        </h2>
        <ul className="space-y-2" aria-label={`Keys and indexes of ${model}`}>
          {listed.map((ix) => (
            <li key={`${ix.range.path}:${ix.range.start}`} className="rounded border border-slate-200 p-2">
              {ix.position === null ? (
                <p className="font-mono text-xs text-slate-600">
                  {ix.text} <span className="font-sans text-slate-400">({ix.kind === 'id' ? 'primary key' : 'on the field'}; use Set primary key or Toggle unique)</span>
                </p>
              ) : (
                <IndexRow key={ix.text} index={ix} onSave={(d) => run('update-index', { index: String(ix.position), ...d })} onRemove={() => void run('remove-index', { index: String(ix.position) })} />
              )}
            </li>
          ))}
          {!listed.length && <li className="text-sm text-slate-500">No keys or indexes yet.</li>}
        </ul>
        <h3 className="mb-1 mt-4 text-sm font-semibold">Add an index</h3>
        <IndexRow key={listed.length} onSave={(d) => run('add-index', { ...d })} />
        {error && (
          <p role="alert" className="mt-3 rounded border border-red-200 bg-red-50 px-2 py-1 text-sm text-red-800">
            {error}
          </p>
        )}
        <div className="mt-4 flex justify-end">
          <button type="button" className="rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50" onClick={close}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}

function IndexRow({ index, onSave, onRemove }: { index?: ListedIndex; onSave(d: Draft): Promise<boolean>; onRemove?(): void }) {
  const [draft, setDraft] = useState<Draft>(index ? draftOf(index) : { fields: '', kind: 'index', type: '', map: '' });
  const id = useId();
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  return (
    <form
      className="grid grid-cols-[1fr_90px_100px_120px_auto] items-end gap-2 text-xs"
      aria-label={index ? `Index ${index.text}` : 'New index'}
      onSubmit={async (e) => {
        e.preventDefault();
        const ok = await onSave(draft);
        if (ok && !index) setDraft({ fields: '', kind: 'index', type: '', map: '' });
      }}
    >
      <input id={`${id}-fields`} className={inputClass} value={draft.fields} placeholder="a, b(sort: Desc)" onChange={(e) => set({ fields: e.target.value })} aria-label="Fields" />
      <select className={inputClass} value={draft.kind} onChange={(e) => set({ kind: e.target.value as Draft['kind'] })} aria-label="Kind">
        <option value="index">index</option>
        <option value="unique">unique</option>
      </select>
      <select className={inputClass} value={draft.type} onChange={(e) => set({ type: e.target.value })} aria-label="Index type">
        <option value="">default</option>
        {INDEX_TYPES.map((t) => (
          <option key={t} value={t}>
            {t}
          </option>
        ))}
      </select>
      <input className={inputClass} value={draft.map} placeholder="map name" onChange={(e) => set({ map: e.target.value })} aria-label="Database name (map)" />
      <div className="flex gap-1">
        <button type="submit" className="rounded bg-blue-600 px-2 py-0.5 text-white hover:bg-blue-700">
          {index ? 'Save' : 'Add'}
        </button>
        {onRemove && (
          <button type="button" className="rounded border border-red-200 px-2 py-0.5 text-red-700 hover:bg-red-50" onClick={onRemove}>
            Remove
          </button>
        )}
      </div>
    </form>
  );
}
