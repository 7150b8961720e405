import { downloadExport } from '../../session/export';
import { defineCommand } from '../types';

export default defineCommand({
  id: 'download-schema',
  title: 'Download schema',
  group: 'File',
  args: [],
  keys: [{ key: 'Ctrl+S', scope: 'global' }],
  keywords: ['export', 'save'],
  toolbar: { label: 'Download', section: 'file', order: 3 },
  run: (session) => downloadExport(session, 'schema'),
});
