'use client';

import { useStore } from 'zustand';
import type { ReviewPanels, ReviewState } from '@/lib/review/service';
import { useSession } from '../designer/context';

/** A narrow selector on the review state (connection, versions, links, the viewed version). */
export function useReview<T>(selector: (s: ReviewState) => T): T {
  return useStore(useSession().review.store, selector);
}

/** Which review screens are open. */
export function useReviewPanels<T>(selector: (s: ReviewPanels) => T): T {
  return useStore(useSession().review.panels, selector);
}

/** A time as the reader's locale writes it, e.g. "8 Dec 2026, 01:02". */
export function formatTime(iso: string | null): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '—' : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
