'use client';

import { useSession } from '../designer/context';
import { useReview } from './hooks';

/** While an older version is shown: which one, that it is read-only, and the way back. */
export function VersionBanner() {
  const session = useSession();
  const viewing = useReview((s) => s.viewing);
  if (!viewing) return null;
  return (
    <div role="status" className="flex items-center gap-3 border-b border-amber-300 bg-amber-50 px-3 py-1.5 text-sm text-amber-950" data-testid="version-banner">
      <span>
        Viewing version {viewing.number} — read-only <span className="text-amber-800">(“{viewing.name}”)</span>
      </span>
      <button type="button" className="rounded border border-amber-400 bg-white px-2 py-0.5 hover:bg-amber-100" onClick={() => void session.run('back-to-current')}>
        Back to current
      </button>
    </div>
  );
}
