import { createStore } from 'zustand/vanilla';

/** What is being edited in place on the canvas: a field's name or type, or a model's name. */
export interface InPlaceEdit {
  model: string;
  field: string | null;
  part: 'name' | 'type' | 'model';
}

export interface InPlaceState {
  editing: InPlaceEdit | null;
  /** The field whose attribute popover is open. */
  attributes: { model: string; field: string } | null;
  /** Why a key on a row (Delete, Alt+Arrow, a chip) changed nothing, shown under the row. */
  notice: { model: string; field: string | null; text: string } | null;
}

/**
 * One editor open at a time across the diagram, so it lives beside the nodes rather than in each
 * (nodes are memoised and only re-render for their own slice of this state).
 */
export const inPlace = createStore<InPlaceState>(() => ({ editing: null, attributes: null, notice: null }));

export function startEditing(edit: InPlaceEdit): void {
  inPlace.setState({ editing: edit, attributes: null, notice: null });
}

export function showNotice(model: string, field: string | null, text: string): void {
  inPlace.setState({ notice: { model, field, text } });
}

const nodeSelector = (model: string) => `.react-flow__node[data-id="${CSS.escape(model)}"]`;

/** Focuses an element once it is rendered (after a commit, the renamed row or node appears a few frames later). */
function focusWhenThere(selector: string, tries = 30): void {
  const el = document.querySelector<HTMLElement>(selector);
  if (el) el.focus();
  else if (tries > 0) requestAnimationFrame(() => focusWhenThere(selector, tries - 1));
}

export function focusNode(model: string): void {
  focusWhenThere(nodeSelector(model));
}

export function focusRow(model: string, field: string): void {
  focusWhenThere(`${nodeSelector(model)} li[data-field="${CSS.escape(field)}"]`);
}
