import { canEdit } from '../../review/service';
import { defineCommand, fail, ok, str } from '../types';
import { reviewFailure } from './failure';

/** An immutable snapshot of the files, layout and advisory config; the first one shares the document. */
export default defineCommand({
  id: 'save-version',
  title: 'Save version',
  group: 'Review',
  args: [
    { name: 'name', label: 'Name', kind: 'text', placeholder: 'e.g. Add billing tables' },
    { name: 'message', label: 'Message', kind: 'multiline', optional: true, placeholder: 'What changed and why (optional)' },
  ],
  keywords: ['snapshot', 'version', 'commit', 'history', 'share', 'upload', 'review'],
  when: (session) => {
    const { viewing, connection } = session.review.store.getState();
    if (viewing) return `You are viewing version ${viewing.number}: use “Back to current” first`;
    if (connection && !canEdit(connection.access)) return 'Your link does not allow saving versions';
    return null;
  },
  impact: (session) =>
    session.review.connection ? undefined : 'Saving a version shares this document: the schema (without datasource credentials), its layout and advisory config are uploaded to this app’s server.',
  run: async (session, a) => {
    const name = str(a.name);
    if (!name) return fail('Give the version a name');
    try {
      const version = await session.review.saveVersion({ name, message: str(a.message) || undefined });
      session.notify('info', `Saved version ${version.number} “${version.name}”.`);
      return ok();
    } catch (error) {
      return reviewFailure(error);
    }
  },
});
