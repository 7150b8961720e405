import { setNativeType } from '../../ops';
import { MODEL, FIELD } from '../args';
import { editOp } from '../edit';
import { defineCommand, str } from '../types';

export default defineCommand({
  id: 'set-native-type',
  title: 'Set native type',
  group: 'Field',
  args: [MODEL, FIELD, { name: 'nativeType', label: 'Native type', kind: 'nativeType', placeholder: 'e.g. VarChar(200), Uuid, Text; empty removes' }],
  keywords: ['@db', 'column type', 'varchar'],
  menus: [{ target: 'field', label: 'Set native type…', order: 8 }],
  cli: true,
  run: (session, a) => editOp(session, 'Set native type', a, [['model', 'Model'], ['field', 'Field']], (s) => setNativeType(s, { model: str(a.model), field: str(a.field), nativeType: str(a.nativeType) })),
});
