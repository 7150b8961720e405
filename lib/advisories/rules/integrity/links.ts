import type { AdvisoryContext } from '../../context';

export interface ColumnRef {
  model: string;
  field: string;
}

/**
 * The column and every column joined to it by a foreign key, transitively (a key, the FKs that
 * reference it, the FKs that reference those). A change of database type must reach all of them:
 * PostgreSQL rejects a foreign key from text to uuid, or from text to citext (no implicit cast).
 */
export function linkedColumns(ctx: AdvisoryContext, start: ColumnRef): ColumnRef[] {
  const key = (m: string, f: string) => `${m}.${f}`;
  const edges = new Map<string, string[]>();
  const link = (a: string, b: string) => edges.set(a, [...(edges.get(a) ?? []), b]);
  for (const r of ctx.foreignKeys) {
    r.from.fields.forEach((f, k) => {
      const to = r.to.fields[k];
      if (!to) return;
      link(key(r.from.model, f), key(r.to.model, to));
      link(key(r.to.model, to), key(r.from.model, f));
    });
  }
  const first = key(start.model, start.field);
  const seen = new Set([first]);
  const queue = [first];
  while (queue.length) {
    for (const next of edges.get(queue.shift()!) ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return [...seen].map((k) => ({ model: k.slice(0, k.indexOf('.')), field: k.slice(k.indexOf('.') + 1) }));
}
