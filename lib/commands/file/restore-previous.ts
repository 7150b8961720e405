import { defineCommand, ok, str } from '../types';

export default defineCommand({
  id: 'restore-previous',
  title: 'Restore previous document',
  group: 'File',
  // The form lists the kept documents (the last 10 replaced), newest first; none given means the newest.
  args: [{ name: 'document', label: 'Document', kind: 'backup' }],
  keywords: ['backup', 'undo open', 'recover', 'restore…', 'history'],
  run: async (session, args) => {
    const id = str(args.document);
    const previous = await session.previousDocument(id || undefined);
    if (!previous) return { ok: false, reason: id ? 'That document is no longer kept' : 'There is no previous document to restore' };
    await session.backup();
    session.openDocument(previous);
    return ok('Restored the previous document');
  },
});
