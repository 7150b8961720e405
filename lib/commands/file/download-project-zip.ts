import { defineCommand, ok } from '../types';
import { needsValidText } from './migration-dialog';

export default defineCommand({
  id: 'download-project-zip',
  title: 'Download project zip',
  group: 'File',
  args: [],
  keywords: ['export', 'migrations', 'prisma folder', 'zip'],
  when: needsValidText,
  run: (session) => {
    session.view.setState({ exportMigration: true });
    return ok();
  },
});
