import { setReferentialActions } from '../../ops';
import { relationOfField } from '../../schema/relations';
import { MODEL, FIELD, action } from '../args';
import { editOp } from '../edit';
import { defineCommand, str } from '../types';

export default defineCommand({
  id: 'set-referential-actions',
  title: 'Set referential actions',
  group: 'Relation',
  args: [MODEL, FIELD, action('onDelete'), action('onUpdate'), { name: 'makeOptional', label: 'Make the foreign key optional (needed for SetNull)', kind: 'boolean', optional: true, initial: false }],
  keywords: ['onDelete', 'onUpdate', 'cascade', 'restrict', 'set null'],
  menus: [{ target: 'relation-field', label: 'Set referential actions…', order: 2 }, { target: 'edge', label: 'Set referential actions…', order: 1, when: (t, session) => t.kind === 'edge' && session.parsed.model.relations.find((r) => r.id === t.id)?.kind !== 'm:n' }],
  cli: true,
  defaults: (session, a) => {
    // The form starts from the actions the relation has written.
    const r = relationOfField(session.parsed.model.relations, str(a.model) || null, str(a.field) || null);
    if (!r || r.kind === 'm:n') return {};
    return { onDelete: r.onDelete.explicit ? r.onDelete.action : '', onUpdate: r.onUpdate.explicit ? r.onUpdate.action : '' };
  },
  run: (session, a) => editOp(session, 'Set referential actions', a, [['model', 'Model'], ['field', 'Field']], (s) => setReferentialActions(s, {
        model: str(a.model),
        field: str(a.field),
        onDelete: typeof a.onDelete === 'string' ? a.onDelete : undefined,
        onUpdate: typeof a.onUpdate === 'string' ? a.onUpdate : undefined,
        makeOptional: a.makeOptional === true,
      })),
});
