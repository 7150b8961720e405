import { defineCommand, ok } from '../types';

/** Opens the history panel: the shared document's versions and their review verdicts. */
export default defineCommand({
  id: 'show-history',
  title: 'Show history',
  group: 'Review',
  args: [],
  keywords: ['versions', 'history', 'review', 'approved', 'timeline'],
  run: (session) => {
    session.review.panels.setState({ history: true });
    if (session.review.connection) void session.review.refreshVersions().catch(() => undefined);
    return ok();
  },
});
