import { createStore } from 'zustand/vanilla';
import type { ArgValues, MenuTarget } from '@/lib/commands/types';

export interface CommandFormState {
  command: string;
  values: ArgValues;
  error: string | null;
  busy: boolean;
  /** A description of what will happen (e.g. what deleting a model takes with it). */
  impact?: string;
  /** Overrides the submit button's text (e.g. "Format anyway"). */
  submitLabel?: string;
}

/** Widget state: the palette, the command form and the context menu (the session holds the rest). */
export interface UiState {
  palette: boolean;
  form: CommandFormState | null;
  contextMenu: { x: number; y: number; target: MenuTarget } | null;
  /** Where focus returns when a dialog closes. */
  returnFocus: HTMLElement | null;
}

export const createUiStore = () => createStore<UiState>()(() => ({ palette: false, form: null, contextMenu: null, returnFocus: null }));

export type UiStore = ReturnType<typeof createUiStore>;
