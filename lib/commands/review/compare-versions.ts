import { baselineFilesOf } from '../../review/compare';
import { defineCommand, ok } from '../types';

/** Said when the view opens on a document that is not shared (the view says it too). */
export const NOT_SHARED = 'This document is not shared, so it has no saved versions: comparing the schema as opened with the current one. Use "Share link" to save versions.';

export default defineCommand({
  id: 'compare-versions',
  title: 'Compare versions',
  group: 'Review',
  args: [],
  keywords: ['diff', 'review', 'history', 'changes', 'before', 'after', 'version'],
  // Saved versions live on the review server; without sharing only the schema as opened can be compared.
  when: (session) => {
    // While an older version is shown, "Current" would be that version, not the working document.
    const viewing = session.review.store.getState().viewing;
    if (viewing) return `You are viewing version ${viewing.number}: use “Back to current” first, then compare`;
    return session.review.connection || baselineFilesOf(session) ? null : 'This document is not shared, so it has no saved versions to compare: use "Share link" first.';
  },
  run: (session) => {
    session.view.setState({ compare: true });
    if (!session.review.connection) session.notify('info', NOT_SHARED);
    return ok();
  },
});
