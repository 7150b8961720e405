import { reorderField } from '../../ops';
import type { Session } from '../../session/session';
import { MODEL, FIELD } from '../args';
import { editOp } from '../edit';
import { defineCommand, str, type ArgValues, type MenuEntry, type MenuTarget } from '../types';

/** The field next to this one (-1 above, +1 below) in its model, or null at the end. */
export function neighbourField(session: Session, model: string, field: string, step: -1 | 1): string | null {
  const info = session.parsed.model.models.concat(session.parsed.model.views, session.parsed.model.composites).find((m) => m.name === model);
  const i = info?.fields.findIndex((f) => f.name === field) ?? -1;
  return (i >= 0 && info?.fields[i + step]?.name) || null;
}

/** Moving one place up is moving above the field before; down, below the field after. */
export function moveByOne(session: Session, model: string, field: string, step: -1 | 1): ArgValues | null {
  const other = neighbourField(session, model, field, step);
  return other ? { model, field, [step < 0 ? 'before' : 'after']: other } : null;
}

const fieldTarget = (t: MenuTarget) => ('field' in t ? t : null);

function moveEntry(target: 'field' | 'relation-field', label: string, order: number, step: -1 | 1): MenuEntry {
  return {
    target,
    label,
    order,
    args: (t, s) => { const f = fieldTarget(t); return f && moveByOne(s, f.model, f.field, step); },
    when: (t, s) => { const f = fieldTarget(t); return !!f && !!neighbourField(s, f.model, f.field, step); },
  };
}

export default defineCommand({
  id: 'move-field',
  title: 'Move field',
  group: 'Field',
  args: [
    MODEL,
    FIELD,
    { name: 'before', label: 'Above field', kind: 'text', optional: true, placeholder: 'e.g. email' },
    { name: 'after', label: 'Below field', kind: 'text', optional: true, placeholder: 'e.g. name' },
    { name: 'index', label: 'Or at position', kind: 'text', optional: true, placeholder: '0 for the first field' },
  ],
  keywords: ['reorder', 'order', 'up', 'down', 'position'],
  menus: (['field', 'relation-field'] as const).flatMap((target) => [moveEntry(target, 'Move field up', 12, -1), moveEntry(target, 'Move field down', 13, 1)]),
  cli: true,
  run: (session, a) => {
    const index = str(a.index);
    if (index && !/^\d+$/.test(index)) return { ok: false, reason: 'The position is a whole number (0 for the first field)' };
    return editOp(session, 'Move field', a, [['model', 'Model'], ['field', 'Field']], (s) =>
      reorderField(s, { model: str(a.model), field: str(a.field), before: str(a.before) || undefined, after: str(a.after) || undefined, index: index ? Number(index) : undefined }),
    );
  },
});
