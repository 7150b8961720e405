import { defineCommand, fail, ok, str } from '../types';
import { reviewFailure } from './failure';

/** Shows a version from the history read-only (the history panel's "Open"). */
export default defineCommand({
  id: 'open-version',
  title: 'Open version',
  group: 'Review',
  hidden: true,
  args: [{ name: 'version', label: 'Version', kind: 'text' }],
  when: (session) => (session.review.connection ? null : 'This document is not shared yet'),
  run: async (session, a) => {
    const id = str(a.version);
    if (!id) return fail('Choose a version');
    try {
      const version = await session.review.openVersion(id);
      return ok(`Viewing version ${version.number} — read-only.`); // the banner says so
    } catch (error) {
      return reviewFailure(error);
    }
  },
});
