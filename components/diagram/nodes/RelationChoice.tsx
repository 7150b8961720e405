'use client';

import { useId } from 'react';

/**
 * Shown while a model is typed as a field's type: make the relation (foreign key, `@relation`,
 * back-relation, index — as drawing it does), which Enter picks, or write just the field as typed.
 */
export function RelationChoice({ offer, relation, onChange }: { offer: string; relation: boolean; onChange(relation: boolean): void }) {
  const name = useId();
  return (
    <div role="radiogroup" aria-label="What the model type adds" className="mt-1 flex flex-col gap-0.5 text-[11px] text-slate-700">
      <label className="flex items-center gap-1">
        <input type="radio" name={name} checked={relation} onChange={() => onChange(true)} />
        {offer}
      </label>
      <label className="flex items-center gap-1">
        <input type="radio" name={name} checked={!relation} onChange={() => onChange(false)} />
        Just the field
      </label>
    </div>
  );
}
