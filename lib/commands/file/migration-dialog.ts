import type { Session } from '../../session/session';

/** The migration is computed from valid text. */
export function needsValidText(session: Session): string | null {
  return session.parsed.model.problems.length ? 'Fix the schema first: the migration is computed from valid text' : null;
}
