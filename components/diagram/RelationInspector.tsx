'use client';

import { useState } from 'react';
import { REFERENTIAL_ACTIONS, type RelationInfo } from '@/lib/schema/model';
import { openForm } from '../commands/open-form';
import { useDesigner, useSession, useUiStore } from '../designer/context';

type Key = 'onDelete' | 'onUpdate';

/** The selected relation: what it is, its effective referential actions, and controls to change them. */
export function RelationInspector() {
  const session = useSession();
  const ui = useUiStore();
  const selectedEdge = useDesigner((s) => s.selectedEdge);
  const relation = useDesigner((s) => (s.selectedEdge ? (s.diagramModel.relations.find((r) => r.id === s.selectedEdge) ?? null) : null));
  const [problem, setProblem] = useState<{ edge: string; key: Key; value: string; reason: string } | null>(null);
  if (!relation || !selectedEdge) return null;
  const shownProblem = problem?.edge === selectedEdge ? problem : null;

  const set = async (key: Key, value: string, makeOptional = false) => {
    const outcome = await session.run('set-referential-actions', { model: relation.from.model, field: relation.from.field, [key]: value, makeOptional });
    setProblem(outcome.ok ? null : { edge: selectedEdge, key, value, reason: outcome.reason });
  };

  return (
    <aside
      aria-label="Relation"
      className="absolute right-3 top-3 z-10 w-72 rounded-md border border-slate-200 bg-white p-3 text-sm shadow-lg"
      onKeyDown={(e) => e.stopPropagation()}
    >
      <h2 className="font-semibold text-slate-900">
        {relation.from.model}.{relation.from.field} → {relation.to.model}
        {relation.to.field ? `.${relation.to.field}` : ''}
      </h2>
      <p className="mb-2 text-xs text-slate-500">
        {relation.kind}
        {relation.name ? ` · "${relation.name}"` : ''}
        {relation.from.fields.length ? ` · foreign key ${relation.from.fields.join(', ')}${relation.required ? '' : ' (optional)'}` : ''}
      </p>
      {relation.kind === 'm:n' ? (
        <p className="text-xs text-slate-600">Rows of the implicit join table are always deleted with either side (Cascade).</p>
      ) : (
        <div className="space-y-2">
          {(['onDelete', 'onUpdate'] as const).map((key) => (
            <ActionSelect key={key} relation={relation} name={key} onChange={(v) => void set(key, v)} />
          ))}
        </div>
      )}
      {shownProblem && (
        <div role="alert" className="mt-2 rounded border border-amber-200 bg-amber-50 p-2 text-xs text-amber-900">
          {shownProblem.reason}
          {shownProblem.value === 'SetNull' && (
            <button type="button" className="mt-1 block rounded border border-amber-300 bg-white px-2 py-0.5 hover:bg-amber-100" onClick={() => void set(shownProblem.key, 'SetNull', true)}>
              Make the foreign key optional and use SetNull
            </button>
          )}
        </div>
      )}
      <button
        type="button"
        className="mt-3 rounded border border-red-200 px-2 py-0.5 text-xs text-red-700 hover:bg-red-50"
        onClick={() => openForm(session, ui, 'delete-relation', { model: relation.from.model, field: relation.from.field })}
      >
        Delete relation…
      </button>
    </aside>
  );
}

function ActionSelect({ relation, name, onChange }: { relation: RelationInfo; name: Key; onChange(value: string): void }) {
  const effective = relation[name];
  const id = `relation-${name}`;
  return (
    <div className="flex items-center justify-between gap-2">
      <label htmlFor={id} className="font-mono text-xs text-slate-700">
        {name}
      </label>
      <select id={id} className="w-40 rounded border border-slate-300 px-1 py-0.5 text-xs" value={effective.explicit ? effective.action : ''} onChange={(e) => onChange(e.target.value)}>
        <option value="">{`${prismaDefault(name, relation.required)} (default)`}</option>
        {REFERENTIAL_ACTIONS.map((a) => (
          <option key={a} value={a}>
            {a}
          </option>
        ))}
      </select>
    </div>
  );
}

/** What Prisma does when the action is not written: Restrict / SetNull on delete, Cascade on update. */
function prismaDefault(name: Key, required: boolean): string {
  if (name === 'onUpdate') return 'Cascade';
  return required ? 'Restrict' : 'SetNull';
}
