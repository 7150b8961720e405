import { lostComments } from '../../editor/comment-check';
import type { SchemaFile } from '../../schema/document';
import { diffToEdits } from '../../text/line-diff';
import { defineCommand, ok } from '../types';

export default defineCommand({
  id: 'format-schema',
  title: 'Format schema',
  group: 'Schema',
  args: [],
  keys: [{ key: 'Shift+Alt+F', scope: 'global' }],
  keywords: ['prettier', 'prisma format'],
  toolbar: { label: 'Format', section: 'edit', order: 4 },
  run: async (session, a) => {
    const s = session.store.getState();
    let formatted: SchemaFile[];
    try {
      formatted = await session.prisma.request<SchemaFile[]>({ type: 'format', version: s.prismaVersion, files: s.files });
    } catch (e) {
      return { ok: false, reason: `Prisma's formatter failed: ${e instanceof Error ? e.message : String(e)}` };
    }
    // Formatting keeps every comment, or asks first.
    const lost = lostComments(s.files, formatted);
    if (lost.length && a.force !== true) {
      const impact = `Prisma's formatter would drop ${lost.length} comment${lost.length > 1 ? 's' : ''}: ${lost.slice(0, 3).join(' · ')}${lost.length > 3 ? ' …' : ''}`;
      return { ok: false, reason: 'Formatting would drop comments', confirm: { values: { force: true }, submitLabel: 'Format anyway', impact } };
    }
    // Line-level patches: lines the formatter left alone keep their markers, folds and cursor.
    const edits = formatted.flatMap((f, i) => diffToEdits(f.path, s.files[i].text, f.text));
    if (!edits.length) {
      session.notify('info', 'The schema is already formatted');
      return ok();
    }
    session.applyEdits(edits, 'Format schema');
    session.notify('info', 'Formatted with Prisma’s formatter');
    return ok();
  },
});
