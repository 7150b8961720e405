'use client';

import dynamic from 'next/dynamic';
import { FileTabs } from './FileTabs';

const SchemaEditor = dynamic(() => import('../schema-editor/SchemaEditor'), {
  ssr: false,
  loading: () => <div className="p-3 text-sm text-slate-500">Loading editor…</div>,
});

/** The text side. `nokey` stops React Flow from swallowing Space while typing (PLATFORM.md §3). */
export function EditorPane() {
  return (
    <section className="nokey flex h-full min-w-0 flex-col" aria-label="Schema text">
      <FileTabs />
      <div className="min-h-0 flex-1">
        <SchemaEditor />
      </div>
    </section>
  );
}
