import { REFERENTIAL_ACTIONS } from '../schema/model';
import type { ArgSpec } from './types';

/** Arguments many commands share. */
export const MODEL: ArgSpec = { name: 'model', label: 'Model', kind: 'model' };
export const FIELD: ArgSpec = { name: 'field', label: 'Field', kind: 'field' };
export const ENUM: ArgSpec = { name: 'enum', label: 'Enum', kind: 'enum' };
export const ENUM_VALUE: ArgSpec = { name: 'value', label: 'Value', kind: 'enumValue' };

const ACTION_CHOICES = ['', ...REFERENTIAL_ACTIONS];
export const action = (name: 'onDelete' | 'onUpdate'): ArgSpec => ({ name, label: name, kind: 'choice', choices: ACTION_CHOICES, emptyLabel: "Prisma's default", optional: true });
