import { defineCommand, ok } from '../types';

export default defineCommand({
  id: 'focus-next-pane',
  title: 'Focus next pane',
  group: 'View',
  args: [],
  keys: [{ key: 'F6', scope: 'global' }],
  keywords: ['toolbar', 'editor', 'diagram', 'keyboard'],
  run: (session) => {
    session.port('shell')?.focusPane?.(false);
    return ok();
  },
});
