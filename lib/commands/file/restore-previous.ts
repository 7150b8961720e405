import { defineCommand, ok } from '../types';

export default defineCommand({
  id: 'restore-previous',
  title: 'Restore previous document',
  group: 'File',
  args: [],
  keywords: ['backup', 'undo open', 'recover'],
  run: async (session) => {
    const previous = await session.previousDocument();
    if (!previous) return { ok: false, reason: 'There is no previous document to restore' };
    await session.backup();
    session.openDocument(previous);
    return ok('Restored the previous document');
  },
});
