'use client';

import { useId, useMemo } from 'react';
import { SCALAR_TYPES } from '@/lib/schema/model';
import { useDesigner } from '../../designer/context';

/** The types a field can have here: scalars, enums, models and composite types. */
export function useTypeNames(): { listId: string; types: string[] } {
  const listId = useId();
  const schema = useDesigner((s) => s.diagramModel);
  const types = useMemo(() => [...SCALAR_TYPES, ...schema.enums.map((e) => e.name), ...schema.models.map((m) => m.name), ...schema.composites.map((c) => c.name)], [schema]);
  return { listId, types };
}

/** Completion for a `Field type` input (`list={listId}`). */
export function TypeOptions({ listId, types }: { listId: string; types: string[] }) {
  return (
    <datalist id={listId}>
      {types.map((t) => (
        <option key={t} value={t} />
      ))}
    </datalist>
  );
}
