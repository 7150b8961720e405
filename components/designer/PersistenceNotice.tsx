'use client';

import { useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Autosave } from '@/lib/persist/autosave';
import type { TabGuardState } from '@/lib/persist/tab-guard';

const ALWAYS_OWNER = createStore<TabGuardState>()(() => ({ owner: true, displacedAt: null }));

/**
 * While another tab owns the document this tab is read-only: the designer is inert behind a notice
 * that says why, and "Take over here" makes this tab the one that saves again (the other tab's saved
 * text is kept first, under "Restore previous document").
 */
export function PersistenceNotice({ autosave, children }: { autosave: Autosave; children: ReactNode }) {
  const { owner } = useStore(autosave.guard?.state ?? ALWAYS_OWNER);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <div inert={!owner} aria-hidden={!owner || undefined}>
        {children}
      </div>
      {!owner && (
        <div className="fixed inset-0 z-[70] flex items-start justify-center bg-slate-900/30 pt-24" data-testid="tab-conflict" data-read-only-tab>
          <div role="alertdialog" aria-modal="true" aria-labelledby="tab-conflict-title" aria-describedby="tab-conflict-text" className="max-w-md rounded-md border border-amber-300 bg-white p-4 text-sm shadow-xl">
            <h2 id="tab-conflict-title" className="font-semibold text-slate-900">
              This document is open in another tab
            </h2>
            <p id="tab-conflict-text" className="mt-2 text-slate-700">
              The other tab now saves the document, so this one is read-only and saves nothing — neither tab overwrites the other. Take over to edit here: what the other tab saved is kept under “Restore previous document”.
            </p>
            <button
              type="button"
              autoFocus
              disabled={busy}
              className="mt-3 rounded bg-blue-600 px-3 py-1.5 font-medium text-white hover:bg-blue-700 disabled:opacity-60"
              onClick={() => {
                setBusy(true);
                void autosave.takeOver().finally(() => setBusy(false));
              }}
            >
              Take over here
            </button>
          </div>
        </div>
      )}
    </>
  );
}
