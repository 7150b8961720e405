'use client';

import { useEffect, useRef } from 'react';
import { targetArgs } from '@/lib/commands/menu-args';
import type { MenuTarget } from '@/lib/commands/types';
import type { Session } from '@/lib/session/session';
import { useSession, useUi, useUiStore } from '../designer/context';
import { openForm } from './open-form';
import type { UiStore } from './ui-store';

interface Item {
  label: string;
  run(): void;
  danger?: boolean;
}

/** The menu for what was clicked: every command whose definition has an entry for that kind of target. */
function itemsFor(session: Session, ui: UiStore, target: MenuTarget): Item[] {
  const items: Item[] = [];
  for (const { command, entry } of session.commands.menu(target)) {
    if (entry.when && !entry.when(target, session)) continue;
    const args = entry.args ? entry.args(target, session) : targetArgs(target, session);
    if (!args) continue;
    items.push({ label: entry.label, danger: entry.danger, run: () => openForm(session, ui, command.id, args) });
  }
  return items;
}

/** Right-click (or Shift+F10 / the menu key) on a model, field, relation or the empty canvas. */
export function ContextMenu() {
  const session = useSession();
  const ui = useUiStore();
  const menu = useUi((s) => s.contextMenu);
  const ref = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (menu) requestAnimationFrame(() => ref.current?.querySelector<HTMLElement>('[role=menuitem]')?.focus());
  }, [menu]);

  if (!menu) return null;
  const items = itemsFor(session, ui, menu.target);
  const close = (restore = true) => {
    const target = ui.getState().returnFocus;
    ui.setState({ contextMenu: null });
    if (restore) target?.focus();
  };

  return (
    <div className="fixed inset-0 z-40" onMouseDown={() => close()} onContextMenu={(e) => e.preventDefault()}>
      <ul
        ref={ref}
        role="menu"
        aria-label="Context menu"
        className="absolute min-w-[180px] rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg"
        style={{ left: Math.min(menu.x, window.innerWidth - 200), top: Math.min(menu.y, window.innerHeight - items.length * 30 - 16) }}
        onMouseDown={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          const all = [...(ref.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])];
          const i = all.indexOf(document.activeElement as HTMLElement);
          if (e.key === 'ArrowDown') all[(i + 1) % all.length]?.focus();
          else if (e.key === 'ArrowUp') all[(i - 1 + all.length) % all.length]?.focus();
          else if (e.key === 'Escape' || e.key === 'Tab') close();
          else return;
          e.preventDefault();
        }}
      >
        {items.map((item) => (
          <li key={item.label} role="none">
            <button
              type="button"
              role="menuitem"
              className={`block w-full px-3 py-1.5 text-left hover:bg-slate-100 focus:bg-slate-100 focus:outline-none ${item.danger ? 'text-red-700' : ''}`}
              onClick={() => {
                ui.setState({ contextMenu: null });
                item.run();
              }}
            >
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
