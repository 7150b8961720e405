import { copyModelsText } from '../../ops';
import { defineCommand, ok } from '../types';

export default defineCommand({
  id: 'copy-models',
  title: 'Copy selected models',
  group: 'Model',
  args: [],
  keys: [{ key: 'Ctrl+C', scope: 'canvas' }],
  keywords: ['clipboard'],
  // Without a model selection the browser's own copy (of selected text) applies.
  when: (session) => (session.store.getState().selectedNodes.length ? null : 'Select the models to copy first'),
  run: async (session) => {
    const s = session.store.getState();
    const m = session.parsed.model;
    const names = s.selectedNodes.filter((n) => [...m.models, ...m.views, ...m.enums, ...m.composites].some((x) => x.name === n));
    if (!names.length) return { ok: false, reason: 'Select the models to copy first' };
    const text = copyModelsText(session.parsed, names);
    session.clipboard = text;
    await session.port('shell')?.writeClipboard?.(text).catch(() => undefined);
    session.notify('info', `Copied ${names.join(', ')}: paste with Ctrl+V here or in another schema`);
    return ok();
  },
});
