import type { OpResult } from '../ops/shared';
import type { ParsedSchema } from '../schema/document';
import type { Session } from '../session/session';
import { isReadOnlyBlock } from '../schema/prisma-fallback';
import type { TextEdit } from '../text/edits';
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
  // A shared document opened with a View or Comment link, or an older version, refuses edits first.
  const readOnly = session.review.editRefusal();
  if (readOnly) return { ok: false, reason: readOnly };
  for (const [name, title] of required) if (!str(args[name])) return { ok: false, reason: `${title} is required` };
  let parsed = session.parsed;
  const state = session.store.getState();
  const fallback = state.diagramFallback?.revision === state.revision ? state.diagramFallback : null;
  const problem = parsed.model.problems[0];
  if (problem && !fallback) return { ok: false, reason: `Fix the schema first: ${problem.message}` };
  // One rule for both kinds of invalid text: no canvas edits while Prisma reports errors either.
  const diagnostics = state.diagnosticsRevision === state.revision ? state.diagnostics : await session.lintFiles().catch(() => []);
  const prismaError = diagnostics.find((d) => d.severity === 'error');
  if (prismaError) return { ok: false, reason: `Fix the schema first: ${prismaError.message.split('\n')[0]}` };
  if (fallback) {
    // Text Prisma accepts but our scanner cannot read: only the blocks it read are editable.
    const named = Object.values(args).find((v) => typeof v === 'string' && isReadOnlyBlock(fallback, v.split('.')[0]));
    if (typeof named === 'string') return { ok: false, reason: readOnlyReason(named.split('.')[0]) };
    parsed = { files: parsed.files, model: fallback.model };
    const result = op(parsed);
    if (result.ok) {
      const touched = readOnlyTouched(parsed, fallback.readOnly, result.edits);
      if (touched) return { ok: false, reason: readOnlyReason(touched) };
    }
    return session.commit(result, label, options);
  }
  return session.commit(op(parsed), label, options);
}

function readOnlyReason(name: string): string {
  return `\`${name}\` is read-only in the diagram: Prisma accepts it but Schema Canvas cannot read it yet; edit it in the text`;
}

/** The first read-only block (by the scanner's block ranges) that an edit falls inside, or null. */
function readOnlyTouched(parsed: ParsedSchema, readOnly: readonly string[], edits: readonly TextEdit[]): string | null {
  for (const f of parsed.files) {
    for (const b of f.blocks) {
      if (!readOnly.includes(b.name)) continue;
      if (edits.some((e) => e.path === f.path && e.start < b.range.end && e.end > b.range.start)) return b.name;
    }
  }
  return null;
}
