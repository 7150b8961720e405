'use client';

import { useEffect, useRef } from 'react';
import { useServices } from '../designer/context';
import { setEditorBridge } from './editor-bridge';
import { monaco } from './monaco-setup';
import { registerPrismaProviders } from './providers';
import { registerAdvisoryActions } from './advisory-actions';
import { EditorModels } from './editor-models';

/**
 * Monaco showing the active schema file. Text flows one way into the store (every change event);
 * canvas patches come back through the editor bridge as Monaco edit operations.
 */
export default function SchemaEditor() {
  const services = useServices();
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!host.current) return;
    const editor = monaco.editor.create(host.current, {
      language: 'prisma',
      automaticLayout: true,
      fontSize: 13,
      tabSize: 2,
      insertSpaces: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      wordBasedSuggestions: 'off',
      // Suggestions open on `@` and `.` or Ctrl+Space; Enter only accepts one that changes the text.
      quickSuggestions: false,
      acceptSuggestionOnEnter: 'smart',
      fixedOverflowWidgets: true,
      renderWhitespace: 'selection',
      ariaLabel: 'Schema text editor',
      editContext: false,
      model: null,
    });
    const models = new EditorModels(services, editor);
    const providers = registerPrismaProviders(services);
    const advisoryActions = registerAdvisoryActions(services);
    setEditorBridge(models.bridge());
    return () => {
      setEditorBridge(null);
      providers.dispose();
      advisoryActions.dispose();
      models.dispose();
      editor.dispose();
    };
  }, [services]);

  return <div ref={host} className="h-full w-full" data-testid="schema-editor" />;
}
