import { defineCommand, ok } from '../types';
import { needsValidText } from './migration-dialog';

export default defineCommand({
  id: 'export-migration',
  title: 'Export migration',
  group: 'File',
  args: [],
  keys: [{ key: 'Ctrl+Shift+E', scope: 'global' }],
  keywords: ['migrate', 'sql', 'prisma migrate diff', 'migration.sql', 'zip', 'down.sql', 'rollback'],
  when: needsValidText,
  run: (session) => {
    session.view.setState({ exportMigration: true });
    return ok();
  },
});
