import { defineCommand, fail, ok } from '../types';

/** Leaves a version viewed from the history: the working document comes back exactly as it was. */
export default defineCommand({
  id: 'back-to-current',
  title: 'Back to current',
  group: 'Review',
  args: [],
  keywords: ['version', 'history', 'return', 'working document'],
  when: (session) => (session.review.store.getState().viewing ? null : 'No older version is open'),
  run: (session) => (session.review.backToCurrent() ? ok() : fail('No older version is open')),
});
