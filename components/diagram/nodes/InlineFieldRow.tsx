'use client';

import { useId, useMemo, useRef, useState } from 'react';
import { SCALAR_TYPES } from '@/lib/schema/model';
import { addFieldArgs, relationOffer } from '@/lib/commands/field/inline-field';
import { useDesigner, useSession } from '../../designer/context';
import { RelationChoice } from './RelationChoice';

/**
 * "Add field to <Model>": a row under the node with `Field name` and `Field type` (completing
 * scalars, enums and models). Enter adds the field (a model type adds the relation, as the drag does)
 * and opens the next row; Tab moves between the inputs; Escape ends. No dialog.
 */
export function InlineFieldRow({ model }: { model: string }) {
  const session = useSession();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [type, setType] = useState('');
  const [error, setError] = useState<string | null>(null);
  // A model typed as the type offers its relation (the default) or just the field.
  const [relation, setRelation] = useState(true);
  const nameInput = useRef<HTMLInputElement>(null);
  const listId = useId();
  const schema = useDesigner((s) => s.diagramModel);
  const types = useMemo(() => [...SCALAR_TYPES, ...schema.enums.map((e) => e.name), ...schema.models.map((m) => m.name), ...schema.composites.map((c) => c.name)], [schema]);

  const offer = useMemo(() => (name.trim() ? relationOffer(session.parsed, addFieldArgs(session.parsed, model, name, type)) : null), [session, model, name, type, schema]);

  const commit = async () => {
    const call = addFieldArgs(session.parsed, model, name, type, { relation });
    if (!call.ok) return setError(call.reason);
    const outcome = await session.run(call.command, call.args);
    if (!outcome.ok) return setError(outcome.reason);
    setName('');
    setType('');
    setRelation(true);
    setError(null);
    nameInput.current?.focus();
  };

  if (!open) {
    return (
      <button
        type="button"
        className="nodrag nopan absolute -bottom-3 left-2 rounded-full border border-slate-300 bg-white px-2 text-[11px] leading-5 text-slate-600 shadow-sm hover:bg-slate-100"
        aria-label={`Add field to ${model}`}
        aria-keyshortcuts="+"
        // Tab walks the nodes; on a focused model, + opens this row (components/diagram/Diagram.tsx).
        tabIndex={-1}
        onClick={(e) => {
          e.stopPropagation();
          setOpen(true);
          requestAnimationFrame(() => nameInput.current?.focus());
        }}
      >
        + field
      </button>
    );
  }
  return (
    <form
      className="nodrag nopan nokey absolute left-0 right-0 top-full z-10 mt-1 rounded-md border border-blue-300 bg-white p-1 shadow-md"
      aria-label={`New field of ${model}`}
      onSubmit={(e) => {
        e.preventDefault();
        void commit();
      }}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') {
          setOpen(false);
          setError(null);
          document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(model)}"]`)?.focus();
        }
      }}
    >
      <div className="flex gap-1">
        <input
          ref={nameInput}
          aria-label="Field name"
          placeholder="name"
          className="w-1/2 min-w-0 rounded border border-slate-300 px-1 font-mono text-[12px]"
          value={name}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        <input
          aria-label="Field type"
          placeholder="String, Int?, Post[] …"
          className="w-1/2 min-w-0 rounded border border-slate-300 px-1 font-mono text-[12px]"
          list={listId}
          value={type}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setType(e.currentTarget.value)}
        />
        <datalist id={listId}>
          {types.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
        <button type="submit" className="sr-only">
          Add field
        </button>
      </div>
      {offer && <RelationChoice offer={offer} relation={relation} onChange={setRelation} />}
      {error && (
        <p role="alert" className="mt-1 text-[11px] text-red-700">
          {error}
        </p>
      )}
    </form>
  );
}
