import type { FileVersions } from '@/lib/history/design-history';
import type { TextEdit } from '@/lib/text/edits';

/**
 * What the mounted Monaco editor offers the rest of the app. Canvas edits go through `apply` so they
 * land as Monaco edit operations: the cursor survives and Ctrl+Z in the editor undoes them.
 */
export interface EditorBridge {
  /** Applies patches as one undo step per touched file. */
  apply(edits: readonly TextEdit[]): void;
  /** Takes files back (undo) or forward (redo) to the versions a history step recorded. */
  replay(files: Record<string, FileVersions>, direction: 'undo' | 'redo'): void;
  /** Hands typing not yet reported (it is batched per frame) to the store. */
  flush(): void;
  /** Shows a file and selects a range (UTF-16 offsets). */
  reveal(path: string, start: number, end?: number): void;
  focus(): void;
}

let current: EditorBridge | null = null;
const waiters: Array<(bridge: EditorBridge) => void> = [];

export function setEditorBridge(bridge: EditorBridge | null): void {
  current = bridge;
  if (bridge) for (const w of waiters.splice(0)) w(bridge);
}

export function editorBridge(): EditorBridge | null {
  return current;
}
