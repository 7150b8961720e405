import type { Session } from '../../session/session';

/** The migration is computed from valid text (text Prisma accepts counts, even when our scanner cannot read all of it). */
export function needsValidText(session: Session): string | null {
  if (!session.parsed.model.problems.length) return null;
  const s = session.store.getState();
  if (s.diagramFallback?.revision === s.revision) return null;
  return 'Fix the schema first: the migration is computed from valid text';
}
