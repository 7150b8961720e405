import type { SchemaModel } from '../schema/model';

/** What a comment thread is about (the same shape the server stores). */
export interface SchemaAnchor {
  kind: 'model' | 'field' | 'relation' | 'enum';
  model: string;
  field?: string;
}

/**
 * Whether an anchor still names something in this version of the schema: a model (or view/type),
 * a field of it, a relation field (a field whose type is a model), or an enum. A thread whose anchor
 * is gone is shown as "outdated" rather than hidden.
 */
export function anchorExists(anchor: SchemaAnchor, schema: SchemaModel): boolean {
  if (anchor.kind === 'enum') return schema.enums.some((e) => e.name === anchor.model);
  const model = [...schema.models, ...schema.views, ...schema.composites].find((m) => m.name === anchor.model);
  if (!model) return false;
  if (anchor.kind === 'model') return true;
  const field = model.fields.find((f) => f.name === anchor.field);
  if (!field) return false;
  return anchor.kind === 'field' || field.kind === 'object';
}

/** A rename the session made (a model/enum, or a field of a model). */
export type Rename = { kind: 'block'; from: string; to: string } | { kind: 'field'; model: string; from: string; to: string };

/** The anchor after a rename, so a thread follows the thing it is about (unchanged when unaffected). */
export function renameAnchor(anchor: SchemaAnchor, rename: Rename): SchemaAnchor {
  if (rename.kind === 'block') return anchor.model === rename.from ? { ...anchor, model: rename.to } : anchor;
  if (anchor.model === rename.model && anchor.field === rename.from && (anchor.kind === 'field' || anchor.kind === 'relation')) {
    return { ...anchor, field: rename.to };
  }
  return anchor;
}

/** Threads split into those whose anchor exists in `schema` and the outdated ones, order kept. */
export function partitionByAnchor<T extends { anchor: SchemaAnchor }>(threads: readonly T[], schema: SchemaModel): { current: T[]; outdated: T[] } {
  const current: T[] = [];
  const outdated: T[] = [];
  for (const t of threads) (anchorExists(t.anchor, schema) ? current : outdated).push(t);
  return { current, outdated };
}
