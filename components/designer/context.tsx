'use client';

import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { DiagramGraph } from '@/lib/diagram/to-flow';
import type { Session } from '@/lib/session/session';
import type { ViewState } from '@/lib/session/view-store';
import type { DesignerActions, DesignerState } from '@/lib/store/designer-store';
import type { UiState, UiStore } from '../commands/ui-store';

/** The session the designer renders, and the widget state of its dialogs and menus. */
export const SessionContext = createContext<{ session: Session; ui: UiStore } | null>(null);

function useShell() {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside <SessionContext>');
  return value;
}

export function useSession(): Session {
  return useShell().session;
}

/** The palette, command form and context menu state (components only). */
export function useUiStore(): UiStore {
  return useShell().ui;
}

/** A narrow selector on the document; components re-render only when their slice changes. */
export function useDesigner<T>(selector: (s: DesignerState & DesignerActions) => T): T {
  return useStore(useSession().store, selector);
}

/** A narrow selector on the session's view state (focus, delete impact, open panels). */
export function useView<T>(selector: (s: ViewState) => T): T {
  return useStore(useSession().view, selector);
}

export function useUi<T>(selector: (s: UiState) => T): T {
  return useStore(useUiStore(), selector);
}

export function useGraph<T>(selector: (s: { graph: DiagramGraph }) => T): T {
  return useStore(useSession().graph, selector);
}
