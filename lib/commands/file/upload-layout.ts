import { defineCommand, ok } from '../types';

export default defineCommand({
  id: 'upload-layout',
  title: 'Upload layout',
  group: 'File',
  args: [],
  keywords: ['import', 'positions', 'json', 'load layout'],
  toolbar: { label: 'Load layout…', section: 'layout', order: 2 },
  run: (session) => {
    session.port('shell')?.pick('layout');
    return ok();
  },
});
