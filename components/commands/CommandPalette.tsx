'use client';

import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { shortcutOf } from '@/lib/commands/keys';
import { useSession, useUi, useUiStore } from '../designer/context';
import { openForm } from './open-form';

/**
 * Ctrl+K: every command by its plain name, ranked (exact title, then prefix, then word matches). Arrows
 * choose, Enter runs (or opens the command's form).
 */
export function CommandPalette() {
  const session = useSession();
  const ui = useUiStore();
  const open = useUi((s) => s.palette);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const results = useMemo(() => session.commands.search(query), [session, query]);

  useEffect(() => {
    if (open) {
      setQuery('');
      setActive(0);
      requestAnimationFrame(() => input.current?.focus());
    }
  }, [open]);

  if (!open) return null;
  const close = () => {
    const target = ui.getState().returnFocus;
    ui.setState({ palette: false, returnFocus: null });
    target?.focus();
  };
  const choose = (index: number) => {
    const spec = results[index];
    if (!spec) return;
    openForm(session, ui, spec.id);
  };

  return (
    <div className="fixed inset-0 z-50 flex items-start justify-center bg-slate-900/20 pt-24" onMouseDown={(e) => e.target === e.currentTarget && close()}>
      <div role="dialog" aria-modal="true" aria-label="Command palette" className="w-[480px] overflow-hidden rounded-lg border border-slate-200 bg-white shadow-xl">
        <input
          ref={input}
          role="combobox"
          aria-label="Command"
          aria-expanded="true"
          aria-controls={listId}
          aria-activedescendant={results[active] ? `${listId}-${results[active].id}` : undefined}
          placeholder="Type a command…"
          className="w-full border-b border-slate-200 px-3 py-2 text-sm focus:outline-none"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, results.length - 1));
            else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
            else if (e.key === 'Enter') choose(active);
            else if (e.key === 'Escape') close();
            else return;
            e.preventDefault();
          }}
        />
        <ul id={listId} role="listbox" aria-label="Commands" className="max-h-80 overflow-y-auto py-1">
          {results.map((c, i) => (
            <li
              key={c.id}
              id={`${listId}-${c.id}`}
              role="option"
              aria-selected={i === active}
              className={`flex cursor-pointer items-center justify-between px-3 py-1.5 text-sm ${i === active ? 'bg-blue-50 text-blue-900' : 'text-slate-800'}`}
              onMouseEnter={() => setActive(i)}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(i);
              }}
            >
              <span>{c.title}</span>
              <span className="text-xs text-slate-400">
                {c.group}
                {shortcutOf(c) ? ` · ${shortcutOf(c)}` : ''}
              </span>
            </li>
          ))}
          {!results.length && <li className="px-3 py-2 text-sm text-slate-500">No command matches “{query}”</li>}
        </ul>
      </div>
    </div>
  );
}
