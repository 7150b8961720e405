'use client';

import { useMemo } from 'react';
import { useStore } from 'zustand';
import type { SchemaAnchor } from '@/lib/review/anchors';
import { anchorExists } from '@/lib/review/anchors';
import type { ThreadRecord } from '@/lib/review/client';
import { markerCounts, shownAnchor, type MarkerCounts } from '@/lib/review/comments';
import type { CommentsViewState } from '@/lib/review/comments-view';
import type { SchemaModel } from '@/lib/schema/model';
import { useDesigner, useSession } from '../designer/context';
import { useReview } from './hooks';

export { useReview };

export function useCommentsView<T>(selector: (s: CommentsViewState) => T): T {
  return useStore(useSession().review.comments, selector);
}

/** A thread with where it shows now and whether that still exists in the text. */
export interface ShownThread extends ThreadRecord {
  shown: SchemaAnchor;
  outdated: boolean;
}

function shownThreads(threads: readonly ThreadRecord[], moved: CommentsViewState['moved'], schema: SchemaModel): ShownThread[] {
  return threads.map((t) => {
    const shown = shownAnchor(t.anchor, moved[t.id], schema);
    return { ...t, shown, outdated: !anchorExists(shown, schema) };
  });
}

export function useShownThreads(): ShownThread[] {
  const threads = useReview((s) => s.threads);
  const moved = useCommentsView((s) => s.moved);
  const schema = useDesigner((s) => s.parsed.model);
  return useMemo(() => shownThreads(threads, moved, schema), [threads, moved, schema]);
}

// Every node's marker asks for the same counts: computed once per change of threads, renames or text.
let cache: { threads: readonly ThreadRecord[]; moved: CommentsViewState['moved']; schema: SchemaModel; counts: MarkerCounts } | null = null;

export function useMarkerCounts(): MarkerCounts {
  const threads = useReview((s) => s.threads);
  const moved = useCommentsView((s) => s.moved);
  const schema = useDesigner((s) => s.parsed.model);
  if (!cache || cache.threads !== threads || cache.moved !== moved || cache.schema !== schema) {
    const current = shownThreads(threads, moved, schema).filter((t) => !t.outdated);
    cache = { threads, moved, schema, counts: markerCounts(current.map((t) => ({ anchor: t.shown, resolved: t.resolved }))) };
  }
  return cache.counts;
}
