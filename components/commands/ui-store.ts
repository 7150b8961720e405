import { createStore } from 'zustand/vanilla';
import type { ArgValues, CommandId } from '@/lib/commands/catalog';

export type ContextTarget =
  | { kind: 'node'; model: string }
  | { kind: 'field'; model: string; field: string }
  | { kind: 'edge'; id: string }
  | { kind: 'pane' };

export interface CommandFormState {
  command: CommandId;
  values: ArgValues;
  error: string | null;
  busy: boolean;
  /** A description of what will happen (e.g. what deleting a model takes with it). */
  impact?: string;
  /** Overrides the submit button's text (e.g. "Format anyway"). */
  submitLabel?: string;
}

/** Transient UI state: the palette, the command form and the context menu. */
export interface UiState {
  palette: boolean;
  form: CommandFormState | null;
  contextMenu: { x: number; y: number; target: ContextTarget } | null;
  /** Where focus returns when a dialog closes. */
  returnFocus: HTMLElement | null;
  /** Focus mode: one model and its neighbours stand out; the rest is dimmed or hidden. */
  focus: { model: string; hops: number; hide: boolean } | null;
  /** The model whose indexes the index editor shows. */
  indexEditor: string | null;
  /** The advisories panel is open. */
  advisories: boolean;
  /** The panel's filter text (a node's badge opens the panel filtered to that model). */
  advisoriesQuery: string;
  /** The "Export migration" dialog is open (`verify`: and verifies as soon as the SQL is there). */
  exportMigration: boolean | 'verify';
  /** "Show delete impact": the model whose delete the diagram explains. */
  deleteImpact: string | null;
}

export const createUiStore = () =>
  createStore<UiState>()(() => ({ palette: false, form: null, contextMenu: null, returnFocus: null, focus: null, indexEditor: null, advisories: false, advisoriesQuery: '', exportMigration: false, deleteImpact: null }));

export type UiStore = ReturnType<typeof createUiStore>;
