import { fail, type CommandOutcome } from '../types';

/** A failed server call as a command outcome, with the server's own message (e.g. "This link has been revoked."). */
export function reviewFailure(error: unknown): CommandOutcome {
  return fail(error instanceof Error ? error.message : String(error));
}
