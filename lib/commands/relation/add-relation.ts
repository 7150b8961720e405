import { RELATION_KINDS, type RelationKind, addRelation } from '../../ops';
import { action } from '../args';
import { editOp } from '../edit';
import { defineCommand, str } from '../types';

export default defineCommand({
  id: 'add-relation',
  title: 'Add relation',
  group: 'Relation',
  args: [
    { name: 'from', label: 'From', kind: 'model', placeholder: 'the model holding the foreign key' },
    { name: 'to', label: 'To', kind: 'model', noSelection: true, placeholder: 'the referenced model' },
    { name: 'kind', label: 'Kind', kind: 'choice', choices: RELATION_KINDS, initial: '1:n' },
    { name: 'field', label: 'Field name', kind: 'text', optional: true, placeholder: 'e.g. author' },
    { name: 'backField', label: 'Back-relation field name', kind: 'text', optional: true, placeholder: 'e.g. posts' },
    { name: 'joinModel', label: 'Join model name (m:n with a join model)', kind: 'text', optional: true, placeholder: 'e.g. Enrollment' },
    action('onDelete'),
    { name: 'optional', label: 'Optional (the foreign key may be NULL)', kind: 'boolean', optional: true, initial: false },
  ],
  keywords: ['foreign key', 'connect', 'link', 'one-to-many', 'many-to-many', 'join'],
  menus: [{ target: 'model', label: 'Add relation…', order: 2, args: (t) => ('model' in t ? { from: t.model } : null) }],
  cli: true,
  run: (session, a) => editOp(session, 'Add relation', a, [['from', 'From'], ['to', 'To']], (s) => addRelation(s, {
        from: str(a.from),
        to: str(a.to),
        kind: (str(a.kind) || '1:n') as RelationKind,
        field: str(a.field) || undefined,
        backField: str(a.backField) || undefined,
        onDelete: str(a.onDelete) || undefined,
        joinModel: str(a.joinModel) || undefined,
        optional: typeof a.optional === 'boolean' ? a.optional : undefined,
      })),
});
