import { createStore } from 'zustand/vanilla';

/**
 * What the session shows besides the document: focus mode, the delete-impact view, which panels and
 * dialogs are open. Commands set it (in lib, without React); components render it. Widget state
 * (the palette, a form, a context menu, where focus returns) stays with the components.
 */
export interface ViewState {
  /** Focus mode: one model and its neighbours stand out; the rest is dimmed or hidden. */
  focus: { model: string; hops: number; hide: boolean } | null;
  /** "Show delete impact": the model whose delete the diagram explains. */
  deleteImpact: string | null;
  /** The model whose indexes the index editor shows. */
  indexEditor: string | null;
  /** The advisories panel is open. */
  advisories: boolean;
  /** The panel's filter text (a node's badge opens the panel filtered to that model). */
  advisoriesQuery: string;
  /** The "Export migration" dialog is open (`verify`: and verifies as soon as the SQL is there). */
  exportMigration: boolean | 'verify';
  /** "Compare versions" covers the designer (read-only; the document is not touched). */
  compare?: boolean;
}

export const createViewStore = () =>
  createStore<ViewState>()(() => ({ focus: null, deleteImpact: null, indexEditor: null, advisories: false, advisoriesQuery: '', exportMigration: false }));

export type ViewStore = ReturnType<typeof createViewStore>;
