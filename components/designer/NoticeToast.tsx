'use client';

import { useEffect } from 'react';
import { useDesigner, useSession } from './context';

/** The latest message from a command: what it did, or why it could not. */
export function NoticeToast() {
  const session = useSession();
  const notice = useDesigner((s) => s.notice);
  useEffect(() => {
    if (!notice || notice.kind === 'error' || notice.detail) return;
    const t = setTimeout(() => session.store.getState().dismissNotice(), 5000);
    return () => clearTimeout(t);
  }, [notice, session]);
  if (!notice) return null;
  return (
    <div
      role={notice.kind === 'error' ? 'alert' : undefined}
      aria-live="polite"
      className={`fixed bottom-10 right-4 z-40 max-w-md rounded-md border px-3 py-2 text-sm shadow-lg ${notice.kind === 'error' ? 'border-red-300 bg-red-50 text-red-900' : 'border-slate-200 bg-white text-slate-800'}`}
      data-testid="notice"
    >
      <div className="flex items-start gap-3">
        <p className="whitespace-pre-wrap">{notice.text}</p>
        <button type="button" aria-label="Dismiss message" className="ml-auto text-slate-400 hover:text-slate-700" onClick={() => session.store.getState().dismissNotice()}>
          ×
        </button>
      </div>
      {notice.detail && <pre className="mt-2 max-h-60 overflow-auto rounded bg-slate-100 p-2 font-mono text-xs">{notice.detail}</pre>}
    </div>
  );
}
