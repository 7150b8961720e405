import { defineCommand, ok } from '../types';

export default defineCommand({
  id: 'focus-previous-pane',
  title: 'Focus previous pane',
  group: 'View',
  args: [],
  keys: [{ key: 'Shift+F6', scope: 'global' }],
  keywords: ['toolbar', 'editor', 'diagram', 'keyboard'],
  run: (session) => {
    session.port('shell')?.focusPane?.(true);
    return ok();
  },
});
