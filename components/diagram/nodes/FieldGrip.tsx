'use client';

import { endFieldDrag, startFieldDrag } from './field-row-actions';

/** The handle a field row is dragged by to reorder it (the rest of the node still drags the node). */
export function FieldGrip({ model, field }: { model: string; field: string }) {
  return (
    <span
      className="nodrag absolute left-0 top-0 flex h-full w-3 cursor-grab items-center justify-center bg-white text-[10px] text-slate-400"
      draggable
      title={`Drag to move ${field} (or Alt+ArrowUp / Alt+ArrowDown)`}
      aria-hidden="true"
      onDragStart={(e) => startFieldDrag(e, model, field)}
      onDragEnd={endFieldDrag}
    >
      ⋮
    </span>
  );
}
