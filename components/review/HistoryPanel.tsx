'use client';

import { canComment } from '@/lib/review/service';
import type { ReviewRecord, VersionSummary } from '@/lib/review/client';
import { openForm } from '../commands/open-form';
import { useSession, useUiStore } from '../designer/context';
import { formatTime, useReview, useReviewPanels } from './hooks';

const VERDICT = { approved: 'approved', changes_requested: 'changes requested' } as const;

function Verdicts({ reviews }: { reviews: ReviewRecord[] }) {
  if (!reviews.length) return <p className="text-xs text-slate-500">No review yet</p>;
  return (
    <ul className="flex flex-wrap gap-1 text-xs" aria-label="Reviews">
      {reviews.map((r) => (
        <li key={r.linkId} className={`rounded px-1.5 ${r.status === 'approved' ? 'bg-emerald-100 text-emerald-900' : 'bg-amber-100 text-amber-950'}`} title={formatTime(r.updatedAt)}>
          {VERDICT[r.status]} · {r.author}
        </li>
      ))}
    </ul>
  );
}

/** "Show history": the shared document's versions, newest first, with who saved them, when, why, and the reviewers' verdicts. */
export function HistoryPanel() {
  const session = useSession();
  const ui = useUiStore();
  const open = useReviewPanels((s) => s.history);
  const connection = useReview((s) => s.connection);
  const versions = useReview((s) => s.versions);
  const viewing = useReview((s) => s.viewing);
  const error = useReview((s) => s.error);
  if (!open) return null;
  const reviewer = !!connection && connection.access !== 'owner' && canComment(connection.access);

  const run = (id: string, args: Record<string, string> = {}) =>
    void session.run(id, args).then((outcome) => {
      if (!outcome.ok) session.notify('error', outcome.reason);
    });

  const row = (v: VersionSummary) => (
    <li key={v.id} className="border-b border-slate-200 px-3 py-2" aria-label={`Version ${v.number}: ${v.name}`} data-testid="history-version">
      <div className="flex items-baseline gap-2">
        <span className="font-medium">
          {v.number}. {v.name}
        </span>
        {viewing?.id === v.id && <span className="rounded bg-amber-100 px-1 text-xs text-amber-950">shown</span>}
      </div>
      <p className="text-xs text-slate-600">
        {v.author} · {formatTime(v.createdAt)}
      </p>
      {v.message && <p className="mt-1 whitespace-pre-wrap text-xs">{v.message}</p>}
      <div className="mt-1">
        <Verdicts reviews={v.reviews} />
      </div>
      <div className="mt-1.5 flex flex-wrap gap-1.5 text-xs">
        {viewing?.id !== v.id && (
          <button type="button" className="rounded border border-slate-300 bg-white px-2 py-0.5 hover:bg-slate-100" aria-label={`Open version ${v.number}`} onClick={() => run('open-version', { version: v.id })}>
            Open
          </button>
        )}
        {reviewer && (
          <>
            <button type="button" className="rounded border border-emerald-400 bg-white px-2 py-0.5 hover:bg-emerald-50" aria-label={`Approve version ${v.number}`} onClick={() => run('approve-version', { version: v.id })}>
              Approve
            </button>
            <button type="button" className="rounded border border-amber-400 bg-white px-2 py-0.5 hover:bg-amber-50" aria-label={`Request changes on version ${v.number}`} onClick={() => run('request-changes', { version: v.id })}>
              Request changes
            </button>
          </>
        )}
      </div>
    </li>
  );

  return (
    <section className="flex w-80 shrink-0 flex-col border-l border-slate-200 bg-slate-50" aria-label="History" data-testid="history-panel">
      <div className="flex items-center gap-2 border-b border-slate-200 px-3 py-2">
        <h2 className="text-sm font-semibold">History</h2>
        {connection && (
          <button type="button" className="rounded px-2 text-xs text-slate-600 hover:bg-slate-200" onClick={() => void session.review.refreshVersions().catch(() => undefined)}>
            Refresh
          </button>
        )}
        <button type="button" className="ml-auto rounded px-2 text-slate-600 hover:bg-slate-200" aria-label="Close history" onClick={() => session.review.panels.setState({ history: false })}>
          ×
        </button>
      </div>
      {error && (
        <p role="alert" className="border-b border-red-200 bg-red-50 px-3 py-1.5 text-xs text-red-900">
          {error}
        </p>
      )}
      {!connection ? (
        <div className="p-3 text-sm">
          <p>This document is not shared yet. Saving a version shares it (uploads the schema, without datasource credentials, to this app’s server) and starts its history.</p>
          <button type="button" className="mt-2 rounded border border-slate-300 bg-white px-2 py-1 hover:bg-slate-100" onClick={() => openForm(session, ui, 'save-version')}>
            Save version…
          </button>
        </div>
      ) : (
        <ol className="min-h-0 flex-1 overflow-auto text-sm">{versions.length ? versions.map(row) : <li className="p-3 text-slate-500">Loading versions…</li>}</ol>
      )}
    </section>
  );
}
