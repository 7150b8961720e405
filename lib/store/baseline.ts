import type { Baseline } from '../advisories/context';

/** The baseline as advisories read it: `Model.field` entries are fields, the rest are block names. */
export function baselineOfNames(names: ReadonlySet<string>): Baseline {
  const models = new Set<string>();
  const fields = new Set<string>();
  for (const n of names) (n.includes('.') ? fields : models).add(n);
  return { models, fields };
}
