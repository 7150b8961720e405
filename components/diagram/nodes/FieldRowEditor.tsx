'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { changeFieldType, renameField } from '@/lib/ops';
import { relationOffer, retypeArgs, retypeAsRelation } from '@/lib/commands/field/inline-field';
import type { FieldRow } from '@/lib/diagram/to-flow';
import { useSession } from '../../designer/context';
import { focusRow, inPlace } from './inplace-store';
import { RelationChoice } from './RelationChoice';
import { TypeOptions, useTypeNames } from './TypeOptions';

/**
 * A field's name and type edited on its row: Enter renames through Rename field and retypes through
 * Change field type (a model type can become that relation), Escape cancels. Both edits are checked
 * before either is applied, so a bad name changes nothing.
 */
export function FieldRowEditor({ model, row, part }: { model: string; row: FieldRow; part: 'name' | 'type' }) {
  const session = useSession();
  const [name, setName] = useState(row.name);
  const [type, setType] = useState(row.type);
  const [relation, setRelation] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const typeInput = useRef<HTMLInputElement>(null);
  const types = useTypeNames();
  const offer = useMemo(() => (type.trim() === row.type ? null : relationOffer(session.parsed, retypeArgs(session.parsed, model, row.name, type))), [session, model, row, type]);

  useEffect(() => {
    const input = part === 'type' ? typeInput.current : nameInput.current;
    input?.focus();
    input?.select();
  }, [part]);

  const close = (focusField: string) => {
    inPlace.setState({ editing: null });
    focusRow(model, focusField);
  };

  const commit = async () => {
    const newName = name.trim();
    const newType = type.trim();
    if (!newName) return setError('Type a field name');
    const retype = newType !== row.type ? retypeArgs(session.parsed, model, row.name, newType, { relation }) : null;
    if (retype && !retype.ok) return setError(retype.reason);
    // Check both before applying either: a refused name leaves the type untouched too.
    const dryType = retype?.ok ? (retype.command === 'retype-as-relation' ? retypeAsRelation(session.parsed, retype.args) : changeFieldType(session.parsed, { model, field: row.name, type: newType })) : null;
    if (dryType && !dryType.ok) return setError(dryType.reason);
    const dryName = newName !== row.name ? renameField(session.parsed, { model, field: row.name, newName }) : null;
    if (dryName && !dryName.ok) return setError(dryName.reason);
    if (retype?.ok) {
      const outcome = await session.run(retype.command, retype.args);
      if (!outcome.ok) return setError(outcome.reason);
    }
    if (dryName) {
      const keepColumnName = session.store.getState().baselineNames.has(`${model}.${row.name}`);
      const outcome = await session.run('rename-field', { model, field: row.name, newName, keepColumnName });
      if (!outcome.ok) return setError(outcome.reason);
    }
    close(newName);
  };

  return (
    <form
      className="nodrag nopan nokey rounded border border-blue-400 bg-white p-0.5 shadow-md"
      aria-label={`Edit field ${row.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        void commit();
      }}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') close(row.name);
      }}
      onBlur={(e) => {
        // Clicking elsewhere cancels, as Escape does (nothing half-typed is applied).
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) inPlace.setState({ editing: null });
      }}
    >
      <div className="flex gap-1">
        <input ref={nameInput} aria-label="Field name" className="w-1/2 min-w-0 rounded border border-slate-300 px-1 font-mono text-[12px]" value={name} autoComplete="off" spellCheck={false} onChange={(e) => setName(e.currentTarget.value)} />
        <input ref={typeInput} aria-label="Field type" className="w-1/2 min-w-0 rounded border border-slate-300 px-1 font-mono text-[12px]" list={types.listId} value={type} autoComplete="off" spellCheck={false} onChange={(e) => setType(e.currentTarget.value)} />
        <TypeOptions {...types} />
        <button type="submit" className="sr-only">
          Apply
        </button>
      </div>
      {offer && <RelationChoice offer={offer} relation={relation} onChange={setRelation} />}
      {error && (
        <p role="alert" className="mt-1 whitespace-normal text-[11px] text-red-700">
          {error}
        </p>
      )}
    </form>
  );
}
