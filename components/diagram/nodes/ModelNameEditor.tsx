'use client';

import { useEffect, useRef, useState } from 'react';
import { useSession } from '../../designer/context';
import { focusNode, inPlace } from './inplace-store';

/**
 * The model's name edited on its header (double-click the name, or F2 on the focused node): Enter
 * renames through Rename model — a model that existed when the document was opened keeps its table
 * name with `@@map`, as the form does — and sets a changed table name through Set map name; Escape
 * cancels.
 */
export function ModelNameEditor({ model, table }: { model: string; table: string | null }) {
  const session = useSession();
  const [name, setName] = useState(model);
  const [tableName, setTableName] = useState(table ?? '');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const close = (focus: string) => {
    inPlace.setState({ editing: null });
    focusNode(focus);
  };

  const commit = async () => {
    const newName = name.trim();
    const newTable = tableName.trim();
    if (newName !== model) {
      const keepTableName = session.store.getState().baselineNames.has(model);
      const outcome = await session.run('rename-model', { model, newName, keepTableName });
      if (!outcome.ok) return setError(outcome.reason);
    }
    // The table name as typed wins over what the rename kept (run after it, on the new name).
    if (newTable !== (table ?? '')) {
      const outcome = await session.run('set-map-name', { model: newName, name: newTable });
      if (!outcome.ok) return setError(`Table name: ${outcome.reason}`);
    }
    close(newName);
  };

  return (
    <form
      className="nodrag nopan nokey rounded border border-blue-400 bg-white p-0.5 shadow-md"
      aria-label={`Rename model ${model}`}
      onSubmit={(e) => {
        e.preventDefault();
        void commit();
      }}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') close(model);
      }}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) inPlace.setState({ editing: null });
      }}
    >
      <div className="flex gap-1">
        <input ref={input} aria-label="Model name" className="w-3/5 min-w-0 rounded border border-slate-300 px-1 text-[13px] font-semibold" value={name} autoComplete="off" spellCheck={false} onChange={(e) => setName(e.currentTarget.value)} />
        <input aria-label="Table name (@@map)" placeholder="table" className="w-2/5 min-w-0 rounded border border-slate-300 px-1 font-mono text-[11px]" value={tableName} autoComplete="off" spellCheck={false} onChange={(e) => setTableName(e.currentTarget.value)} />
        <button type="submit" className="sr-only">
          Rename
        </button>
      </div>
      {error && (
        <p role="alert" className="mt-1 whitespace-normal text-[11px] text-red-700">
          {error}
        </p>
      )}
    </form>
  );
}
