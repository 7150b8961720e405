import { defineCommand, ok } from '../types';

export default defineCommand({
  id: 'auto-layout',
  title: 'Auto layout',
  group: 'Diagram',
  args: [],
  keys: [{ key: 'Shift+L', scope: 'canvas' }],
  keywords: ['arrange', 'elk'],
  toolbar: { label: 'Auto layout', section: 'edit', order: 3 },
  menus: [{ target: 'pane', label: 'Auto layout', order: 2 }],
  run: async (session) => {
    await session.autoLayout();
    return ok('Laid out');
  },
});
