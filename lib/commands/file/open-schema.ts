import { defineCommand, ok } from '../types';

export default defineCommand({
  id: 'open-schema',
  title: 'Open schema',
  group: 'File',
  args: [],
  keys: [{ key: 'Ctrl+O', scope: 'global' }],
  keywords: ['import', 'load', 'file'],
  toolbar: { label: 'Open…', section: 'file', order: 1 },
  run: (session) => {
    session.port('shell')?.pick('schema-files');
    return ok();
  },
});
