import type { SchemaModel } from '../schema/model';

/** A field by model and name. */
export interface FieldRef {
  model: string;
  field: string;
}

const key = (r: FieldRef) => `${r.model}.${r.field}`;

/**
 * Every field tied to `start` by foreign keys, in either direction and transitively: the keys that
 * reference it, the key it references, keys referencing those, … (`start` first). PostgreSQL needs
 * the same column type along each foreign key and Prisma the same scalar type, so a type change of a
 * key has to change all of them in one edit.
 */
export function linkedFields(model: SchemaModel, start: FieldRef): FieldRef[] {
  const links = adjacency(model);
  const seen = new Map<string, FieldRef>([[key(start), start]]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    for (const next of links.get(key(queue[i])) ?? []) {
      if (seen.has(key(next))) continue;
      seen.set(key(next), next);
      queue.push(next);
    }
  }
  return [...seen.values()];
}

const adjacencies = new WeakMap<SchemaModel, Map<string, FieldRef[]>>();

/** Foreign key column pairs as an adjacency list, built once per schema model (rules ask per field). */
function adjacency(model: SchemaModel): Map<string, FieldRef[]> {
  let links = adjacencies.get(model);
  if (links) return links;
  links = new Map();
  const add = (a: FieldRef, b: FieldRef) => {
    const list = links!.get(key(a));
    if (list) list.push(b);
    else links!.set(key(a), [b]);
  };
  for (const r of model.relations) {
    if (r.kind === 'm:n') continue;
    r.from.fields.forEach((f, k) => {
      const to = r.to.fields[k];
      if (!to) return;
      const a = { model: r.from.model, field: f };
      const b = { model: r.to.model, field: to };
      add(a, b);
      add(b, a);
    });
  }
  adjacencies.set(model, links);
  return links;
}
