'use client';

import { useEffect, useId, useRef, useState } from 'react';
import type { Access } from '@/lib/review/client';
import { shareUrl } from '@/lib/review/share-url';
import { useSession } from '../designer/context';
import { useReview, useReviewPanels } from './hooks';
import { LinkList } from './LinkList';

const EXPIRY: ReadonlyArray<{ label: string; days: number | null }> = [
  { label: 'Never', days: null },
  { label: '1 day', days: 1 },
  { label: '7 days', days: 7 },
  { label: '30 days', days: 30 },
];

/** "Share link": create a View, Comment or Edit link (sharing the document first), copy it, and manage the owner's links. */
export function ShareDialog() {
  const session = useSession();
  const open = useReviewPanels((s) => s.share);
  const access = useReview((s) => s.connection?.access ?? null);
  const [level, setLevel] = useState<Access>('comment');
  const [expiry, setExpiry] = useState('Never');
  const [label, setLabel] = useState('');
  const [url, setUrl] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const titleId = useId();
  const first = useRef<HTMLSelectElement>(null);

  useEffect(() => {
    if (!open) return;
    setUrl(null);
    setError(null);
    setCopied(false);
    first.current?.focus();
    if (session.review.connection?.access === 'owner') void session.review.refreshLinks().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [open, session]);

  if (!open) return null;
  const close = () => session.review.panels.setState({ share: false });
  const owner = access === 'owner';

  const create = async () => {
    setBusy(true);
    setError(null);
    setCopied(false);
    try {
      const days = EXPIRY.find((e) => e.label === expiry)?.days ?? null;
      const { credentials } = await session.review.createLink({ access: level, label: label.trim(), expiresInDays: days });
      setUrl(shareUrl(window.location.href, credentials));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setError('The browser did not allow copying: select the link and copy it yourself.');
    }
  };

  return (
    <div className="fixed inset-0 z-50 flex items-start justify-center bg-slate-900/20 pt-16" onMouseDown={(e) => e.target === e.currentTarget && close()}>
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className="max-h-[85vh] w-[720px] overflow-auto rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-xl"
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            close();
          }
        }}
      >
        <div className="mb-3 flex items-center">
          <h2 id={titleId} className="text-base font-semibold">
            Share link
          </h2>
          <button type="button" className="ml-auto rounded px-2 text-slate-600 hover:bg-slate-100" aria-label="Close share dialog" onClick={close}>
            ×
          </button>
        </div>
        {access === null && (
          <p className="mb-3 rounded border border-amber-200 bg-amber-50 px-2 py-1.5 text-amber-950" data-testid="share-upload-note">
            Sharing uploads this schema (all files), its layout and advisory config to this app’s server, so that anyone with a link can open it. Datasource credentials
            (passwords in connection strings) are removed before upload. Nothing is uploaded until you create a link or save a version.
          </p>
        )}
        {access !== null && !owner ? (
          <p>Only the owner of this shared document can create and revoke links.</p>
        ) : (
          <>
            <div className="flex flex-wrap items-end gap-3">
              <label className="flex flex-col gap-1">
                Access
                <select ref={first} className="rounded border border-slate-300 px-2 py-1" value={level} onChange={(e) => setLevel(e.currentTarget.value as Access)}>
                  <option value="view">View</option>
                  <option value="comment">Comment</option>
                  <option value="edit">Edit</option>
                </select>
              </label>
              <label className="flex flex-col gap-1">
                Expires after
                <select className="rounded border border-slate-300 px-2 py-1" value={expiry} onChange={(e) => setExpiry(e.currentTarget.value)}>
                  {EXPIRY.map((e) => (
                    <option key={e.label}>{e.label}</option>
                  ))}
                </select>
              </label>
              <label className="flex flex-col gap-1">
                Label (optional)
                <input className="w-48 rounded border border-slate-300 px-2 py-1" value={label} maxLength={200} placeholder="e.g. Ana (backend)" onChange={(e) => setLabel(e.currentTarget.value)} />
              </label>
              <button type="button" className="rounded bg-blue-600 px-3 py-1.5 text-white hover:bg-blue-700 disabled:opacity-60" disabled={busy} onClick={() => void create()}>
                {busy ? 'Creating…' : 'Create link'}
              </button>
            </div>
            {url && (
              <div className="mt-3 flex items-end gap-2">
                <label className="flex flex-1 flex-col gap-1">
                  Link
                  <input readOnly className="rounded border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs" value={url} onFocus={(e) => e.currentTarget.select()} />
                </label>
                <button type="button" className="rounded border border-slate-300 px-3 py-1 hover:bg-slate-100" onClick={() => void copy()}>
                  {copied ? 'Copied' : 'Copy'}
                </button>
              </div>
            )}
            {url && <p className="mt-1 text-xs text-slate-600">This link is shown once: copy it now. Anyone who has it can open the document with {level} access until you revoke it.</p>}
          </>
        )}
        {error && (
          <p role="alert" className="mt-3 text-red-700">
            {error}
          </p>
        )}
        {owner && <LinkList onError={setError} />}
      </div>
    </div>
  );
}
