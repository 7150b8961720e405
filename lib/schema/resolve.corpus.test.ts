import { describe, expect, it } from 'vitest';
import { parseSchema } from './document';
import type { RelationInfo, SchemaModel } from './model';
import { corpusAvailable, corpusMultiFileFixtures, corpusProjects, corpusValidFixtures, type CorpusSchema } from '../../test-support/corpus';
import { readCorpusIndex } from '../../test-support/corpus-index';
import { acceptingVersion, prismaEngine } from '../../test-support/prisma';

/** The parts of `get_datamodel` the comparison reads. */
interface DmmfField {
  name: string;
  kind: string;
  type: string;
  isList: boolean;
  relationName?: string;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
}
interface DmmfDatamodel {
  models: Array<{ name: string; documentation?: string; fields: Array<DmmfField & { documentation?: string }> }>;
  enums: Array<{ name: string; documentation?: string; values: Array<{ name: string; documentation?: string }> }>;
}

/** `Name: docs` for every documented model, field, enum and enum value. */
function theirDocs(dm: DmmfDatamodel): string[] {
  const out: string[] = [];
  for (const m of dm.models) {
    if (m.documentation) out.push(`${m.name}: ${m.documentation}`);
    for (const f of m.fields) if (f.documentation) out.push(`${m.name}.${f.name}: ${f.documentation}`);
  }
  for (const e of dm.enums) {
    if (e.documentation) out.push(`${e.name}: ${e.documentation}`);
    for (const v of e.values) if (v.documentation) out.push(`${e.name}.${v.name}: ${v.documentation}`);
  }
  return out;
}

function ourDocs(model: SchemaModel): string[] {
  const out: string[] = [];
  for (const m of [...model.models, ...model.views]) {
    if (m.ignored) continue;
    if (m.docs) out.push(`${m.name}: ${m.docs}`);
    for (const f of m.fields) if (f.docs) out.push(`${m.name}.${f.name}: ${f.docs}`);
  }
  for (const e of model.enums) {
    if (e.docs) out.push(`${e.name}: ${e.docs}`);
    for (const v of e.values) if (v.docs) out.push(`${e.name}.${v.name}: ${v.docs}`);
  }
  return out;
}

/** `Model.field from→to` for every relation field, as Prisma's DMMF describes it. */
function relationFieldsOf(dm: DmmfDatamodel): string[] {
  const models = new Set(dm.models.map((m) => m.name));
  return dm.models.flatMap((m) =>
    m.fields
      // composite-type fields are `object` fields too, but not relations
      .filter((f) => f.kind === 'object' && models.has(f.type))
      .map((f) => `${m.name}.${f.name} [${f.relationFromFields ?? ''}]→[${f.relationToFields ?? ''}]`),
  );
}

/** Which fields belong together: Prisma pairs by relation name within a model pair. */
function pairsOf(dm: DmmfDatamodel): Map<string, { fields: string[]; lists: boolean[] }> {
  const models = new Set(dm.models.map((m) => m.name));
  const pairs = new Map<string, { fields: string[]; lists: boolean[] }>();
  for (const m of dm.models) {
    for (const f of m.fields) {
      if (f.kind !== 'object' || !models.has(f.type)) continue;
      const key = `${[m.name, f.type].sort().join('~')}|${f.relationName}`;
      const pair = pairs.get(key) ?? { fields: [], lists: [] };
      pair.fields.push(`${m.name}.${f.name}`);
      pair.lists.push(f.isList);
      pairs.set(key, pair);
    }
  }
  return new Map([...pairs.values()].map((p) => [[...p.fields].sort().join(' + '), p]));
}

/** Prisma leaves `@@ignore`d models (and relations through `@ignore`d fields) out of the DMMF. */
function visibleRelations(model: SchemaModel): RelationInfo[] {
  const all = [...model.models, ...model.views];
  const ignoredModel = (name: string) => all.find((m) => m.name === name)?.ignored ?? false;
  const ignoredField = (modelName: string, field: string | null) =>
    !!field && !!all.find((m) => m.name === modelName)?.fields.find((f) => f.name === field)?.ignored;
  return model.relations.filter(
    (r) => !ignoredModel(r.from.model) && !ignoredModel(r.to.model) && !ignoredField(r.from.model, r.from.field) && !ignoredField(r.to.model, r.to.field),
  );
}

function ourRelationFields(relations: readonly RelationInfo[]): string[] {
  return relations.flatMap((r) => {
    const from = `${r.from.model}.${r.from.field} [${r.kind === 'm:n' ? '' : r.from.fields}]→[${r.kind === 'm:n' ? '' : r.to.fields}]`;
    return r.to.field ? [from, `${r.to.model}.${r.to.field} []→[]`] : [from];
  });
}

describe.skipIf(!corpusAvailable())('resolveSchema on the corpus projects', () => {
  const projects = corpusAvailable() ? corpusProjects() : [];
  const index = corpusAvailable() ? readCorpusIndex() : [];

  it('has a row in INDEX.md for each of the 24 projects', () => {
    expect(projects).toHaveLength(24);
    expect(index.map((r) => r.short).sort()).toEqual(projects.map((p) => p.name).sort());
  });

  it.each(index.map((row) => [row.short, row] as const))('%s: model, view, enum and relation counts match INDEX.md', (short, row) => {
    const project = projects.find((p) => p.name === short)!;
    const { model } = parseSchema(project.files);
    expect(model.problems).toEqual([]);
    expect({
      models: model.models.length,
      views: model.views.length,
      enums: model.enums.length,
      relations: model.relations.length,
      manyToMany: model.relations.filter((r) => r.kind === 'm:n').length,
      incomplete: model.relations.filter((r) => r.incomplete).map((r) => r.id),
    }).toEqual({ models: row.models, views: row.views, enums: row.enums, relations: row.relations, manyToMany: row.manyToMany, incomplete: [] });
  });
});

describe.skipIf(!corpusAvailable())('names, relations and docs agree with Prisma’s get_datamodel', () => {
  const schemas: CorpusSchema[] = corpusAvailable() ? [...corpusProjects(), ...corpusValidFixtures(), ...corpusMultiFileFixtures()] : [];
  let compared = 0;
  let relationFields = 0;

  it.each(schemas.map((s) => [s.name, s] as const))('%s', (_name, schema) => {
    const version = acceptingVersion(schema.files);
    if (!version) return; // no Prisma version accepts it as written: nothing to compare against
    const result = prismaEngine(version).datamodel(schema.files);
    if (!result.ok) throw new Error(`Prisma ${version} lints clean but get_datamodel fails: ${result.message}`);
    const dm = result.datamodel as DmmfDatamodel;
    const { model } = parseSchema(schema.files);
    const relations = visibleRelations(model);

    expect(model.models.filter((m) => !m.ignored).concat(model.views).map((m) => m.name).sort()).toEqual(dm.models.map((m) => m.name).sort());
    expect(model.enums.map((e) => e.name).sort()).toEqual(dm.enums.map((e) => e.name).sort());
    expect(ourRelationFields(relations).sort()).toEqual(relationFieldsOf(dm).sort());

    // the same fields are paired, with the same cardinality
    const theirs = pairsOf(dm);
    const ours = relations.map((r) => [[`${r.from.model}.${r.from.field}`, ...(r.to.field ? [`${r.to.model}.${r.to.field}`] : [])].sort().join(' + '), r] as const);
    expect(ours.map(([k]) => k).sort()).toEqual([...theirs.keys()].sort());
    for (const [key, r] of ours) {
      const lists = theirs.get(key)!.lists;
      const kind = lists.length === 2 && lists.every(Boolean) ? 'm:n' : lists.some(Boolean) ? '1:n' : '1:1';
      expect(`${key}: ${r.kind}`).toBe(`${key}: ${kind}`);
    }

    // explicitly written referential actions are read as Prisma reads them
    const dmField = (m: string, f: string) => dm.models.find((x) => x.name === m)!.fields.find((x) => x.name === f)!;
    for (const r of relations) {
      if (r.kind === 'm:n') continue;
      const f = dmField(r.from.model, r.from.field);
      if (r.onDelete.explicit) expect(`${r.id} onDelete ${r.onDelete.action}`).toBe(`${r.id} onDelete ${f.relationOnDelete}`);
      if (r.onUpdate.explicit) expect(`${r.id} onUpdate ${r.onUpdate.action}`).toBe(`${r.id} onUpdate ${f.relationOnUpdate}`);
    }
    // documentation from `///` and `/* */` comments, including trailing `///`
    expect(ourDocs(model).sort()).toEqual(theirDocs(dm).sort());
    compared++;
    relationFields += relationFieldsOf(dm).length;
  });

  it('compared most of the corpus', () => {
    // 24 projects plus about 160 fixtures validate with some engine; the rest are invalid on purpose
    expect(compared).toBeGreaterThan(150);
    expect(relationFields).toBeGreaterThan(3000);
  });
});
