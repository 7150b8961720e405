'use client';

import { useEffect, useRef } from 'react';
import { useSession } from '../designer/context';
import { monaco } from './monaco-setup';
import { registerPrismaProviders } from './providers';
import { registerAdvisoryActions } from './advisory-actions';
import { MonacoAdapter } from './editor-models';

/**
 * Monaco showing the active schema file: an adapter over the session's text (keystrokes go to the
 * session as patches; every other change comes back from it as patches).
 */
export default function SchemaEditor() {
  const session = useSession();
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
    const models = new MonacoAdapter(session, editor);
    const providers = registerPrismaProviders(session);
    const advisoryActions = registerAdvisoryActions(session);
    // A View or Comment link, or an older version from the history: the text cannot be typed into.
    const readOnly = () => {
      const reason = session.review.editRefusal();
      editor.updateOptions({ readOnly: reason !== null, readOnlyMessage: reason ? { value: reason } : undefined });
    };
    readOnly();
    const stopReadOnly = session.review.store.subscribe(readOnly);
    return () => {
      stopReadOnly();
      providers.dispose();
      advisoryActions.dispose();
      models.dispose();
      editor.dispose();
    };
  }, [session]);

  return <div ref={host} className="h-full w-full" data-testid="schema-editor" />;
}
