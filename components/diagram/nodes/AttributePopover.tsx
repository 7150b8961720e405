'use client';

import { useEffect, useRef, useState } from 'react';
import { useSession } from '../../designer/context';
import { useFieldInfo } from './FieldChips';
import { focusRow, inPlace } from './inplace-store';

const INPUTS = [
  { key: 'value', label: 'Default', command: 'set-default', placeholder: 'now(), uuid(), 0, "text"' },
  { key: 'nativeType', label: 'Native type', command: 'set-native-type', placeholder: 'VarChar(200), Uuid, Text' },
  { key: 'name', label: 'Map (column name)', command: 'set-map-name', placeholder: 'e.g. created_at' },
  { key: 'text', label: 'Doc (///)', command: 'set-documentation', placeholder: 'shown as /// above the field' },
] as const;
type Key = (typeof INPUTS)[number]['key'];

/**
 * A field's attributes in one small panel on the node — default, native type, column name and
 * `///` docs — instead of a dialog each. Apply (or Enter) runs the existing command for each value
 * that changed, empty removing it; Escape closes without changes.
 */
export function AttributePopover({ model, field }: { model: string; field: string }) {
  const session = useSession();
  const info = useFieldInfo(model, field);
  const initial: Record<Key, string> = { value: info?.default ?? '', nativeType: info?.nativeType ?? '', name: info?.dbName ?? '', text: info?.docs ?? '' };
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const set = (key: Key, value: string) => setValues((old) => ({ ...old, [key]: value }));

  const close = () => {
    inPlace.setState({ attributes: null });
    focusRow(model, field);
  };

  const apply = async () => {
    for (const input of INPUTS) {
      if (values[input.key].trim() === initial[input.key].trim()) continue;
      const outcome = await session.run(input.command, { model, field, [input.key]: values[input.key].trim() });
      if (!outcome.ok) return setError(`${input.label}: ${outcome.reason}`);
    }
    close();
  };

  return (
    <form
      className="nodrag nopan nokey w-64 rounded-md border border-slate-300 bg-white p-2 text-[11px] shadow-lg"
      aria-label={`Attributes of ${field}`}
      onSubmit={(e) => {
        e.preventDefault();
        void apply();
      }}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') close();
      }}
    >
      {INPUTS.map((input, i) => (
        <label key={input.key} className="mb-1 flex items-center gap-1">
          <span className="w-24 shrink-0 text-slate-600">{input.label}</span>
          {input.key === 'text' ? (
            // Several `///` lines stay several lines.
            <textarea className="min-w-0 flex-1 rounded border border-slate-300 px-1 font-mono" rows={2} placeholder={input.placeholder} value={values.text} spellCheck={false} onChange={(e) => set('text', e.currentTarget.value)} />
          ) : (
            <input ref={i === 0 ? first : undefined} className="min-w-0 flex-1 rounded border border-slate-300 px-1 font-mono" placeholder={input.placeholder} value={values[input.key]} autoComplete="off" spellCheck={false} onChange={(e) => set(input.key, e.currentTarget.value)} />
          )}
        </label>
      ))}
      {error && (
        <p role="alert" className="mb-1 whitespace-normal text-red-700">
          {error}
        </p>
      )}
      <div className="flex justify-end gap-1">
        <button type="button" className="rounded border border-slate-300 px-2" onClick={close}>
          Cancel
        </button>
        <button type="submit" className="rounded bg-blue-600 px-2 text-white">
          Apply
        </button>
      </div>
    </form>
  );
}
