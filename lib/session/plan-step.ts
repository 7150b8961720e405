import { applyOpCalls, type OpCall } from '../advisories/migration';
import type { CommandOutcome } from '../commands/types';
import type { Session } from './session';

/**
 * Turns the schema into one step of a safer multi-step migration (a plan's op calls applied to the
 * current text, one undo step), so that step can be exported as a migration of its own.
 */
export function applyPlanStep(session: Session, calls: readonly OpCall[], title: string): Promise<CommandOutcome> {
  const result = applyOpCalls(session.parsed, calls);
  if (!result.ok) return Promise.resolve(result);
  return session.commit(
    { ...result, message: `Schema set to the step “${title}”: export it as its own migration, then Set baseline → current schema and undo (Ctrl+Z) for the next step` },
    `Plan step: ${title}`,
  );
}
