import { Autosave, type AutosaveOptions } from '@/lib/persist/autosave';

export { CURRENT_DOCUMENT, snapshotOf } from '@/lib/persist/autosave';

/**
 * Starts autosave (lib/persist/autosave.ts) and saves at once — with the synchronous write-ahead copy —
 * when the page is hidden or closed, so a reload right after typing restores the last keystrokes.
 */
export function startAutosave(options: AutosaveOptions): { autosave: Autosave; stop: () => void } {
  const autosave = new Autosave(options);
  const flush = () => autosave.flush();
  const onVisibility = () => document.visibilityState === 'hidden' && flush();
  window.addEventListener('pagehide', flush);
  window.addEventListener('beforeunload', flush);
  document.addEventListener('visibilitychange', onVisibility);
  return {
    autosave,
    stop: () => {
      autosave.stop();
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
