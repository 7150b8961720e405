'use client';

import { useState } from 'react';
import type { LinkRecord } from '@/lib/review/client';
import { useSession } from '../designer/context';
import { formatTime, useReview } from './hooks';

const ACCESS = { view: 'View', comment: 'Comment', edit: 'Edit' } as const;

function state(link: LinkRecord, now: number): string {
  if (link.revokedAt) return `Revoked ${formatTime(link.revokedAt)}`;
  if (link.expiresAt && Date.parse(link.expiresAt) <= now) return 'Expired';
  return 'Active';
}

/** The owner's links: who can do what, since and until when, last use; each revocable. */
export function LinkList({ onError }: { onError: (message: string) => void }) {
  const session = useSession();
  const links = useReview((s) => s.links);
  const [revoking, setRevoking] = useState<string | null>(null);
  if (!links.length) return <p className="mt-4 text-slate-500">No links yet.</p>;
  const now = Date.now();

  const revoke = async (link: LinkRecord) => {
    setRevoking(link.id);
    try {
      await session.review.revokeLink(link.id);
    } catch (e) {
      onError(e instanceof Error ? e.message : String(e));
    } finally {
      setRevoking(null);
    }
  };

  return (
    <table className="mt-4 w-full text-left text-xs" aria-label="Share links">
      <thead className="text-slate-500">
        <tr>
          <th className="py-1 font-medium">Access</th>
          <th className="font-medium">Label</th>
          <th className="font-medium">Created</th>
          <th className="font-medium">Expires</th>
          <th className="font-medium">Last used</th>
          <th className="font-medium">State</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {links.map((link) => {
          const status = state(link, now);
          const name = link.label || `${ACCESS[link.access]} link`;
          return (
            <tr key={link.id} className="border-t border-slate-100" data-testid="share-link-row">
              <td className="py-1">{ACCESS[link.access]}</td>
              <td>{link.label || '—'}</td>
              <td>{formatTime(link.createdAt)}</td>
              <td>{link.expiresAt ? formatTime(link.expiresAt) : 'Never'}</td>
              <td>{link.lastUsedAt ? formatTime(link.lastUsedAt) : 'Not yet'}</td>
              <td>{status}</td>
              <td className="text-right">
                {status === 'Active' && (
                  <button
                    type="button"
                    className="rounded border border-red-300 px-2 py-0.5 text-red-800 hover:bg-red-50 disabled:opacity-60"
                    aria-label={`Revoke ${name} (created ${formatTime(link.createdAt)})`}
                    disabled={revoking === link.id}
                    onClick={() => void revoke(link)}
                  >
                    Revoke
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
