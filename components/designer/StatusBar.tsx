'use client';

import { prismaVersionLabel } from '@/lib/prisma/versions';
import { SharedBadge } from '../review/SharedBadge';
import { useDesigner, useSession } from './context';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Counts and validation state, announced politely to assistive technology as they change. */
export function StatusBar() {
  const counts = useDesigner((s) => {
    const m = s.diagramModel;
    return `${plural(m.models.length, 'model')} · ${plural(m.enums.length, 'enum')} · ${plural(m.views.length, 'view')} · ${plural(m.relations.length, 'relation')}`;
  });
  const validation = useDesigner((s) => {
    if (s.engineError) return `validator unavailable: ${s.engineError}`;
    if (s.diagnosticsRevision === null) return 'checking…';
    const errors = s.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = s.diagnostics.length - errors;
    if (!errors && !warnings) return 'valid';
    return [errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : ''].filter(Boolean).join(' · ');
  });
  const stale = useDesigner((s) => s.diagnosticsRevision !== null && s.diagnosticsRevision < s.revision);
  const version = useDesigner((s) => prismaVersionLabel(s.prismaVersion));
  const advisories = useDesigner((s) => s.advisories.advisories.length);
  const advisoriesStale = useDesigner((s) => s.advisoriesStale);
  const session = useSession();
  const invalid = validation !== 'valid' && validation !== 'checking…';
  return (
    <footer className="flex h-7 items-center gap-3 border-t border-slate-200 bg-slate-50 px-3 text-xs text-slate-600">
      <div role="status" aria-live="polite" className="flex items-center gap-3" data-testid="status">
        <span>{counts}</span>
        {' · '}
        <span className={invalid ? 'font-medium text-red-700' : validation === 'valid' ? 'text-emerald-700' : ''} data-stale={stale || undefined}>
          {validation}
        </span>
        {' · '}
        <button
          type="button"
          className="rounded px-1 underline decoration-dotted hover:bg-slate-200"
          data-testid="advisory-count"
          data-stale={advisoriesStale || undefined}
          title={advisoriesStale ? 'From the last valid schema' : 'Open the advisories panel'}
          onClick={() => void session.run('show-advisories')}
        >
          {plural(advisories, 'advisory').replace('advisorys', 'advisories')}
        </button>
      </div>
      <span className="ml-auto" />
      <SharedBadge />
      <span>{version}</span>
    </footer>
  );
}
