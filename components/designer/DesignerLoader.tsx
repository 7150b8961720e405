'use client';

import dynamic from 'next/dynamic';

/** The designer touches IndexedDB, workers and Monaco, so it renders in the browser only. */
const DesignerApp = dynamic(() => import('./DesignerApp').then((m) => m.DesignerApp), {
  ssr: false,
  loading: () => (
    <main className="flex h-screen items-center justify-center text-sm text-slate-500" aria-busy="true">
      Loading Schema Canvas…
    </main>
  ),
});

export function DesignerLoader() {
  return <DesignerApp />;
}
