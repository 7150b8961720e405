import { defineCommand, ok } from '../types';

export default defineCommand({
  id: 'undo',
  title: 'Undo',
  group: 'Edit',
  args: [],
  keys: [
    { key: 'Ctrl+Z', scope: 'canvas' },
    { key: 'Ctrl+Z', scope: 'editor' },
  ],
  run: (session) => {
    const step = session.undo();
    return ok(step ? `Undid ${step.label}` : undefined);
  },
});
