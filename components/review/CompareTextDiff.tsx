'use client';

import { useEffect, useRef } from 'react';
import { monaco } from '../schema-editor/monaco-setup';

/**
 * Monaco's diff editor on one file of the two versions, read-only. Its models are its own (no file
 * URI), so they never meet the designer's editor models, markers or autosave.
 */
export default function CompareTextDiff({ before, after, path }: { before: string; after: string; path: string }) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<ReturnType<typeof monaco.editor.createDiffEditor> | null>(null);

  useEffect(() => {
    if (!host.current) return;
    const diff = monaco.editor.createDiffEditor(host.current, {
      readOnly: true,
      originalEditable: false,
      automaticLayout: true,
      renderSideBySide: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 12,
      ariaLabel: 'Text diff',
    });
    editor.current = diff;
    return () => {
      const model = diff.getModel();
      diff.dispose();
      model?.original.dispose();
      model?.modified.dispose();
      editor.current = null;
    };
  }, []);

  useEffect(() => {
    const diff = editor.current;
    if (!diff) return;
    const previous = diff.getModel();
    diff.setModel({ original: monaco.editor.createModel(before, 'prisma'), modified: monaco.editor.createModel(after, 'prisma') });
    previous?.original.dispose();
    previous?.modified.dispose();
  }, [before, after, path]);

  return <div ref={host} className="h-full w-full" data-testid="compare-text-diff" aria-label={`Text diff of ${path}`} role="region" />;
}
