import { pasteModels } from '../../ops';
import { editOp } from '../edit';
import { defineCommand, str } from '../types';

export default defineCommand({
  id: 'paste-models',
  title: 'Paste models',
  group: 'Model',
  args: [{ name: 'text', label: 'Schema text', kind: 'multiline', optional: true, placeholder: 'model … { … } blocks copied from a schema; empty pastes the clipboard' }],
  keys: [{ key: 'Ctrl+V', scope: 'canvas' }],
  keywords: ['clipboard', 'import'],
  cli: true,
  run: async (session, a) => {
    let text = typeof a.text === 'string' ? a.text : '';
    if (!text.trim()) text = (await session.port('shell')?.readClipboard?.().catch(() => '')) || session.clipboard;
    if (!/\b(model|enum|view|type)\s+\w+\s*\{/.test(text)) return { ok: false, reason: 'The clipboard holds no model or enum blocks to paste' };
    return editOp(session, 'Paste models', a, [], (s) => pasteModels(s, { text, file: str(a.file) || undefined }));
  },
});
