import { setDocumentation } from '../../ops';
import { MODEL } from '../args';
import { editOp } from '../edit';
import { defineCommand, str } from '../types';

export default defineCommand({
  id: 'set-documentation',
  title: 'Set documentation',
  group: 'Model',
  args: [MODEL, { name: 'field', label: 'Field', kind: 'field', optional: true, placeholder: 'empty for the model' }, { name: 'text', label: 'Documentation', kind: 'multiline', placeholder: 'shown as /// comments; empty removes' }],
  keywords: ['///', 'docs', 'comment', 'description'],
  menus: [{ target: 'field', label: 'Set documentation…', order: 10 }],
  cli: true,
  run: (session, a) => editOp(session, 'Set documentation', a, [['model', 'Model']], (s) => setDocumentation(s, { model: str(a.model), field: str(a.field) || undefined, text: typeof a.text === 'string' ? a.text : '' })),
});
