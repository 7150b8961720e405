import type { Advisory, Severity } from '../advisories/types';

/** What a diagram node or edge shows of the advisories: a count, the worst severity, the messages as a tooltip. */
export interface BadgeSummary {
  /** Equal signatures mean nothing visible changed (the summary object is then reused). */
  signature: string;
  count: number;
  worst: Severity;
  lines: string[];
}

export interface NodeBadge extends BadgeSummary {
  /** Field rows to mark, with their worst severity (a relation advisory marks its relation field). */
  fields: Record<string, Severity>;
}

export interface AdvisoryIndex {
  models: Map<string, NodeBadge>;
  relations: Map<string, BadgeSummary>;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const worstOf = (list: readonly Advisory[]): Severity => list.reduce<Severity>((w, a) => (RANK[a.severity] > RANK[w] ? a.severity : w), 'info');
const line = (a: Advisory) => `${a.severity}: ${a.message} (${a.rule})`;

/**
 * Groups advisories by model and by relation for the diagram. Summaries whose content did not change
 * are taken from `previous`, so the nodes showing them do not re-render.
 */
export function indexAdvisories(advisories: readonly Advisory[], previous: AdvisoryIndex | null): AdvisoryIndex {
  const byModel = new Map<string, Advisory[]>();
  const byRelation = new Map<string, Advisory[]>();
  for (const a of advisories) {
    const t = a.target;
    push(byModel, t.model, a);
    if (t.kind === 'relation') push(byRelation, t.relation, a);
  }
  const models = new Map<string, NodeBadge>();
  for (const [model, list] of byModel) {
    const fields: Record<string, Severity> = {};
    for (const a of list) {
      if (a.target.kind === 'model') continue;
      const f = a.target.field;
      if (!fields[f] || RANK[a.severity] > RANK[fields[f]]) fields[f] = a.severity;
    }
    const lines = list.map(line);
    const signature = `${lines.join('\n')}\u0000${JSON.stringify(fields)}`;
    const old = previous?.models.get(model);
    models.set(model, old?.signature === signature ? old : { signature, count: list.length, worst: worstOf(list), lines, fields });
  }
  const relations = new Map<string, BadgeSummary>();
  for (const [id, list] of byRelation) {
    const lines = list.map(line);
    const signature = lines.join('\n');
    const old = previous?.relations.get(id);
    relations.set(id, old?.signature === signature ? old : { signature, count: list.length, worst: worstOf(list), lines });
  }
  return { models, relations };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
