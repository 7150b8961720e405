import type { Session } from '../session/session';
import type { ArgValues } from '../commands/types';
import { renameAnchor, type Rename } from './anchors';

const text = (v: ArgValues[string]) => (typeof v === 'string' ? v.trim() : '');

/** The rename a successful command made, read from its arguments (null for any other command). */
export function renameOfCommand(id: string, args: ArgValues): Rename | null {
  const to = text(args.newName);
  if (!to) return null;
  if (id === 'rename-model' && text(args.model)) return { kind: 'block', from: text(args.model), to };
  if (id === 'rename-enum' && text(args.enum)) return { kind: 'block', from: text(args.enum), to };
  if (id === 'rename-field' && text(args.model) && text(args.field)) return { kind: 'field', model: text(args.model), from: text(args.field), to };
  return null;
}

/**
 * Keeps comment threads on what they are about when the user renames a model, enum or field here:
 * each known thread's shown anchor follows the rename (`comments.moved`). The server still holds
 * the anchor the thread was started on, so after a reload a renamed anchor shows as outdated.
 */
export function followRenames(session: Session): () => void {
  return session.onCommandRun(({ id, args, outcome }) => {
    if (!outcome.ok) return;
    const rename = renameOfCommand(id, args);
    if (!rename) return;
    const { threads } = session.review.store.getState();
    const view = session.review.comments;
    const moved = { ...view.getState().moved };
    let changed = false;
    for (const t of threads) {
      const before = moved[t.id] ?? t.anchor;
      const after = renameAnchor(before, rename);
      if (after !== before) {
        moved[t.id] = after;
        changed = true;
      }
    }
    if (changed) view.setState({ moved });
    // A panel narrowed to the old name follows too.
    const filter = view.getState().filter;
    if (filter) {
      const next = renameAnchor({ kind: filter.field ? 'field' : 'model', model: filter.model, field: filter.field }, rename);
      if (next.model !== filter.model || next.field !== filter.field) view.setState({ filter: { model: next.model, field: next.field } });
    }
  });
}
