'use client';

import { useEffect, useState } from 'react';
import { AdvisoryWorkerClient } from '@/lib/advisories/worker-protocol';
import { EngineWorkerClient } from '@/lib/export/engine-protocol';
import { LayoutWorkerClient } from '@/lib/layout/worker-client';
import { isPrismaVersionId } from '@/lib/prisma/versions';
import type { Autosave } from '@/lib/persist/autosave';
import { BackupHistory } from '@/lib/persist/backups';
import { IndexedDbDocumentStore, type DocumentSnapshot } from '@/lib/persist/document-store';
import { openStorage } from '@/lib/persist/open-storage';
import { newTabId, TabGuard, type TabChannel } from '@/lib/persist/tab-guard';
import { readAhead, reconcile, type SyncStorage } from '@/lib/persist/write-ahead';
import { hasRedactedPassword } from '@/lib/persist/redact';
import { PrismaWorkerClient } from '@/lib/prisma/worker-protocol';
import { ReviewClient } from '@/lib/review/client';
import { OwnerTokens } from '@/lib/review/owner-tokens';
import { ReviewService } from '@/lib/review/service';
import { startReview } from '@/lib/review/start';
import { exampleFiles } from '@/lib/samples/example';
import { Session } from '@/lib/session/session';
import type { Scheduler } from '@/lib/session/ports';
import type { OpenDocument } from '@/lib/store/designer-store';
import { createUiStore, type UiStore } from '../commands/ui-store';
import { CURRENT_DOCUMENT, snapshotOf, startAutosave } from './autosave';
import { SessionContext } from './context';
import { Designer } from './Designer';
import { PersistenceNotice } from './PersistenceNotice';

function localStorageOrNull(): SyncStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // access denied (storage disabled for the site)
  }
}

function tabChannel(): TabChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('schema-canvas-document');
}

/** Derived work runs once per animation frame; timers are the browser's. */
const browserScheduler: Scheduler = {
  frame(fn) {
    const id = requestAnimationFrame(fn);
    return () => cancelAnimationFrame(id);
  },
  later(fn, ms) {
    const id = setTimeout(fn, ms);
    return () => clearTimeout(id);
  },
  now: () => Date.now(),
};

function documentOf(saved: DocumentSnapshot): OpenDocument {
  return {
    files: saved.files,
    activeFile: saved.activeFile,
    layout: saved.layout,
    baselineNames: saved.baselineNames,
    advisoryConfig: saved.advisoryConfig,
    migrationBaseline: saved.migrationBaseline,
    prismaVersion: isPrismaVersionId(saved.prismaVersion) ? saved.prismaVersion : undefined,
    viewport: saved.viewport,
  };
}

/** Restores the last document (or the example), then starts the session and the designer on it. */
export function DesignerApp() {
  const [state, setState] = useState<{ session: Session; ui: UiStore; autosave: Autosave } | null>(null);

  useEffect(() => {
    let cancelled = false;
    let cleanup: (() => void) | null = null;
    const idb = typeof indexedDB === 'undefined' ? null : new IndexedDbDocumentStore();
    void openStorage(idb, CURRENT_DOCUMENT, { ready: idb ? () => idb.ready() : undefined }).then(({ documents, saved: stored, autosaveOff }) => {
      if (cancelled) return;
      const writeAheadStorage = autosaveOff ? null : localStorageOrNull();
      // The last keystrokes before a reload or close live in the write-ahead copy when IndexedDB had no time.
      const { snapshot: saved, source } = reconcile(stored, readAhead(writeAheadStorage));
      // Written out in full: the bundler recognises `new Worker(new URL(…, import.meta.url))` and bundles the worker.
      const workers = [
        new Worker(new URL('../../workers/prisma.worker.ts', import.meta.url), { type: 'module' }),
        new Worker(new URL('../../workers/layout.worker.ts', import.meta.url), { type: 'module' }),
        new Worker(new URL('../../workers/advisories.worker.ts', import.meta.url), { type: 'module' }),
        new Worker(new URL('../../workers/engine.worker.ts', import.meta.url), { type: 'module' }),
      ] as const;
      const [prismaWorker, layoutWorker, advisoryWorker, engineWorker] = workers;
      const backups = new BackupHistory(documents);
      // A hung import (a statement that never ends) times out: the worker is replaced by a fresh one.
      const engineClient = new EngineWorkerClient(engineWorker, { respawn: () => new Worker(new URL('../../workers/engine.worker.ts', import.meta.url), { type: 'module' }) });
      let session: Session | null = null;
      const backup = async () => {
        if (session) await backups.push(snapshotOf(session.store.getState())).catch(() => undefined);
      };
      // Share links and versions; the owner tokens of documents shared from here stay in this browser.
      const review = new ReviewService(new ReviewClient(), new OwnerTokens(localStorageOrNull()));
      session = new Session({
        document: saved ? documentOf(saved) : { files: exampleFiles() },
        engines: {
          prisma: new PrismaWorkerClient(prismaWorker),
          advisories: new AdvisoryWorkerClient(advisoryWorker),
          engine: engineClient,
          layout: new LayoutWorkerClient(layoutWorker),
          scheduler: browserScheduler,
        },
        backup,
        previous: async (id) => {
          const previous = id ? await backups.load(id) : await backups.list().then((list) => (list[0] ? backups.load(list[0].id) : null));
          return previous ? documentOf(previous) : null;
        },
        backups: () => backups.list(),
        review,
      });
      // This tab owns the document from now on; a tab that had it open stops autosaving (and says so).
      const guard = new TabGuard(autosaveOff ? null : tabChannel(), newTabId());
      guard.claim();
      const { autosave, stop: stopAutosave } = startAutosave({
        store: session.store,
        documents,
        writeAheadStorage,
        guard,
        backups,
        off: autosaveOff,
        // An older version shown from the history is not saved over the working document.
        paused: () => review.store.getState().viewing !== null,
      });
      if (source === 'write-ahead') void autosave.saveNow();
      if (autosaveOff) session.notify('error', autosaveOff);
      else if (saved?.files.some((f) => hasRedactedPassword(f.text))) {
        session.notify('info', 'Passwords in connection strings are not stored in the browser; they show as **** — type them again before you download.');
      }
      const live = session;
      // A share link in the address opens that document (the local one is backed up first).
      void startReview(live, window.location.href);
      cleanup = () => {
        stopAutosave();
        guard.dispose();
        live.dispose();
        // The engine client ends whichever engine worker it has now (a replacement after a timeout too).
        engineClient.dispose();
        for (const w of workers) if (w !== engineWorker) w.terminate();
      };
      // A read-only window onto the document for end-to-end tests and debugging in the console.
      (window as unknown as { __schemaCanvas?: unknown }).__schemaCanvas = {
        files: () => live.files.map((f) => ({ ...f })),
        layout: () => structuredClone(live.store.getState().layout),
        diagnostics: () => live.store.getState().diagnostics.map((d) => ({ ...d })),
      };
      setState({ session: live, ui: createUiStore(), autosave });
    });
    return () => {
      cancelled = true;
      cleanup?.();
    };
  }, []);

  if (!state) {
    return (
      <main className="flex h-screen items-center justify-center text-sm text-slate-500" aria-busy="true">
        Restoring your schema…
      </main>
    );
  }
  return (
    <SessionContext.Provider value={state}>
      <PersistenceNotice autosave={state.autosave}>
        <Designer />
      </PersistenceNotice>
    </SessionContext.Provider>
  );
}
