import { afterAll, describe, expect, it } from 'vitest';
import { parseSchema, type ParsedSchema } from '../schema/document';
import { applyEdits } from '../text/edits';
import { corpusAvailable, corpusMultiFileFixtures, corpusProjects, corpusValidFixtures } from '../../test-support/corpus';
import { acceptingVersion, describeDiagnostics, prismaErrors } from '../../test-support/prisma';
import { untouchedBlockChanges } from '../../test-support/untouched';
import { addField, addModel, changeFieldType, deleteField, deleteModel, renameField, renameModel, toggleList, toggleOptional, type OpResult } from './index';

/** The operations tried on a schema: addModel, and for the first 6 models each model and field operation on their first 8 fields. */
function attempts(schema: ParsedSchema): Array<[string, () => OpResult]> {
  const tries: Array<[string, () => OpResult]> = [['addModel', () => addModel(schema, { name: 'ZzNewModel' })]];
  for (const m of schema.model.models.slice(0, 6)) {
    const model = m.name;
    tries.push([`renameModel ${model}`, () => renameModel(schema, { model, newName: `${model}Renamed`, keepTableName: true })]);
    tries.push([`deleteModel ${model}`, () => deleteModel(schema, { model })]);
    tries.push([`addField ${model}`, () => addField(schema, { model, name: 'zzExtra', type: 'String?' })]);
    for (const f of m.fields.slice(0, 8)) {
      const field = f.name;
      tries.push([`renameField ${model}.${field}`, () => renameField(schema, { model, field, newName: `${field}X`, keepColumnName: true })]);
      tries.push([`changeFieldType ${model}.${field}`, () => changeFieldType(schema, { model, field, type: f.type === 'String' ? 'Int' : 'String' })]);
      tries.push([`toggleOptional ${model}.${field}`, () => toggleOptional(schema, { model, field })]);
      tries.push([`toggleList ${model}.${field}`, () => toggleList(schema, { model, field })]);
      tries.push([`deleteField ${model}.${field}`, () => deleteField(schema, { model, field })]);
    }
  }
  return tries;
}

describe.skipIf(!corpusAvailable())('canvas operations on the corpus', () => {
  const schemas = corpusAvailable() ? [...corpusProjects(), ...corpusValidFixtures(), ...corpusMultiFileFixtures()] : [];
  const totals = { schemas: 0, skipped: 0, cases: 0, applied: 0, refused: 0 };

  afterAll(() => {
    console.log(
      `ops corpus: ${totals.schemas} schemas (${totals.skipped} skipped: no Prisma version accepts them), ${totals.cases} cases, ${totals.applied} applied, ${totals.refused} refused`,
    );
  });

  it.each(schemas.map((s) => [s.name, s] as const))('%s: every result is refused with a reason or valid, and untouched blocks stay byte-identical', (_name, corpusSchema) => {
    const version = acceptingVersion(corpusSchema.files);
    if (!version) {
      totals.skipped++;
      return;
    }
    totals.schemas++;
    const schema = parseSchema(corpusSchema.files);
    const failures: string[] = [];
    for (const [what, run] of attempts(schema)) {
      totals.cases++;
      let result: OpResult;
      try {
        result = run();
      } catch (e) {
        failures.push(`${what} threw: ${e instanceof Error ? e.message : String(e)}`);
        continue;
      }
      if (!result.ok) {
        totals.refused++;
        if (!result.reason.trim()) failures.push(`${what} refused without a reason`);
        continue;
      }
      let files;
      try {
        files = applyEdits(corpusSchema.files, result.edits);
      } catch (e) {
        failures.push(`${what}: its edits do not apply: ${e instanceof Error ? e.message : String(e)}`);
        continue;
      }
      const errors = describeDiagnostics(files, prismaErrors(version, files));
      if (errors.length) failures.push(`${what} (${result.message}): Prisma ${version} rejects the result: ${errors.slice(0, 3).join(' | ')}`);
      const changed = untouchedBlockChanges(corpusSchema.files, result.edits, files, schema.files);
      if (changed.length) failures.push(`${what}: ${changed[0]}`);
      if (!errors.length && !changed.length) totals.applied++;
    }
    expect(failures).toEqual([]);
  });

  it('tried thousands of operations and applied most of them', () => {
    // runs after the schemas above (tests in a file run in order)
    expect(totals.schemas).toBeGreaterThan(150);
    expect(totals.cases).toBeGreaterThan(8000);
    expect(totals.applied).toBeGreaterThan(totals.cases / 2);
  });
});
