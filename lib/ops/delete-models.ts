import type { ParsedSchema } from '../schema/document';
import { composeOps } from './compose';
import { deleteModel } from './delete-model';
import { refuse, type OpResult } from './shared';

export interface DeleteModelsArgs {
  /** Names separated by commas or spaces (a multi-selection). */
  models: string;
}

/** Deletes several models at once (one undo step), each as `deleteModel` would. */
export function deleteModels(schema: ParsedSchema, args: DeleteModelsArgs): OpResult {
  const names = [...new Set(args.models.split(/[\s,]+/).filter(Boolean))];
  if (!names.length) return refuse('Choose the models to delete');
  const result = composeOps(
    schema,
    names.map((model) => (current: ParsedSchema) => deleteModel(current, { model })),
  );
  if (!result.ok) return result;
  return { ...result, message: `Deleted ${names.length} model${names.length === 1 ? '' : 's'}: ${names.join(', ')}` };
}
