import {
  addEnum,
  setDefault,
  setDocumentation,
  setMapName,
  setNativeType,
  setPrimaryKey,
  setSchema,
  toggleIgnore,
  toggleUnique,
  toggleUpdatedAt,
  addIndex,
  duplicateModel,
  pasteModels,
  removeIndex,
  updateIndex,
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
      backField: str(a.backField) || undefined,
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
  'set-primary-key': (s, a) => setPrimaryKey(s, { model: str(a.model), fields: str(a.fields) }),
  'set-default': (s, a) => setDefault(s, { model: str(a.model), field: str(a.field), value: str(a.value) }),
  'set-native-type': (s, a) => setNativeType(s, { model: str(a.model), field: str(a.field), nativeType: str(a.nativeType) }),
  'set-map-name': (s, a) => setMapName(s, { model: str(a.model), field: str(a.field) || undefined, name: str(a.name) }),
  'toggle-unique': (s, a) => toggleUnique(s, { model: str(a.model), field: str(a.field) }),
  'toggle-updated-at': (s, a) => toggleUpdatedAt(s, { model: str(a.model), field: str(a.field) }),
  'toggle-ignore': (s, a) => toggleIgnore(s, { model: str(a.model), field: str(a.field) || undefined }),
  'set-documentation': (s, a) => setDocumentation(s, { model: str(a.model), field: str(a.field) || undefined, text: typeof a.text === 'string' ? a.text : '' }),
  'set-schema': (s, a) => setSchema(s, { model: str(a.model), schema: str(a.schema) }),
  'add-index': (s, a) =>
    addIndex(s, { model: str(a.model), fields: str(a.fields), kind: str(a.kind) === 'unique' ? 'unique' : 'index', type: str(a.type) || undefined, map: str(a.map) || undefined }),
  'update-index': (s, a) =>
    updateIndex(s, {
      model: str(a.model),
      index: Number(str(a.index)),
      fields: typeof a.fields === 'string' ? a.fields : undefined,
      kind: a.kind === 'unique' || a.kind === 'index' ? a.kind : undefined,
      type: typeof a.type === 'string' ? a.type : undefined,
      map: typeof a.map === 'string' ? a.map : undefined,
    }),
  'remove-index': (s, a) => removeIndex(s, { model: str(a.model), index: Number(str(a.index)) }),
  'duplicate-model': (s, a) => duplicateModel(s, { model: str(a.model), newName: str(a.newName) }),
  'paste-models': (s, a) => pasteModels(s, { text: typeof a.text === 'string' ? a.text : '', file: str(a.file) || undefined }),
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
  'set-primary-key': [['model', 'Model'], ['fields', 'Fields']],
  'set-default': [['model', 'Model'], ['field', 'Field']],
  'set-native-type': [['model', 'Model'], ['field', 'Field']],
  'set-map-name': [['model', 'Model']],
  'toggle-unique': [['model', 'Model'], ['field', 'Field']],
  'toggle-updated-at': [['model', 'Model'], ['field', 'Field']],
  'toggle-ignore': [['model', 'Model']],
  'set-documentation': [['model', 'Model']],
  'set-schema': [['model', 'Model'], ['schema', 'Schema']],
  'add-index': [['model', 'Model'], ['fields', 'Fields']],
  'update-index': [['model', 'Model'], ['index', 'Index']],
  'remove-index': [['model', 'Model'], ['index', 'Index']],
  'duplicate-model': [['model', 'Model'], ['newName', 'New name']],
  'paste-models': [['text', 'Schema text']],
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
