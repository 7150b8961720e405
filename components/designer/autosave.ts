import type { DocumentSnapshot, DocumentStore } from '@/lib/persist/document-store';
import { redactConnectionPasswords } from '@/lib/persist/redact';
import type { DesignerState, DesignerStore } from '@/lib/store/designer-store';
import type { MigrationBaseline } from '@/lib/export/baseline';

export const CURRENT_DOCUMENT = 'current';
export const PREVIOUS_DOCUMENT = 'previous';

/** The baseline as stored: schema texts lose connection-string passwords like the document does. */
function redactBaseline(b: MigrationBaseline): Record<string, unknown> {
  if (b.kind === 'opened' || b.kind === 'snapshot') return { ...b, files: b.files.map((f) => ({ path: f.path, text: redactConnectionPasswords(f.text) })) };
  return { ...b };
}

/** What is stored in the browser: the document, minus any password in a connection string. */
export function snapshotOf(s: DesignerState): DocumentSnapshot {
  return {
    files: s.files.map((f) => ({ path: f.path, text: redactConnectionPasswords(f.text) })),
    activeFile: s.activeFile,
    layout: s.layout,
    prismaVersion: s.prismaVersion,
    baselineNames: [...s.baselineNames],
    advisoryConfig: { ...s.advisoryConfig },
    migrationBaseline: redactBaseline(s.migrationBaseline),
    savedAt: Date.now(),
  };
}

/**
 * Saves text, layout and Prisma version to IndexedDB shortly after every change, and at once when the
 * page is hidden or closed, so a reload restores everything.
 */
export function startAutosave(store: DesignerStore, documents: DocumentStore, delayMs = 150): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let failedOnce = false;
  const save = () => {
    timer = null;
    documents.save(CURRENT_DOCUMENT, snapshotOf(store.getState())).catch((e: Error) => {
      if (failedOnce) return;
      failedOnce = true;
      store.getState().notify('error', `Autosave failed: ${e.message}. Download the schema to keep your work.`);
    });
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.files === prev.files && s.layout === prev.layout && s.prismaVersion === prev.prismaVersion && s.activeFile === prev.activeFile && s.advisoryConfig === prev.advisoryConfig && s.migrationBaseline === prev.migrationBaseline) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  });
  const flush = () => {
    if (!timer) return;
    clearTimeout(timer);
    save();
  };
  const onVisibility = () => document.visibilityState === 'hidden' && flush();
  window.addEventListener('pagehide', flush);
  window.addEventListener('beforeunload', flush);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    flush();
    unsubscribe();
    window.removeEventListener('pagehide', flush);
    window.removeEventListener('beforeunload', flush);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
