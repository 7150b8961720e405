'use client';

import { useEffect, useState } from 'react';
import { AdvisoryWorkerClient } from '@/lib/advisories/worker-protocol';
import { EngineWorkerClient } from '@/lib/export/engine-protocol';
import { LayoutWorkerClient } from '@/lib/layout/worker-client';
import { isPrismaVersionId } from '@/lib/prisma/versions';
import { IndexedDbDocumentStore, MemoryDocumentStore, type DocumentSnapshot, type DocumentStore } from '@/lib/persist/document-store';
import { hasRedactedPassword } from '@/lib/persist/redact';
import { PrismaWorkerClient } from '@/lib/prisma/worker-protocol';
import { exampleFiles } from '@/lib/samples/example';
import { Session } from '@/lib/session/session';
import type { Scheduler } from '@/lib/session/ports';
import type { OpenDocument } from '@/lib/store/designer-store';
import { createUiStore, type UiStore } from '../commands/ui-store';
import { CURRENT_DOCUMENT, PREVIOUS_DOCUMENT, snapshotOf, startAutosave } from './autosave';
import { SessionContext } from './context';
import { Designer } from './Designer';

function documentStore(): DocumentStore {
  return typeof indexedDB === 'undefined' ? new MemoryDocumentStore() : new IndexedDbDocumentStore();
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
  };
}

/** Restores the last document (or the example), then starts the session and the designer on it. */
export function DesignerApp() {
  const [state, setState] = useState<{ session: Session; ui: UiStore } | null>(null);

  useEffect(() => {
    let cancelled = false;
    let cleanup: (() => void) | null = null;
    const documents = documentStore();
    void documents.load(CURRENT_DOCUMENT).then((saved) => {
      if (cancelled) return;
      // Written out in full: the bundler recognises `new Worker(new URL(…, import.meta.url))` and bundles the worker.
      const workers = [
        new Worker(new URL('../../workers/prisma.worker.ts', import.meta.url), { type: 'module' }),
        new Worker(new URL('../../workers/layout.worker.ts', import.meta.url), { type: 'module' }),
        new Worker(new URL('../../workers/advisories.worker.ts', import.meta.url), { type: 'module' }),
        new Worker(new URL('../../workers/engine.worker.ts', import.meta.url), { type: 'module' }),
      ] as const;
      const [prismaWorker, layoutWorker, advisoryWorker, engineWorker] = workers;
      let session: Session | null = null;
      const backup = async () => {
        if (session) await documents.save(PREVIOUS_DOCUMENT, snapshotOf(session.store.getState())).catch(() => undefined);
      };
      session = new Session({
        document: saved ? documentOf(saved) : { files: exampleFiles() },
        engines: {
          prisma: new PrismaWorkerClient(prismaWorker),
          advisories: new AdvisoryWorkerClient(advisoryWorker),
          // A hung import (a statement that never ends) times out: the worker is replaced by a fresh one.
          engine: new EngineWorkerClient(engineWorker, { respawn: () => new Worker(new URL('../../workers/engine.worker.ts', import.meta.url), { type: 'module' }) }),
          layout: new LayoutWorkerClient(layoutWorker),
          scheduler: browserScheduler,
        },
        backup,
        previous: async () => {
          const previous = await documents.load(PREVIOUS_DOCUMENT);
          return previous ? documentOf(previous) : null;
        },
      });
      const stopAutosave = startAutosave(session.store, documents);
      if (saved?.files.some((f) => hasRedactedPassword(f.text))) {
        session.notify('info', 'Passwords in connection strings are not stored in the browser; they show as **** — type them again before you download.');
      }
      const live = session;
      cleanup = () => {
        stopAutosave();
        live.dispose();
        for (const w of workers) w.terminate();
      };
      // A read-only window onto the document for end-to-end tests and debugging in the console.
      (window as unknown as { __schemaCanvas?: unknown }).__schemaCanvas = {
        files: () => live.files.map((f) => ({ ...f })),
        layout: () => structuredClone(live.store.getState().layout),
        diagnostics: () => live.store.getState().diagnostics.map((d) => ({ ...d })),
      };
      setState({ session: live, ui: createUiStore() });
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
      <Designer />
    </SessionContext.Provider>
  );
}
