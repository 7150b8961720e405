import type { ReviewStatus } from '../../review/client';
import { canComment } from '../../review/service';
import type { Session } from '../../session/session';
import { ok, str, type ArgValues, type CommandOutcome } from '../types';
import { reviewFailure } from './failure';

/** Whether this reviewer can give a verdict now. */
export function verdictBlocked(session: Session): string | null {
  const { connection, versions } = session.review.store.getState();
  if (!connection) return 'This document is not shared';
  if (connection.access === 'owner') return 'Verdicts come from reviewers (Comment or Edit links)';
  if (!canComment(connection.access)) return 'Your link is view only';
  if (!versions.length) return 'There is no version to review yet';
  return null;
}

/**
 * Records a verdict on a version: the one given (the history panel's buttons), else the version
 * being viewed, else the latest.
 */
export async function giveVerdict(session: Session, args: ArgValues, status: ReviewStatus): Promise<CommandOutcome> {
  const { viewing, versions } = session.review.store.getState();
  const id = str(args.version) || viewing?.id || versions[0]?.id;
  const version = versions.find((v) => v.id === id) ?? viewing;
  if (!id) return { ok: false, reason: 'There is no version to review yet' };
  try {
    await session.review.setReview(id, status);
    const what = version ? `version ${version.number}` : 'the version';
    const message = status === 'approved' ? `You approved ${what}.` : `You requested changes on ${what}.`;
    session.notify('info', message);
    return ok(message);
  } catch (error) {
    return reviewFailure(error);
  }
}
