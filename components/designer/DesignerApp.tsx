'use client';

import { useEffect, useState } from 'react';
import { isPrismaVersionId } from '@/lib/prisma/versions';
import { IndexedDbDocumentStore, MemoryDocumentStore, type DocumentStore } from '@/lib/persist/document-store';
import { hasRedactedPassword } from '@/lib/persist/redact';
import { exampleFiles } from '@/lib/samples/example';
import { createDesignerStore } from '@/lib/store/designer-store';
import { CURRENT_DOCUMENT, startAutosave } from './autosave';
import { ServicesContext } from './context';
import { Designer } from './Designer';
import { DesignerServices } from './services';

function documentStore(): DocumentStore {
  return typeof indexedDB === 'undefined' ? new MemoryDocumentStore() : new IndexedDbDocumentStore();
}

/** Restores the last document (or the example), then starts the designer. */
export function DesignerApp() {
  const [state, setState] = useState<{ services: DesignerServices; documents: DocumentStore } | null>(null);

  useEffect(() => {
    let cancelled = false;
    let cleanup: (() => void) | null = null;
    const documents = documentStore();
    void documents.load(CURRENT_DOCUMENT).then((saved) => {
      if (cancelled) return;
      const store = createDesignerStore(
        saved
          ? {
              files: saved.files,
              activeFile: saved.activeFile,
              layout: saved.layout,
              baselineNames: saved.baselineNames,
              advisoryConfig: saved.advisoryConfig,
              migrationBaseline: saved.migrationBaseline,
              prismaVersion: isPrismaVersionId(saved.prismaVersion) ? saved.prismaVersion : undefined,
            }
          : { files: exampleFiles() },
      );
      const prismaWorker = new Worker(new URL('../../workers/prisma.worker.ts', import.meta.url), { type: 'module' });
      const layoutWorker = new Worker(new URL('../../workers/layout.worker.ts', import.meta.url), { type: 'module' });
      const advisoryWorker = new Worker(new URL('../../workers/advisories.worker.ts', import.meta.url), { type: 'module' });
      const engineWorker = new Worker(new URL('../../workers/engine.worker.ts', import.meta.url), { type: 'module' });
      const services = new DesignerServices(store, prismaWorker, layoutWorker, advisoryWorker, engineWorker);
      const stopAutosave = startAutosave(store, documents);
      if (saved?.files.some((f) => hasRedactedPassword(f.text))) {
        store.getState().notify('info', 'Passwords in connection strings are not stored in the browser; they show as **** — type them again before you download.');
      }
      cleanup = () => {
        stopAutosave();
        services.dispose();
        prismaWorker.terminate();
        layoutWorker.terminate();
        advisoryWorker.terminate();
        engineWorker.terminate();
      };
      // A read-only window onto the document for end-to-end tests and debugging in the console.
      (window as unknown as { __schemaCanvas?: unknown }).__schemaCanvas = {
        files: () => store.getState().files.map((f) => ({ ...f })),
        layout: () => structuredClone(store.getState().layout),
        diagnostics: () => store.getState().diagnostics.map((d) => ({ ...d })),
      };
      setState({ services, documents });
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
    <ServicesContext.Provider value={state.services}>
      <Designer documents={state.documents} />
    </ServicesContext.Provider>
  );
}
