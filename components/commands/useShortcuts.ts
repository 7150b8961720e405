'use client';

import { useEffect } from 'react';
import { canonicalKey, keyOfPress } from '@/lib/commands/keys';
import type { KeyScope } from '@/lib/commands/types';
import type { Session } from '@/lib/session/session';
import { openForm } from './open-form';
import type { UiStore } from './ui-store';

function inTextField(el: Element | null): boolean {
  if (!el) return false;
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (el as HTMLElement).isContentEditable;
}

/** True when the focused diagram node (or relation) has a binding of its own for this key. */
function ownKeyOfFocusedItem(session: Session, e: KeyboardEvent, active: Element | null): boolean {
  if (active?.closest('.react-flow__edge')) return e.key === 'Enter' || e.key === 'Delete';
  const node = active?.closest('.react-flow__node');
  if (!node) return false;
  const scope: KeyScope = node.classList.contains('react-flow__node-enum') ? 'enum-node' : 'node';
  const pressed = keyOfPress(e);
  return !!session.commands.forKey(e, scope)?.keys?.some((k) => k.scope === scope && canonicalKey(k.key) === pressed);
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
      // Nor while a full-pane view (Compare versions) covers the designer: it must not change the document.
      if (document.querySelector('[data-read-only-tab], [data-modal-view]')) return;
      const active = document.activeElement;
      // A focused node or relation handles its own keys (F2, Delete, Enter: components/diagram/Diagram.tsx).
      if (ownKeyOfFocusedItem(session, e, active)) return;
      const global = session.commands.forKey(e, 'global' as KeyScope);
      const busy = ui.getState().palette || ui.getState().form || ui.getState().contextMenu;
      const command = global ?? (!busy && !inTextField(active) && !active?.closest('.monaco-editor') ? session.commands.forKey(e, 'canvas') : undefined);
      if (!command) return;
      // A command that does not apply now (e.g. Ctrl+C with no model selected) leaves the key to the browser.
      if (command.when?.(session, {})) return;
      const pressed = keyOfPress(e);
      const binding = command.keys?.find((k) => canonicalKey(k.key) === pressed);
      const args = binding?.args ? binding.args(session) : {};
      if (!args) return;
      e.preventDefault();
      e.stopPropagation();
      openForm(session, ui, command.id, args);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [session, ui]);
}
