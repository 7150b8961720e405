'use client';

import type { FieldInfo } from '@/lib/schema/model';
import { useDesigner, useSession } from '../../designer/context';
import { inPlace, showNotice } from './inplace-store';

interface Chip {
  label: string;
  /** The accessible name's first word: `Optional email`. */
  name: string;
  pressed(f: FieldInfo): boolean;
  command: string;
  args(model: string, f: FieldInfo): Record<string, string>;
  /** Why pressing it cannot undo it (a model needs its key), or null. */
  stuck?(f: FieldInfo): string | null;
}

const fieldArgs = (model: string, f: FieldInfo) => ({ model, field: f.name });
const CHIPS: Chip[] = [
  { label: '?', name: 'Optional', pressed: (f) => f.optional, command: 'toggle-optional', args: fieldArgs },
  { label: '[]', name: 'List', pressed: (f) => f.list, command: 'toggle-list', args: fieldArgs },
  {
    label: '@id',
    name: 'Id',
    pressed: (f) => f.isId,
    command: 'set-primary-key',
    args: (model, f) => ({ model, fields: f.name }),
    stuck: (f) => (f.isId ? `\`${f.name}\` is the primary key; make another field the @id to change it` : null),
  },
  { label: '@unique', name: 'Unique', pressed: (f) => f.isUnique, command: 'toggle-unique', args: fieldArgs },
];

/** The field as the diagram shows it (the last valid schema), or null. */
export function useFieldInfo(model: string, field: string): FieldInfo | null {
  return useDesigner((s) => [...s.diagramModel.models, ...s.diagramModel.views, ...s.diagramModel.composites].find((m) => m.name === model)?.fields.find((f) => f.name === field) ?? null);
}

/**
 * Toggles on a field row, rendered while the row is hovered or holds focus (so a large diagram does
 * not carry thousands of buttons): `?`, `[]`, `@id`, `@unique` (each through its command, so one undo
 * step), and the button for the attribute popover. Tab reaches them from their row, and they are not
 * there otherwise, so Tab still walks from node to node.
 */
export function FieldChips({ model, field }: { model: string; field: string }) {
  const session = useSession();
  const info = useFieldInfo(model, field);
  if (!info) return null;
  const chips = info.kind === 'object' ? CHIPS.slice(0, 1) : CHIPS;
  const press = async (chip: Chip) => {
    const stuck = chip.stuck?.(info);
    if (stuck) return showNotice(model, field, stuck);
    const outcome = await session.run(chip.command, chip.args(model, info));
    if (!outcome.ok) showNotice(model, field, outcome.reason);
    else inPlace.setState({ notice: null });
  };
  return (
    <span className="sc-chips nodrag absolute bottom-full right-1 z-10 flex gap-0.5 rounded border border-slate-200 bg-white px-0.5 py-0.5 shadow-sm">
      {chips.map((chip) => {
        const pressed = chip.pressed(info);
        return (
          <button
            key={chip.name}
            type="button"
            aria-label={`${chip.name} ${field}`}
            aria-pressed={pressed}
            className={`rounded border px-1 font-mono text-[10px] leading-4 ${pressed ? 'border-blue-500 bg-blue-600 text-white' : 'border-slate-300 bg-white text-slate-600 hover:bg-slate-100'}`}
            onClick={(e) => {
              e.stopPropagation();
              void press(chip);
            }}
            onDoubleClick={(e) => e.stopPropagation()}
          >
            {chip.label}
          </button>
        );
      })}
      {info.kind !== 'object' && (
        <button
          type="button"
          aria-label={`Attributes of ${field}`}
          aria-haspopup="true"
          className="rounded border border-slate-300 bg-white px-1 text-[10px] leading-4 text-slate-600 hover:bg-slate-100"
          onClick={(e) => {
            e.stopPropagation();
            inPlace.setState({ attributes: { model, field }, editing: null, notice: null });
          }}
          onDoubleClick={(e) => e.stopPropagation()}
        >
          …
        </button>
      )}
    </span>
  );
}
