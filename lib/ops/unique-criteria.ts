import type { ModelInfo } from '../schema/model';

/**
 * Prisma requires every model to keep at least one unique criteria (`@id`, `@@id`, `@unique` or
 * `@@unique`) whose fields are all required. True when that still holds after removing fields and
 * making others optional, or when it did not hold before (then the change is not to blame).
 */
export function keepsUniqueCriteria(model: ModelInfo, change: { removed?: ReadonlySet<string>; optional?: ReadonlySet<string> }): boolean {
  if (model.kind !== 'model' || model.ignored) return true;
  const before = criteria(model, new Set(), new Set());
  if (!before) return true;
  return criteria(model, change.removed ?? new Set(), change.optional ?? new Set());
}

function criteria(model: ModelInfo, removed: ReadonlySet<string>, optional: ReadonlySet<string>): boolean {
  const required = (name: string) => {
    const f = model.fields.find((x) => x.name === name);
    return !!f && !f.optional && !optional.has(name) && !removed.has(name);
  };
  const lists: string[][] = [];
  if (model.primaryKey) lists.push(model.primaryKey);
  for (const f of model.fields) if (f.isUnique) lists.push([f.name]);
  // a `@@unique` that loses a field is dropped as a whole (see list-cleanup.ts)
  for (const u of model.uniques) if (!u.fields.some((n) => removed.has(n))) lists.push(u.fields);
  return lists.some((l) => l.length > 0 && l.every(required));
}
