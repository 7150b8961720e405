import { defineCommand, ok } from '../types';
import { needsValidText } from './migration-dialog';

export default defineCommand({
  id: 'verify-migration',
  title: 'Verify migration',
  group: 'File',
  args: [],
  keywords: ['pglite', 'postgresql', 'apply', 'test', 'check', 'rollback'],
  when: needsValidText,
  run: (session) => {
    session.view.setState({ exportMigration: 'verify' });
    return ok();
  },
});
