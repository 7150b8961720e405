import { exampleFiles } from '../../samples/example';
import { defineCommand, ok } from '../types';

export default defineCommand({
  id: 'load-example',
  title: 'Load example schema',
  group: 'File',
  args: [],
  keywords: ['sample', 'demo', 'reset'],
  run: async (session) => {
    await session.backup();
    session.openDocument({ files: exampleFiles(), prismaVersion: '7' });
    session.notify('info', 'Loaded the example schema. “Restore previous document” brings yours back.');
    return ok();
  },
});
