import { MODEL, FIELD } from '../args';
import { editOp } from '../edit';
import { defineCommand } from '../types';
import { retypeAsRelation } from './inline-field';

/**
 * Typing a model as a field's type on the node: the field becomes that relation (foreign key,
 * `@relation`, back-relation and index, as drawing it does), in one undo step.
 */
export default defineCommand({
  id: 'retype-as-relation',
  title: 'Turn field into relation',
  group: 'Field',
  hidden: true,
  args: [
    MODEL,
    FIELD,
    { name: 'from', label: 'From', kind: 'model' },
    { name: 'to', label: 'To', kind: 'model', noSelection: true },
    { name: 'backField', label: 'Back-relation field name', kind: 'text', optional: true },
    { name: 'optional', label: 'Optional', kind: 'boolean', optional: true },
  ],
  run: (session, a) => editOp(session, 'Turn field into relation', a, [['model', 'Model'], ['field', 'Field'], ['from', 'From'], ['to', 'To']], (s) => retypeAsRelation(s, a)),
});
