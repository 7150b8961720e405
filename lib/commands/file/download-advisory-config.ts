import { downloadExport } from '../../session/export';
import { defineCommand } from '../types';

export default defineCommand({
  id: 'download-advisory-config',
  title: 'Download advisory config',
  group: 'File',
  args: [],
  keywords: ['schema-canvas.json', 'rules', 'export', 'lint config'],
  run: (session) => downloadExport(session, 'advisory-config'),
});
