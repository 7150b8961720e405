'use client';

import { anchorLabel } from '@/lib/review/comments';
import { showComments } from '@/lib/review/comments-view';
import { useSession } from '../designer/context';
import { useMarkerCounts } from './comment-hooks';

/**
 * The open comment threads on a model, enum or field row, as a small badge with their count.
 * Clicking it (or Enter/Space when focused) opens the Comments panel on those threads.
 */
export function CommentMarker({ model, field, enumBlock = false }: { model: string; field?: string; enumBlock?: boolean }) {
  const session = useSession();
  const counts = useMarkerCounts();
  const count = field ? (counts.fields.get(`${model}.${field}`) ?? 0) : (counts.blocks.get(model) ?? 0);
  if (!count) return null;
  const on = anchorLabel(field ? { kind: 'field', model, field } : { kind: enumBlock ? 'enum' : 'model', model });
  const label = `${count} open comment thread${count === 1 ? '' : 's'} on ${on}`;
  return (
    <button
      type="button"
      className={`nodrag ml-1 inline-flex shrink-0 items-center gap-0.5 rounded-full px-1.5 text-[10px] font-bold leading-4 focus:outline-none focus:ring-2 focus:ring-violet-300 ${field ? 'bg-violet-100 text-violet-900' : 'bg-violet-600 text-white'}`}
      title={`${label} — open them in the Comments panel`}
      aria-label={label}
      data-testid="comment-marker"
      data-anchor={on}
      onClick={(e) => {
        e.stopPropagation();
        showComments(session.review.comments, { filter: field ? { model, field } : { model } });
      }}
      onKeyDown={(e) => e.stopPropagation()}
      onDoubleClick={(e) => e.stopPropagation()}
    >
      <svg width="9" height="9" viewBox="0 0 16 16" aria-hidden="true" fill="currentColor">
        <path d="M2 2h12a1 1 0 0 1 1 1v8a1 1 0 0 1-1 1H7l-4 3v-3H2a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1z" />
      </svg>
      {count}
    </button>
  );
}
