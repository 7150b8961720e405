import { defineCommand, ok } from '../types';

export default defineCommand({
  id: 'redo',
  title: 'Redo',
  group: 'Edit',
  args: [],
  keys: [
    { key: 'Ctrl+Shift+Z', scope: 'canvas' },
    { key: 'Ctrl+Shift+Z', scope: 'editor' },
    { key: 'Ctrl+Y', scope: 'canvas' },
    { key: 'Ctrl+Y', scope: 'editor' },
  ],
  run: (session) => {
    const step = session.redo();
    return ok(step ? `Redid ${step.label}` : undefined);
  },
});
