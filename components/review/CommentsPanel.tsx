'use client';

import { useEffect, useRef, useState } from 'react';
import { commentBlocked } from '@/lib/commands/review/comment-access';
import { anchorLabel, threadMatches } from '@/lib/review/comments';
import { openForm } from '../commands/open-form';
import { useSession, useUiStore } from '../designer/context';
import { useCommentsView, useReview, useShownThreads, type ShownThread } from './comment-hooks';
import { CommentThread } from './CommentThread';
import { useThreadRefresh } from './useThreadRefresh';

/** The Comments panel: threads on the shared document, open first, then outdated, then resolved. */
export function CommentsPanel() {
  const session = useSession();
  const ui = useUiStore();
  useThreadRefresh(session);
  const open = useCommentsView((s) => s.open);
  const filter = useCommentsView((s) => s.filter);
  const selected = useCommentsView((s) => s.thread);
  const focusRequest = useCommentsView((s) => s.focusRequest);
  const connection = useReview((s) => s.connection);
  const error = useReview((s) => s.error);
  const threads = useShownThreads();
  const [showResolved, setShowResolved] = useState(false);
  const panel = useRef<HTMLElement>(null);
  const threadRefs = useRef(new Map<string, HTMLElement>());
  // Read on every render: `connection` above re-renders the panel when the access changes.
  const blocked = commentBlocked(session);

  useEffect(() => {
    if (!focusRequest) return;
    const id = requestAnimationFrame(() => {
      const target = (selected && threadRefs.current.get(selected)) || panel.current;
      target?.scrollIntoView?.({ block: 'nearest' });
      target?.focus();
    });
    return () => cancelAnimationFrame(id);
  }, [focusRequest, selected]);

  if (!open) return null;
  const close = () => session.review.comments.setState({ open: false, thread: null });
  const shown = filter ? threads.filter((t) => threadMatches(t.shown, filter.model, filter.field)) : threads;
  const openThreads = shown.filter((t) => !t.resolved && !t.outdated);
  const outdated = shown.filter((t) => t.outdated);
  const resolved = shown.filter((t) => t.resolved && !t.outdated);
  const list = (items: ShownThread[]) => (
    <ul className="space-y-2">
      {items.map((t) => (
        <li key={t.id}>
          <CommentThread
            thread={t}
            blocked={blocked}
            selected={t.id === selected}
            ref={(el) => {
              if (el) threadRefs.current.set(t.id, el);
              else threadRefs.current.delete(t.id);
            }}
          />
        </li>
      ))}
    </ul>
  );

  return (
    <section ref={panel} tabIndex={-1} className="flex w-96 shrink-0 flex-col border-l border-slate-200 bg-slate-50 focus:outline-none" aria-label="Comments" data-testid="comments-panel">
      <header className="flex items-center gap-2 border-b border-slate-200 px-3 py-2">
        <h2 className="text-sm font-semibold text-slate-800">Comments</h2>
        <span className="text-xs text-slate-500">
          {openThreads.length} open · {resolved.length} resolved
        </span>
        <button
          type="button"
          className="ml-auto rounded border border-slate-300 bg-white px-2 text-xs text-slate-700 hover:bg-slate-100"
          onClick={() => openForm(session, ui, 'add-comment', filter ? { model: filter.model, ...(filter.field ? { field: filter.field } : {}) } : {})}
        >
          Add comment…
        </button>
        <button type="button" className="rounded px-2 text-slate-600 hover:bg-slate-200" aria-label="Close comments" onClick={close}>
          ×
        </button>
      </header>
      {filter && (
        <p className="flex items-center gap-2 border-b border-slate-200 px-3 py-1.5 text-xs text-slate-700">
          Threads on <span className="font-mono">{anchorLabel({ kind: filter.field ? 'field' : 'model', model: filter.model, field: filter.field })}</span>
          <button type="button" className="ml-auto underline" onClick={() => session.review.comments.setState({ filter: null })}>
            Show all threads
          </button>
        </p>
      )}
      <div className="min-h-0 flex-1 space-y-3 overflow-y-auto p-3">
        {!connection && <p className="text-sm text-slate-700">Comments need a shared document: use &quot;Share link&quot; first. Threads then appear here and on the diagram.</p>}
        {connection && blocked && <p className="rounded border border-slate-200 bg-white px-2 py-1 text-xs text-slate-600">{blocked}</p>}
        {error && (
          <p role="alert" className="rounded border border-red-200 bg-red-50 px-2 py-1 text-xs text-red-800">
            {error}
          </p>
        )}
        {connection && !shown.length && <p className="text-sm text-slate-500">No comments {filter ? 'here ' : ''}yet. Right-click a model or field and choose &quot;Add comment…&quot;.</p>}
        {openThreads.length > 0 && list(openThreads)}
        {outdated.length > 0 && (
          <section aria-label="Outdated threads">
            <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-amber-800">Outdated — no longer in the schema</h3>
            {list(outdated)}
          </section>
        )}
        {resolved.length > 0 && (
          <section aria-label="Resolved threads">
            <button type="button" className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600" aria-expanded={showResolved} onClick={() => setShowResolved(!showResolved)}>
              {showResolved ? '▾' : '▸'} Resolved ({resolved.length})
            </button>
            {showResolved && list(resolved)}
          </section>
        )}
      </div>
    </section>
  );
}
