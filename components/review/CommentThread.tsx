'use client';

import { forwardRef } from 'react';
import { anchorLabel } from '@/lib/review/comments';
import { useSession } from '../designer/context';
import { CommentComposer } from './CommentComposer';
import type { ShownThread } from './comment-hooks';
import { formatTime } from './hooks';

/** One thread: what it is about, its comments as plain text, a reply box and Resolve/Reopen. */
export const CommentThread = forwardRef<HTMLElement, { thread: ShownThread; blocked: string | null; selected: boolean }>(function CommentThread({ thread, blocked, selected }, ref) {
  const session = useSession();
  const on = anchorLabel(thread.shown);
  const moved = anchorLabel(thread.anchor) !== on;
  const show = () => {
    if (thread.outdated) return;
    void session.run('go-to-model', { model: thread.shown.model });
  };
  const resolve = () =>
    void session.review.setResolved(thread.id, !thread.resolved, { author: session.author }).catch(() => undefined); // the panel shows the service's error

  return (
    <article
      ref={ref}
      tabIndex={-1}
      aria-label={`Thread on ${on}`}
      data-testid="comment-thread"
      data-thread={thread.id}
      data-outdated={thread.outdated || undefined}
      data-resolved={thread.resolved || undefined}
      className={`rounded border bg-white p-2 focus:outline-none ${selected ? 'border-violet-400 ring-1 ring-violet-300' : 'border-slate-200'} ${thread.resolved ? 'opacity-75' : ''}`}
    >
      <header className="flex flex-wrap items-center gap-1.5 text-xs">
        <button type="button" className="font-mono font-semibold text-slate-800 underline-offset-2 hover:underline disabled:no-underline" disabled={thread.outdated} onClick={show} title={thread.outdated ? undefined : `Show ${thread.shown.model} on the diagram`}>
          {on}
        </button>
        {moved && <span className="text-slate-500">(started on {anchorLabel(thread.anchor)})</span>}
        {thread.outdated && (
          <span className="rounded bg-amber-100 px-1 font-medium text-amber-900" title={`${on} is not in the current schema`}>
            Outdated
          </span>
        )}
        {thread.resolved && <span className="rounded bg-emerald-100 px-1 font-medium text-emerald-900">Resolved</span>}
        <button
          type="button"
          className="ml-auto rounded border border-slate-300 px-1.5 text-slate-700 hover:bg-slate-50 disabled:opacity-50"
          disabled={blocked !== null}
          title={blocked ?? undefined}
          aria-label={`${thread.resolved ? 'Reopen' : 'Resolve'} thread on ${on}`}
          onClick={resolve}
        >
          {thread.resolved ? 'Reopen' : 'Resolve'}
        </button>
      </header>
      <ol className="mt-1 space-y-1.5">
        {thread.comments.map((c) => (
          <li key={c.id} className="text-sm" data-testid="comment">
            <p className="text-[11px] text-slate-500">
              <span className="font-medium text-slate-700">{c.author}</span> · <time dateTime={c.createdAt}>{formatTime(c.createdAt)}</time>
            </p>
            {/* Plain text, as typed: React escapes it, line breaks are kept. */}
            <p className="whitespace-pre-wrap break-words text-slate-900" data-testid="comment-text">
              {c.text}
            </p>
          </li>
        ))}
      </ol>
      {thread.resolved && thread.resolvedBy && <p className="mt-1 text-[11px] text-slate-500">Resolved by {thread.resolvedBy}</p>}
      <CommentComposer
        label={`Reply to thread on ${on}`}
        submitLabel="Reply"
        disabledReason={blocked}
        onSend={async (text, clientKey) => void (await session.review.reply(thread.id, text, { clientKey, author: session.author }))}
      />
    </article>
  );
});
