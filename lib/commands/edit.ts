import type { OpResult } from '../ops/shared';
import type { ParsedSchema } from '../schema/document';
import type { Session } from '../session/session';
import { str, type ArgValues, type CommandOutcome } from './types';

/**
 * Runs an op that edits the schema text: checks the required arguments, refuses while the text has
 * problems, and commits the patches as one undo step behind Prisma's safety net.
 */
export async function editOp(
  session: Session,
  label: string,
  args: ArgValues,
  required: ReadonlyArray<readonly [string, string]>,
  op: (schema: ParsedSchema) => OpResult,
  options: { addedModel?: string | null } = {},
): Promise<CommandOutcome> {
  for (const [name, title] of required) if (!str(args[name])) return { ok: false, reason: `${title} is required` };
  const parsed = session.parsed;
  const problem = parsed.model.problems[0];
  if (problem) return { ok: false, reason: `Fix the schema first: ${problem.message}` };
  return session.commit(op(parsed), label, options);
}
