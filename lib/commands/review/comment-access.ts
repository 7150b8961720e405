import type { Session } from '../../session/session';
import { canComment } from '../../review/service';

/** Why comments cannot be written here now (not shared, or a View link), or null when they can. */
export function commentBlocked(session: Session): string | null {
  const connection = session.review.connection;
  if (!connection) return 'Comments need a shared document: use "Share link" first, then add comments.';
  if (!canComment(connection.access)) return 'Your link can view comments but not add them: ask the owner for a Comment link.';
  return null;
}
