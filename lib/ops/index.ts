/** Canvas operations: each a pure function from a parsed schema and arguments to text patches. */
export { addModel, type AddModelArgs } from './add-model';
export { renameModel, type RenameModelArgs } from './rename-model';
export { deleteModel, deleteModelImpact, type DeleteModelArgs, type DeleteModelImpact } from './delete-model';
export { addField, type AddFieldArgs } from './add-field';
export { renameField, type RenameFieldArgs } from './rename-field';
export { changeFieldType, type ChangeFieldTypeArgs } from './change-field-type';
export { toggleOptional, type ToggleOptionalArgs } from './toggle-optional';
export { toggleList, type ToggleListArgs } from './toggle-list';
export { deleteField, type DeleteFieldArgs } from './delete-field';
export { addRelation, RELATION_KINDS, type AddRelationArgs, type RelationKind } from './add-relation';
export { deleteRelation, type DeleteRelationArgs } from './delete-relation';
export { setReferentialActions, type SetReferentialActionsArgs } from './set-referential-actions';
export type { OpResult } from './shared';
