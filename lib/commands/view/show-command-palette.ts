import { defineCommand, ok } from '../types';

export default defineCommand({
  id: 'show-command-palette',
  title: 'Show all commands',
  group: 'View',
  args: [],
  keys: [{ key: 'Ctrl+K', scope: 'global' }],
  keywords: ['palette', 'command palette', 'help'],
  hidden: true,
  run: (session) => {
    session.port('shell')?.openPalette?.();
    return ok();
  },
});
