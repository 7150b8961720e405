'use client';

import { useSession, useView } from '../designer/context';

/** Says what focus mode shows, with the way back to the whole diagram. */
export function FocusBanner() {
  const session = useSession();
  const focus = useView((s) => s.focus);
  if (!focus) return null;
  return (
    <div className="absolute left-1/2 top-3 z-10 flex -translate-x-1/2 items-center gap-3 rounded-md border border-blue-200 bg-blue-50 px-3 py-1.5 text-sm text-blue-900 shadow-sm">
      <span>
        Focused on <strong>{focus.model}</strong> and models {focus.hops} hop{focus.hops === 1 ? '' : 's'} away
      </span>
      <button type="button" className="rounded border border-blue-300 bg-white px-2 py-0.5 text-xs hover:bg-blue-100" onClick={() => void session.run('clear-focus')}>
        Show all models
      </button>
    </div>
  );
}
