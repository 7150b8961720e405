import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SchemaAnchor } from './anchors';

/**
 * What the comments panel shows, kept beside the threads rather than in the session's view store:
 * whether it is open, which anchor it is narrowed to (a diagram marker opens it on one model or
 * field), which thread was just opened, and where renames in this session moved threads.
 */
export interface CommentsViewState {
  open: boolean;
  /** Narrowed to one model (and field), or every thread. */
  filter: { model: string; field?: string } | null;
  /** The thread to scroll to and focus (a new one, or the one a marker opened). */
  thread: string | null;
  /** Bumped to ask the panel to take focus (opening it from a command or a marker). */
  focusRequest: number;
  /**
   * Anchors moved by renames made here, by thread id. The server keeps the anchor a thread was
   * started on; this is the view's correction until the page is reloaded.
   */
  moved: Readonly<Record<string, SchemaAnchor>>;
}

export type CommentsViewStore = StoreApi<CommentsViewState>;

export const createCommentsView = (): CommentsViewStore =>
  createStore<CommentsViewState>()(() => ({ open: false, filter: null, thread: null, focusRequest: 0, moved: {} }));

/** Opens the panel and asks it to take focus, optionally narrowed to an anchor or on one thread. */
export function showComments(view: CommentsViewStore, options: { filter?: CommentsViewState['filter']; thread?: string | null } = {}): void {
  view.setState((s) => ({ open: true, filter: options.filter === undefined ? s.filter : options.filter, thread: options.thread ?? null, focusRequest: s.focusRequest + 1 }));
}
