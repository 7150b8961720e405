import { showComments } from '../../review/comments-view';
import { defineCommand, ok, str } from '../types';

/** Opens the comments panel: every thread, or those on one model (a marker, a node's menu). */
export default defineCommand({
  id: 'show-comments',
  title: 'Show comments',
  group: 'Review',
  args: [{ name: 'model', label: 'Model', kind: 'model', optional: true, noSelection: true }],
  keywords: ['comments', 'review', 'threads', 'discussion', 'feedback'],
  menus: [
    {
      target: 'model',
      label: 'Show comments',
      order: 41,
      when: (target, session) => 'model' in target && session.review.store.getState().threads.some((t) => t.anchor.model === target.model),
    },
  ],
  run: (session, a) => {
    const model = str(a.model);
    showComments(session.review.comments, { filter: model ? { model } : null });
    return ok();
  },
});
