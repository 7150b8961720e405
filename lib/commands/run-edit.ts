import {
  addEnum,
  addEnumValue,
  addField,
  addModel,
  deleteEnum,
  removeEnumValue,
  renameEnum,
  renameEnumValue,
  setEnumValueMap,
  addRelation,
  deleteRelation,
  setReferentialActions,
  changeFieldType,
  deleteField,
  deleteModel,
  deleteModels,
  renameField,
  renameModel,
  toggleList,
  toggleOptional,
  type OpResult,
  type RelationKind,
} from '../ops';
import type { ParsedSchema } from '../schema/document';
import type { ArgValues, CommandId } from './catalog';

const str = (v: string | boolean | undefined) => (typeof v === 'string' ? v.trim() : '');

/** Commands that edit the schema text: their ops, with arguments checked for presence. */
const EDITS: Partial<Record<CommandId, (schema: ParsedSchema, a: ArgValues) => OpResult>> = {
  'add-model': (s, a) => addModel(s, { name: str(a.name), file: str(a.file) || undefined }),
  'rename-model': (s, a) => renameModel(s, { model: str(a.model), newName: str(a.newName), keepTableName: a.keepTableName === true }),
  'delete-model': (s, a) => deleteModel(s, { model: str(a.model) }),
  'delete-models': (s, a) => deleteModels(s, { models: str(a.models) }),
  'add-field': (s, a) => addField(s, { model: str(a.model), name: str(a.name), type: str(a.type), attributes: str(a.attributes) }),
  'rename-field': (s, a) => renameField(s, { model: str(a.model), field: str(a.field), newName: str(a.newName), keepColumnName: a.keepColumnName === true }),
  'change-field-type': (s, a) => changeFieldType(s, { model: str(a.model), field: str(a.field), type: str(a.type) }),
  'toggle-optional': (s, a) => toggleOptional(s, { model: str(a.model), field: str(a.field) }),
  'toggle-list': (s, a) => toggleList(s, { model: str(a.model), field: str(a.field) }),
  'delete-field': (s, a) => deleteField(s, { model: str(a.model), field: str(a.field) }),
  'add-relation': (s, a) =>
    addRelation(s, {
      from: str(a.from),
      to: str(a.to),
      kind: (str(a.kind) || '1:n') as RelationKind,
      field: str(a.field) || undefined,
      onDelete: str(a.onDelete) || undefined,
      optional: typeof a.optional === 'boolean' ? a.optional : undefined,
    }),
  'delete-relation': (s, a) => deleteRelation(s, { model: str(a.model), field: str(a.field), keepForeignKeys: a.keepForeignKeys === true }),
  'set-referential-actions': (s, a) =>
    setReferentialActions(s, {
      model: str(a.model),
      field: str(a.field),
      onDelete: typeof a.onDelete === 'string' ? a.onDelete : undefined,
      onUpdate: typeof a.onUpdate === 'string' ? a.onUpdate : undefined,
      makeOptional: a.makeOptional === true,
    }),
  'add-enum': (s, a) => addEnum(s, { name: str(a.name), values: str(a.values), file: str(a.file) || undefined }),
  'rename-enum': (s, a) => renameEnum(s, { enum: str(a.enum), newName: str(a.newName), keepTypeName: a.keepTypeName === true }),
  'delete-enum': (s, a) => deleteEnum(s, { enum: str(a.enum), replaceWith: str(a.replaceWith) || undefined }),
  'add-enum-value': (s, a) => addEnumValue(s, { enum: str(a.enum), value: str(a.value), map: str(a.map) || undefined }),
  'rename-enum-value': (s, a) => renameEnumValue(s, { enum: str(a.enum), value: str(a.value), newName: str(a.newName), keepDbName: a.keepDbName === true }),
  'remove-enum-value': (s, a) => removeEnumValue(s, { enum: str(a.enum), value: str(a.value) }),
  'set-enum-value-map': (s, a) => setEnumValueMap(s, { enum: str(a.enum), value: str(a.value), map: str(a.map) }),
};

const REQUIRED: Partial<Record<CommandId, Array<[string, string]>>> = {
  'add-model': [['name', 'Name']],
  'rename-model': [['model', 'Model'], ['newName', 'New name']],
  'delete-model': [['model', 'Model']],
  'delete-models': [['models', 'Models']],
  'add-field': [['model', 'Model'], ['name', 'Name'], ['type', 'Type']],
  'rename-field': [['model', 'Model'], ['field', 'Field'], ['newName', 'New name']],
  'change-field-type': [['model', 'Model'], ['field', 'Field'], ['type', 'Type']],
  'toggle-optional': [['model', 'Model'], ['field', 'Field']],
  'toggle-list': [['model', 'Model'], ['field', 'Field']],
  'delete-field': [['model', 'Model'], ['field', 'Field']],
  'add-relation': [['from', 'From'], ['to', 'To']],
  'delete-relation': [['model', 'Model'], ['field', 'Field']],
  'set-referential-actions': [['model', 'Model'], ['field', 'Field']],
  'add-enum': [['name', 'Name'], ['values', 'Values']],
  'rename-enum': [['enum', 'Enum'], ['newName', 'New name']],
  'delete-enum': [['enum', 'Enum']],
  'add-enum-value': [['enum', 'Enum'], ['value', 'Value']],
  'rename-enum-value': [['enum', 'Enum'], ['value', 'Value'], ['newName', 'New name']],
  'remove-enum-value': [['enum', 'Enum'], ['value', 'Value']],
  'set-enum-value-map': [['enum', 'Enum'], ['value', 'Value']],
};

export function isEditCommand(id: CommandId): boolean {
  return id in EDITS;
}

/** Runs an edit command against the current schema. Pure: returns patches or the reason it cannot run. */
export function runEditCommand(id: CommandId, schema: ParsedSchema, args: ArgValues): OpResult {
  const op = EDITS[id];
  if (!op) return { ok: false, reason: `${id} does not edit the schema` };
  for (const [name, label] of REQUIRED[id] ?? []) {
    if (!str(args[name])) return { ok: false, reason: `${label} is required` };
  }
  return op(schema, args);
}
