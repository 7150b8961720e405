import { removeIndex } from '../../ops';
import { MODEL } from '../args';
import { editOp } from '../edit';
import { defineCommand, str } from '../types';

export default defineCommand({
  id: 'remove-index',
  title: 'Remove index',
  group: 'Model',
  args: [MODEL, { name: 'index', label: 'Index', kind: 'text' }],
  hidden: true,
  cli: true,
  run: (session, a) => editOp(session, 'Remove index', a, [['model', 'Model'], ['index', 'Index']], (s) => removeIndex(s, { model: str(a.model), index: Number(str(a.index)) })),
});
