'use client';

import { useEffect, useRef, useState } from 'react';
import { useSession } from '../../designer/context';
import { focusNode, inPlace } from './inplace-store';

/**
 * The model's name edited on its header (double-click the name, or F2 on the focused node): Enter
 * renames through Rename model — a model that existed when the document was opened keeps its table
 * name with `@@map`, as the form does — and Escape cancels.
 */
export function ModelNameEditor({ model }: { model: string }) {
  const session = useSession();
  const [name, setName] = useState(model);
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
    if (newName === model) return close(model);
    const keepTableName = session.store.getState().baselineNames.has(model);
    const outcome = await session.run('rename-model', { model, newName, keepTableName });
    if (!outcome.ok) return setError(outcome.reason);
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
      <input ref={input} aria-label="Model name" className="w-full rounded border border-slate-300 px-1 text-[13px] font-semibold" value={name} autoComplete="off" spellCheck={false} onChange={(e) => setName(e.currentTarget.value)} />
      {error && (
        <p role="alert" className="mt-1 whitespace-normal text-[11px] text-red-700">
          {error}
        </p>
      )}
    </form>
  );
}
