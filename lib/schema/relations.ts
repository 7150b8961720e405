import type { EffectiveAction, FieldInfo, ModelInfo, RelationInfo } from './model';

interface Side {
  model: ModelInfo;
  field: FieldInfo;
}

/**
 * Pairs relation fields into relations the way Prisma does: two relation fields belong together when
 * they sit on the same pair of models (or the same model, for self-relations) and carry the same
 * relation name (or none). Names are scoped per model pair, so `"CreatedBy"` on two different pairs
 * are two relations.
 */
export function resolveRelations(models: readonly ModelInfo[]): RelationInfo[] {
  const groups = new Map<string, Side[]>();
  const known = new Set(models.map((m) => m.name));
  for (const model of models) {
    for (const field of model.fields) {
      if (field.kind !== 'object' || !known.has(field.type)) continue;
      const pair = [model.name, field.type].sort().join('\u0000');
      const key = `${pair}\u0001${field.relation?.name ?? ''}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = []));
      g.push({ model, field });
    }
  }
  const byName = new Map(models.map((m) => [m.name, m]));
  const relations: RelationInfo[] = [];
  for (const sides of groups.values()) {
    for (const [a, b] of pairSides(sides)) relations.push(buildRelation(a, b, byName));
  }
  return relations;
}

/** Splits one group into pairs; leftovers (a missing back-relation) pair with null. */
function pairSides(sides: Side[]): Array<[Side, Side | null]> {
  const first = sides[0];
  const self = first.model.name === first.field.type;
  const pairs: Array<[Side, Side | null]> = [];
  if (self) {
    // Self-relations: the fields sit in one model; pair the FK holder with a non-holder.
    const holders = sides.filter((s) => s.field.relation?.fields?.length);
    const others = sides.filter((s) => !s.field.relation?.fields?.length);
    while (holders.length || others.length) {
      const h = holders.shift() ?? others.shift()!;
      const o = others.shift() ?? null;
      pairs.push([h, o]);
    }
    return pairs;
  }
  const aName = first.model.name;
  const left = sides.filter((s) => s.model.name === aName);
  const right = sides.filter((s) => s.model.name !== aName);
  const n = Math.max(left.length, right.length);
  for (let i = 0; i < n; i++) {
    const l = left[i] ?? null;
    const r = right[i] ?? null;
    pairs.push(l ? [l, r] : [r!, null]);
  }
  return pairs;
}

function buildRelation(a: Side, b: Side | null, byName: Map<string, ModelInfo>): RelationInfo {
  const aHolds = !!a.field.relation?.fields?.length;
  const bHolds = !!b?.field.relation?.fields?.length;
  const bothLists = a.field.list && !!b?.field.list;
  const name = a.field.relation?.name ?? b?.field.relation?.name ?? null;
  const self = a.model.name === a.field.type;

  if (bothLists && !aHolds && !bHolds) {
    const [x, y] = [a, b!].sort((p, q) => `${p.model.name}.${p.field.name}`.localeCompare(`${q.model.name}.${q.field.name}`));
    return {
      id: `${x.model.name}.${x.field.name}~${y.model.name}.${y.field.name}`,
      name,
      kind: 'm:n',
      from: { model: x.model.name, field: x.field.name, fields: [] },
      to: { model: y.model.name, field: y.field.name, fields: [] },
      self,
      required: false,
      // Prisma's implicit join table always cascades; it is not configurable.
      onDelete: { action: 'Cascade', explicit: false },
      onUpdate: { action: 'Cascade', explicit: false },
      incomplete: null,
    };
  }

  // The holder is the side with `fields:`; without one, the singular side (Prisma will ask for `fields`).
  let holder = a;
  let other = b;
  if (!aHolds && (bHolds || (b && a.field.list && !b.field.list))) {
    holder = b!;
    other = a;
  }
  const rel = holder.field.relation;
  const fkNames = rel?.fields ?? [];
  const fkFields = fkNames.map((n) => holder.model.fields.find((f) => f.name === n));
  const required = fkFields.length ? fkFields.some((f) => f && !f.optional) : !holder.field.optional;
  const onDelete: EffectiveAction = rel?.onDelete
    ? { action: rel.onDelete, explicit: true }
    : { action: required ? 'Restrict' : 'SetNull', explicit: false };
  const onUpdate: EffectiveAction = rel?.onUpdate ? { action: rel.onUpdate, explicit: true } : { action: 'Cascade', explicit: false };

  const target = byName.get(holder.field.type);
  let incomplete: string | null = null;
  if (!other) incomplete = `The relation field \`${holder.model.name}.${holder.field.name}\` has no opposite relation field on \`${holder.field.type}\``;
  else if (!fkNames.length) incomplete = `The relation between \`${holder.model.name}\` and \`${holder.field.type}\` needs \`@relation(fields: …, references: …)\` on one side`;

  return {
    id: `${holder.model.name}.${holder.field.name}`,
    name,
    kind: other && !other.field.list ? '1:1' : '1:n',
    from: { model: holder.model.name, field: holder.field.name, fields: fkNames },
    to: {
      model: target?.name ?? holder.field.type,
      field: other?.field.name ?? null,
      fields: rel?.references ?? target?.primaryKey ?? [],
    },
    self,
    required,
    onDelete,
    onUpdate,
    incomplete,
  };
}

/** The relation a relation field belongs to, whichever side it is on (the foreign-key side or the back-relation). */
export function relationOfField(relations: readonly RelationInfo[], model: string | null, field: string | null): RelationInfo | undefined {
  return relations.find((r) => (r.from.model === model && r.from.field === field) || (r.to.model === model && r.to.field === field));
}
