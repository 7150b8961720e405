import { anchorOf, COMMENT_MAX_CHARS } from '../../review/comments';
import { showComments } from '../../review/comments-view';
import type { MenuTarget } from '../types';
import { defineCommand, fail, ok, str } from '../types';
import { commentBlocked } from './comment-access';

const anchorArgs = (target: MenuTarget) => ('field' in target ? { model: target.model, field: target.field } : 'model' in target ? { model: target.model } : null);

/** Starts a comment thread on a model, field, relation or enum of the shared document. */
export default defineCommand({
  id: 'add-comment',
  title: 'Add comment',
  group: 'Review',
  args: [
    { name: 'model', label: 'Model', kind: 'model' },
    { name: 'field', label: 'Field', kind: 'field', optional: true },
    { name: 'text', label: 'Comment', kind: 'multiline', maxLength: COMMENT_MAX_CHARS, placeholder: 'Plain text; what should change, or a question' },
  ],
  keywords: ['comment', 'review', 'note', 'discuss', 'thread', 'feedback'],
  menus: [
    { target: 'model', label: 'Add comment…', order: 40, args: anchorArgs },
    { target: 'enum', label: 'Add comment…', order: 40, args: anchorArgs },
    { target: 'field', label: 'Add comment…', order: 40, args: anchorArgs },
    { target: 'relation-field', label: 'Add comment…', order: 40, args: anchorArgs },
  ],
  // Said in the form at once, so nobody writes a comment that cannot be sent.
  impact: (session) => commentBlocked(session) ?? undefined,
  when: (session) => commentBlocked(session),
  run: async (session, a) => {
    const found = anchorOf(session.parsed.model, str(a.model), str(a.field));
    if ('problem' in found) return fail(found.problem);
    // Sent as typed (surrounding blank lines trimmed); the draft stays in the form if this fails.
    const text = typeof a.text === 'string' ? a.text.replace(/^\s*\n|\n\s*$/g, '') : '';
    try {
      const thread = await session.review.addComment(found.anchor, text, { author: session.author });
      showComments(session.review.comments, { thread: thread.id });
      return ok('Comment added');
    } catch (error) {
      return fail(error instanceof Error ? error.message : String(error));
    }
  },
});
