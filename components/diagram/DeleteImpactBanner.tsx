'use client';

import { useMemo } from 'react';
import { deleteImpactView } from '@/lib/diagram/delete-impact';
import { useDesigner, useSession, useView } from '../designer/context';

/** The delete-impact view's summary in plain words, with the way back. */
export function DeleteImpactBanner() {
  const session = useSession();
  const model = useView((s) => s.deleteImpact);
  const diagramModel = useDesigner((s) => s.diagramModel);
  const view = useMemo(() => (model ? deleteImpactView(diagramModel, model) : null), [model, diagramModel]);
  if (!model) return null;
  return (
    <div className="absolute left-1/2 top-3 z-10 flex max-w-[90%] -translate-x-1/2 items-start gap-3 rounded-md border border-rose-200 bg-rose-50 px-3 py-1.5 text-sm text-rose-950 shadow-sm" data-testid="delete-impact">
      <p role="status">{view ? view.summary : `${model} is no longer in the schema.`}</p>
      <button type="button" className="shrink-0 rounded border border-rose-300 bg-white px-2 py-0.5 text-xs hover:bg-rose-100" onClick={() => void session.run('clear-delete-impact')}>
        Hide delete impact
      </button>
    </div>
  );
}
