'use client';

import type { NodeBadge } from '@/lib/diagram/advisory-index';
import { useSession } from '../../designer/context';

const BADGE = { error: 'bg-red-600 text-white', warning: 'bg-amber-400 text-amber-950', info: 'bg-sky-500 text-white' } as const;

/** The model's advisory count; the tooltip lists them. Opens the panel filtered to this model. */
export function AdvisoryBadge({ name, badge }: { name: string; badge: NodeBadge }) {
  const session = useSession();
  const label = `${badge.count} ${badge.count === 1 ? 'advisory' : 'advisories'} on ${name}`;
  return (
    <button
      type="button"
      tabIndex={-1}
      className={`nodrag ml-1 shrink-0 rounded-full px-1.5 text-[10px] font-bold leading-4 ${BADGE[badge.worst]}`}
      title={`${label}:\n${badge.lines.join('\n')}`}
      aria-label={label}
      data-testid="advisory-badge"
      data-severity={badge.worst}
      onClick={(e) => {
        e.stopPropagation();
        session.view.setState({ advisoriesQuery: name });
        void session.run('show-advisories');
      }}
    >
      {badge.count}
    </button>
  );
}
