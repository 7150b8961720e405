import { defineCommand, ok } from '../types';

export default defineCommand({
  id: 'load-advisory-config',
  title: 'Load advisory config',
  group: 'File',
  args: [],
  keywords: ['schema-canvas.json', 'rules', 'import', 'lint config'],
  run: (session) => {
    session.port('shell')?.pick('advisory-config');
    return ok();
  },
});
