'use client';

import { useEffect } from 'react';
import type { KeyScope } from '@/lib/commands/types';
import type { Session } from '@/lib/session/session';
import { openForm } from './open-form';
import type { UiStore } from './ui-store';

function inTextField(el: Element | null): boolean {
  if (!el) return false;
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (el as HTMLElement).isContentEditable;
}

/**
 * App-wide keys, from the command registry: `global` bindings work everywhere, `canvas` ones when
 * focus is outside text fields, the editor and open dialogs. (The editor binds its own `editor` keys,
 * and the diagram its `node` keys.)
 */
export function useShortcuts(session: Session, ui: UiStore): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // A tab another tab took the document from is read-only: no command runs until it takes over.
      if (document.querySelector('[data-read-only-tab]')) return;
      const active = document.activeElement;
      const global = session.commands.forKey(e, 'global' as KeyScope);
      const busy = ui.getState().palette || ui.getState().form || ui.getState().contextMenu;
      const command = global ?? (!busy && !inTextField(active) && !active?.closest('.monaco-editor') ? session.commands.forKey(e, 'canvas') : undefined);
      if (!command) return;
      // A command that does not apply now (e.g. Ctrl+C with no model selected) leaves the key to the browser.
      if (command.when?.(session, {})) return;
      e.preventDefault();
      e.stopPropagation();
      openForm(session, ui, command.id);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [session, ui]);
}
