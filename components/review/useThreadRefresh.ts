'use client';

import { useEffect } from 'react';
import { followRenames } from '@/lib/review/follow-renames';
import type { Session } from '@/lib/session/session';
import { useCommentsView, useReview } from './comment-hooks';

/** How often open threads are fetched again while the panel is open. */
export const REFRESH_MS = 15_000;

/**
 * Keeps the threads current without a live connection: fetched when the document is shared or
 * opened from a link (so the diagram's markers show), when the panel opens, every 15 s while it is
 * open, and when the window gets focus back. Renames made here move threads along.
 */
export function useThreadRefresh(session: Session): void {
  const documentId = useReview((s) => s.connection?.documentId ?? null);
  const token = useReview((s) => s.connection?.token ?? null);
  const open = useCommentsView((s) => s.open);

  useEffect(() => followRenames(session), [session]);

  useEffect(() => {
    if (!documentId || !token) return;
    // Failures land in the service's `error`, which the panel shows.
    const refresh = () => void session.review.refreshThreads().catch(() => undefined);
    refresh();
    window.addEventListener('focus', refresh);
    const timer = open ? window.setInterval(refresh, REFRESH_MS) : undefined;
    return () => {
      window.removeEventListener('focus', refresh);
      if (timer !== undefined) window.clearInterval(timer);
    };
  }, [session, documentId, token, open]);
}
