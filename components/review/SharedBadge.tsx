'use client';

import { ACCESS_LABEL } from '@/lib/review/service';
import { useSession } from '../designer/context';
import { useReview } from './hooks';

/** In the status bar: this is a shared document, and what this browser may do with it ("Shared · View only"). */
export function SharedBadge() {
  const session = useSession();
  const access = useReview((s) => s.connection?.access ?? null);
  if (!access) return null;
  return (
    <button
      type="button"
      className="rounded bg-indigo-100 px-1.5 text-indigo-900 hover:bg-indigo-200"
      data-testid="shared-badge"
      title="Show the versions of this shared document"
      onClick={() => void session.run('show-history')}
    >
      Shared · {ACCESS_LABEL[access]}
    </button>
  );
}
