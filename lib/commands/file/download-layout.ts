import { downloadExport } from '../../session/export';
import { defineCommand } from '../types';

export default defineCommand({
  id: 'download-layout',
  title: 'Download layout',
  group: 'File',
  args: [],
  keywords: ['export', 'positions', 'json', 'save layout'],
  toolbar: { label: 'Save layout', section: 'layout', order: 1 },
  run: (session) => downloadExport(session, 'layout'),
});
