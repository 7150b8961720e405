import { defineCommand, ok } from '../types';

export default defineCommand({
  id: 'open-schema-folder',
  title: 'Open schema folder',
  group: 'File',
  args: [],
  keywords: ['multi-file', 'directory', 'import'],
  toolbar: { label: 'Open folder…', section: 'file', order: 2 },
  run: (session) => {
    session.port('shell')?.pick('schema-folder');
    return ok();
  },
});
