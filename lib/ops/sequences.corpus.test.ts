import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSchema, reparseSchema, type ParsedSchema, type SchemaFile } from '../schema/document';
import { applyEdits, type TextEdit } from '../text/edits';
import { invertEdits } from '../text/invert';
import { corpusAvailable, corpusMultiFileFixtures, corpusProjects, corpusValidFixtures, type CorpusSchema } from '../../test-support/corpus';
import { NON_OP_EXPORTS, OP_GENERATORS, type ComposedStep, type OpGenerator } from '../../test-support/op-generators';
import { acceptingVersion, describeDiagnostics, prismaErrors } from '../../test-support/prisma';
import { untouchedBlockChanges } from '../../test-support/untouched';
import type { PrismaVersionId } from '../prisma/versions';
import * as ops from './index';

/**
 * Random sequences of canvas operations on every corpus schema some Prisma version accepts. Each step
 * draws an operation and its targets from the schema as the previous steps left it; the step must be
 * refused with a reason, or give text that Prisma accepts as well as before, that parses without new
 * problems, and that leaves the blocks no edit touched byte-identical. At the end the inverse edits,
 * applied in reverse order, must give back the original bytes.
 *
 * Reproduce a failure with the schema and seed it reports:
 *   SEQ_ONLY='<schema>' SEQ_SEED=<base seed> npx vitest run lib/ops/sequences.corpus.test.ts
 * SEQ_RUNS / SEQ_STEPS change the number and length of the sequences; SEQ_SHRINK=1 lets fast-check
 * shrink a failing sequence (slow: every attempt replays the steps through Prisma).
 */
const BASE_SEED = Number(process.env.SEQ_SEED ?? 20260822);
const RUNS = Number(process.env.SEQ_RUNS ?? 5);
const STEPS = Number(process.env.SEQ_STEPS ?? 10);
const ONLY = process.env.SEQ_ONLY;
const SHRINK = process.env.SEQ_SHRINK === '1';

/**
 * Op bugs this test has found and that are not fixed yet. A step whose every failure matches an entry
 * for its operation is left out of the sequence (the schema stays as it was before the step) and
 * counted under the entry's id in the summary; any other failure fails the test. Remove an entry once
 * its bug is fixed.
 */
interface KnownIssue {
  id: string;
  op: string;
  /** Matched against each failure line of the step: `Prisma 6 rejects the result: …`, `untouched …`, `threw: …`. */
  failure: RegExp;
  /** What goes wrong, with a minimal reproduction. */
  why: string;
}

const PG = 'postgresql datasource';
const TABLE_CLASH = /The model with database name "[^"]*" could not be defined because another model or view with this name exists|The given constraint name `[^`]*` has to be unique/;
const ENUM_CLASH = /An enum with the same database name is already defined/;
const UNSUPPORTED_ACTION = /Invalid referential action: `\w+`\. Allowed values/;
const CYCLE = /A self-relation must have `onDelete` and `onUpdate` referential actions set to `NoAction`|Reference causes a cycle\. One of the @relation attributes in this cycle must have|cascade to model `\w+` through multiple paths/;
const OPTIONAL_FK = /At least one of those fields is optional\. Hence the relation field must be optional as well/;
const SETNULL_REQUIRED = /referential action of a relation must not be set to `SetNull` when a referenced field is required/;
const COMPOSITE_CYCLE = /The type is the same as the parent and causes an endless cycle/;
const TYPE_UNSUPPORTED = /can't be of type \w+\. The current connector does not support the \w+ type/;
const MONGO_UNIQUE_ID = /The same field cannot be an id and unique on MongoDB/;
const COMPOSITE_INDEX_PATH = /The index definition refers to the unknown fields: \w+ in type \w+/;

const KNOWN_ISSUES: readonly KnownIssue[] = [
  // ---- names in the database: ops check Prisma names but not the @@map/@map names others already use
  {
    id: 'pasteModels/table-name-clash',
    op: 'pasteModels',
    failure: TABLE_CLASH,
    why: `${PG}, \`model A { id Int @id }\`, \`model B { id Int @id  @@map("A2") }\`; pasteModels {text: "model A {\\n  id Int @id\\n}\\n"} pastes A2, whose table is B's.`,
  },
  { id: 'pasteModels/enum-db-name-clash', op: 'pasteModels', failure: ENUM_CLASH, why: 'renameEnum {enum: "E", newName: "F", keepTypeName: true} (adds @@map("E")), then pasteModels {text: "enum E {\\n  A\\n}\\n"}.' },
  {
    id: 'setSchema/enum-db-name-clash',
    op: 'setSchema',
    failure: ENUM_CLASH,
    why: 'setSchema checks table names in the target schema but not enum names. schemas = ["one", "two"], `enum Color { RED  @@schema("one") }`, `enum Colour { RED  @@map("Color")  @@schema("two") }`; setSchema {model: "Color", schema: "two"}.',
  },
  {
    id: 'duplicateModel/legacy-index-name',
    op: 'duplicateModel',
    failure: /The given constraint name `[^`]*` has to be unique/,
    why: 'The copy keeps the constraint name of an index written the old way, `@@index([spaceId], name: "space_api_key_space_idx")` (map: is renamed). Corpus rallly: duplicateModel {model: "SpaceApiKey", newName: "SpaceApiKeyRenamed"}.',
  },

  // ---- connector capabilities: checked for PostgreSQL only, or not at all
  {
    id: 'addField/scalar-list-connector',
    op: 'addField',
    failure: /can't be a list\. The current connector does not support lists of primitive types/,
    why: 'addField writes `T[]` on connectors without scalar lists (MySQL, SQLite, SQL Server, no datasource); toggleList and changeFieldType refuse. mysql, `model A { id Int @id }`; addField {model: "A", name: "tags", type: "String[]"}.',
  },
  {
    id: 'addField/type-unsupported-by-connector',
    op: 'addField',
    failure: TYPE_UNSUPPORTED,
    why: 'Decimal without a datasource or on MongoDB, Json on SQL Server. `model A { id Int @id }` without a datasource; addField {model: "A", name: "price", type: "Decimal"}.',
  },
  {
    id: 'changeFieldType/type-unsupported-by-connector',
    op: 'changeFieldType',
    failure: TYPE_UNSUPPORTED,
    why: '`model A { id Int @id }` without a datasource; changeFieldType {model: "A", field: "id", type: "Decimal"}.',
  },
  {
    id: 'changeFieldType/bytes-id-sqlserver',
    op: 'changeFieldType',
    failure: /Using Bytes type is not allowed in the model's id/,
    why: 'Corpus fixtures/validation/attributes/schema/with_single_schema_sqlserver.prisma: changeFieldType {model: "Test", field: "id", type: "Bytes"}.',
  },
  {
    id: 'addIndex/index-type-field-type',
    op: 'addIndex',
    failure: /The \w+ index type does not support the type of the field/,
    why: 'Corpus fixtures/schema-engine/sql-migration-tests/tests/single_migration_tests/postgres/enums/mapped_basic.prisma: addIndex {model: "Avocado", fields: "status", type: "Brin"} (an enum field).',
  },
  {
    id: 'setNativeType/unchecked-off-postgres',
    op: 'setNativeType',
    failure:
      /Native type \w+ is not supported for \w+ connector|Native type \w+ is not compatible with declared field type|Function "\w+" takes \d+ arguments?, but received \d+|Expected a nonnegative integer, but found|Native type `\w+` of [\w ]+ cannot be used on a field that is `@id` or `@@id`|Native type `?\w+`? cannot be unique in MySQL|The given operator class `?\w+`? does not support native type|You cannot define an index on fields with native type|`@default\(auto\(\)\)` fields must have `ObjectId` native type/,
    why: 'Native types are checked against PostgreSQL only; on MySQL, SQL Server, MongoDB… any name and arity is written. mysql, `model A { id Int @id }`; setNativeType {model: "A", field: "id", nativeType: "Integer"} (or "VarChar(x)").',
  },
  { id: 'addIndex/mongodb-unique-id', op: 'addIndex', failure: MONGO_UNIQUE_ID, why: 'mongodb, `model A { id String @id @default(auto()) @map("_id") @db.ObjectId }`; addIndex {model: "A", kind: "unique", fields: "id"}.' },
  { id: 'updateIndex/mongodb-unique-id', op: 'updateIndex', failure: MONGO_UNIQUE_ID, why: 'As addIndex/mongodb-unique-id, turning an @@index into @@unique: updateIndex {model: "A", index: 0, kind: "unique", fields: "id"}.' },
  {
    id: 'addIndex/mongodb-duplicate-index',
    op: 'addIndex',
    failure: /Index already exists in the model/,
    why: 'MongoDB rejects an @@index on the same fields as a unique. mongodb, `model A { id String @id @default(auto()) @map("_id") @db.ObjectId  x String @unique }`; addIndex {model: "A", fields: "x"}.',
  },
  {
    id: 'addRelation/mongodb-join-model',
    op: 'addRelation',
    failure: /The current connector does not support compound ids/,
    why: 'kind "m:n (join model)" writes @@id([sourceId, targetId]), which MongoDB lacks. Corpus fixtures/query-engine/dmmf/test_files/indexes_mongodb.prisma: addRelation {from: "Post", to: "Post", kind: "m:n (join model)"}.',
  },
  {
    id: 'setDefault/function-unsupported-by-connector',
    op: 'setDefault',
    failure: /The `dbgenerated\(\)` function is not allowed with MongoDB|The `\w+\(\)` default value is used with a datasource that does not support it/,
    why: 'dbgenerated() and autoincrement() on MongoDB. Corpus fixtures/validation/relations/mongodb/relation_same_native_type_1.prisma: setDefault {model: "Child", field: "parentId", value: "dbgenerated(\\"gen_random_uuid()\\")"}.',
  },
  {
    id: 'toggleUnique/mongodb-duplicate-index',
    op: 'toggleUnique',
    failure: /Index already exists in the model/,
    why: 'MongoDB rejects @unique on a field that a single-field @@index/@@fulltext already covers. mongodb, `model A { id String @id @default(auto()) @map("_id") @db.ObjectId  x String  @@index([x]) }`; toggleUnique {model: "A", field: "x"}.',
  },

  // ---- referential actions
  {
    id: 'addRelation/cyclic-referential-actions',
    op: 'addRelation',
    failure: CYCLE,
    why: 'With relationMode = "prisma" and on SQL Server, self-relations, cycles and multiple cascade paths need NoAction; addRelation writes the defaults. mysql + relationMode = "prisma", `model A { id Int @id }`; addRelation {from: "A", to: "A", kind: "1:n"}.',
  },
  {
    id: 'addRelation/unsupported-referential-action',
    op: 'addRelation',
    failure: UNSUPPORTED_ACTION,
    why: 'NoAction (PostgreSQL) and SetDefault are not allowed with relationMode = "prisma". Corpus umami: addRelation {from: "Team", to: "User", kind: "1:n", onDelete: "NoAction"}.',
  },
  {
    id: 'setReferentialActions/unsupported-referential-action',
    op: 'setReferentialActions',
    failure: UNSUPPORTED_ACTION,
    why: `As above, and SetDefault on MongoDB. ${PG} + relationMode = "prisma", \`model A { id Int @id  bs B[] }\`, \`model B { id Int @id  aId Int  a A @relation(fields: [aId], references: [id]) }\`; setReferentialActions {model: "B", field: "a", onDelete: "NoAction"}.`,
  },
  {
    id: 'setReferentialActions/setnull-required',
    op: 'setReferentialActions',
    failure: SETNULL_REQUIRED,
    why: 'Corpus fixtures/validation/relations/relation_field_with_ignored_or_unspported_fields_does_not_need_ignore.prisma: setReferentialActions {model: "Box", field: "pig", onDelete: "Cascade", onUpdate: "SetNull", makeOptional: true}.',
  },
  {
    id: 'setReferentialActions/shared-foreign-key',
    op: 'setReferentialActions',
    failure: OPTIONAL_FK,
    why: 'makeOptional makes a scalar optional that a required composite foreign key of another relation also uses (see toggleOptional/shared-foreign-key): setReferentialActions {model: "P", field: "u", onUpdate: "SetNull", makeOptional: true}.',
  },
  {
    id: 'toggleOptional/shared-foreign-key',
    op: 'toggleOptional',
    failure: OPTIONAL_FK,
    why: `${PG}, \`model P { id Int @id  uId Int  oId Int  u U @relation(fields: [uId], references: [id])  o O @relation(fields: [oId, uId], references: [id, uId]) }\` (+ U, O with back-relations, O @@id([id, uId])); toggleOptional {model: "P", field: "u"} leaves the relation o required over an optional uId.`,
  },

  // ---- @ignore
  {
    id: 'addRelation/ignored-model',
    op: 'addRelation',
    failure: /must specify the `@ignore` attribute, because the model \w+ it is pointing to is marked ignored/,
    why: `Relation fields pointing at an @@ignore model need @ignore. ${PG}, \`model Ign { id Int @id  @@ignore }\`, \`model U { id Int @id }\`; addRelation {from: "U", to: "Ign", kind: "1:n"}.`,
  },
  {
    id: 'pasteModels/ignored-back-relation',
    op: 'pasteModels',
    failure: /must specify the `@ignore` attribute, because the model \w+ it is pointing to is marked ignored/,
    why: `Pasting an @@ignore model adds a back-relation without @ignore. ${PG}, \`model client { client_id Int @id  bills bill[] @ignore }\`, \`model bill { client_id Int?  client client? @relation(fields: [client_id], references: [client_id])  @@ignore }\`; pasteModels {text: <model bill>}.`,
  },
  {
    id: 'pasteModels/one-to-one-unique-order',
    op: 'pasteModels',
    failure: /A one-to-one relation must use unique fields on the defining side/,
    why: 'The pasted relation is taken for one-to-one (singular back-relation) because @@unique([organizationId, customFrameworkId]) has its foreign key [customFrameworkId, organizationId] in another order, which Prisma does not accept. Corpus comp: pasteModels {text: copyModelsText(schema, ["TrustResource"])}.',
  },
  {
    id: 'toggleIgnore/optional-shard-key',
    op: 'toggleIgnore',
    failure: /Fields that are marked as shard keys must be required|The shard key definition refers to the optional field/,
    why: 'Un-ignoring a model whose shard key is optional (allowed only while ignored). Corpus fixtures/validation/attributes/shard_key/optional_multi_shard_key_ignored.prisma: toggleIgnore {model: "A"}.',
  },
  {
    id: 'changeFieldType/unsupported-keeps-ignore',
    op: 'changeFieldType',
    failure: /Fields of type `Unsupported` cannot take an `@ignore` attribute/,
    why: `${PG}, \`model A { id Int @id  n Int @ignore }\`; changeFieldType {model: "A", field: "n", type: "Unsupported(\\"circle\\")"}.`,
  },
  {
    id: 'changeFieldType/unsupported-unique-criteria',
    op: 'changeFieldType',
    failure: /Each model must have at least one unique criteria that has only required fields/,
    why: `Unsupported fields do not count as unique criteria. ${PG}, \`model B { code String @unique }\`; changeFieldType {model: "B", field: "code", type: "Unsupported(\\"circle\\")"}.`,
  },

  // ---- defaults
  {
    id: 'changeFieldType/default-not-valid-for-type',
    op: 'changeFieldType',
    failure: /Parse error: .* is not a valid (JSON|base64|rfc3339 datetime) string/,
    why: `A string @default is kept where the new type cannot read it. ${PG}, \`model U { id Int @id  name String @default("x") }\`; changeFieldType {model: "U", field: "name", type: "Json"} (or "Bytes").`,
  },
  { id: 'setDefault/bytes-not-base64', op: 'setDefault', failure: /is not a valid base64 string/, why: `${PG}, \`model U { id Int @id  b Bytes }\`; setDefault {model: "U", field: "b", value: "\\"x\\""}.` },
  {
    id: 'setDefault/composite-field-functions',
    op: 'setDefault',
    failure: /Fields of composite types cannot have `\w+\(\)` as default|The function `\w+\(\)` is not supported on composite fields|The function `\w+\(\)` cannot be used on fields of type/,
    why: 'mongodb, `type T { name String }`; setDefault {model: "T", field: "name", value: "dbgenerated(\\"x\\")"} (or autoincrement() on an Int).',
  },

  // ---- composite types (MongoDB)
  { id: 'addField/composite-self-cycle', op: 'addField', failure: COMPOSITE_CYCLE, why: 'mongodb, `type T { name String }`; addField {model: "T", name: "self", type: "T"} (required).' },
  { id: 'changeFieldType/composite-self-cycle', op: 'changeFieldType', failure: COMPOSITE_CYCLE, why: 'mongodb, `type T { name String }`; changeFieldType {model: "T", field: "name", type: "T"}.' },
  {
    id: 'renameField/composite-index-path',
    op: 'renameField',
    failure: COMPOSITE_INDEX_PATH,
    why: 'mongodb, `model Post { id String @id @map("_id") @db.ObjectId  comments Comment[]  @@index([comments.userId]) }`, `type Comment { userId String @db.ObjectId }`; renameField {model: "Comment", field: "userId", newName: "authorId"} leaves the index path.',
  },
  { id: 'deleteField/composite-index-path', op: 'deleteField', failure: COMPOSITE_INDEX_PATH, why: 'As renameField/composite-index-path: deleteField {model: "Comment", field: "userId"}.' },
  {
    id: 'deleteField/mongodb-duplicate-index',
    op: 'deleteField',
    failure: /Index already exists in the model/,
    why: 'Taking the field out of an index list can leave it equal to another index, which MongoDB rejects. Corpus fixtures/validation/preview_features/full_text_index/mongodb.prisma: toggleUnique {model: "Blog", field: "content"}, then deleteField {model: "Blog", field: "title"} (@@fulltext([content]) next to @unique).',
  },
  { id: 'deleteField/last-composite-field', op: 'deleteField', failure: /A type must have at least one field defined/, why: 'mongodb, `type T { name String }`; deleteField {model: "T", field: "name"}.' },

  // ---- edits
  {
    id: 'composeOps/doc-inserted-at-block-boundary',
    op: 'composeOps',
    // the block only gained `///` lines on top, inserted exactly at its start
    failure: /^untouched block changed: [^\n]*: untouched \w+ \S+ changed:\n([\s\S]*)\n→\n(?:[ \t]*\/\/\/[^\n]*\n)+\1$/,
    why:
      'composeOps re-diffs by lines, so a doc comment added to a block becomes an insert at the block\'s first line, outside the range untouchedBlockChanges counts as the block. ' +
      'composeOps(schema, [(s) => setDocumentation(s, {model: "B", text: "Doc"})]) on a B without docs gives {start: <B.line.start>, end: <same>, text: "/// Doc\\n"}.',
  },
];

interface OpStats {
  applied: number;
  refused: number;
  known: number;
}

const stats = {
  schemas: 0,
  skipped: 0,
  sequences: 0,
  steps: 0,
  ops: new Map<string, OpStats>(OP_GENERATORS.map((g) => [g.name, { applied: 0, refused: 0, known: 0 }])),
  known: new Map<string, number>(),
};

/** FNV-1a, so each schema gets its own stream from the one base seed. */
function seedFor(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return (h ^ BASE_SEED) | 0;
}

/** Each message as often as it occurs in `after` but not in `before`. */
function added(before: readonly string[], after: readonly string[]): number[] {
  const left = new Map<string, number>();
  for (const m of before) left.set(m, (left.get(m) ?? 0) + 1);
  const out: number[] = [];
  after.forEach((m, i) => {
    const n = left.get(m) ?? 0;
    if (n > 0) left.set(m, n - 1);
    else out.push(i);
  });
  return out;
}

function describeArgs(args: unknown): string {
  const json = JSON.stringify(args);
  return json.length > 600 ? `${json.slice(0, 600)}…` : json;
}

function message(e: unknown): string {
  return e instanceof Error ? `${e.message}\n${(e.stack ?? '').split('\n').slice(1, 4).join('\n')}` : String(e);
}

interface StepOutcome {
  failures: string[];
  refused?: string;
  after?: { files: SchemaFile[]; parsed: ParsedSchema; errors: string[]; edits: TextEdit[] };
}

/** Runs one operation on the current state and checks what it did. */
function step(version: PrismaVersionId, op: OpGenerator, args: unknown, files: SchemaFile[], parsed: ParsedSchema, errors: readonly string[]): StepOutcome {
  let result: ops.OpResult;
  try {
    result = op.run(parsed, args);
  } catch (e) {
    return { failures: [`threw: ${message(e)}`] };
  }
  if (!result.ok) return result.reason.trim() ? { failures: [], refused: result.reason } : { failures: ['refused without a reason'] };
  let after: SchemaFile[];
  try {
    after = applyEdits(files, result.edits);
  } catch (e) {
    return { failures: [`its edits do not apply: ${message(e)}`] };
  }
  const failures: string[] = [];
  const diagnostics = prismaErrors(version, after);
  const afterErrors = diagnostics.map((d) => d.message);
  const newErrors = added(errors, afterErrors).map((i) => diagnostics[i]);
  if (newErrors.length) failures.push(`Prisma ${version} rejects the result: ${describeDiagnostics(after, newErrors).slice(0, 3).join(' | ')}`);
  let afterParsed: ParsedSchema;
  try {
    afterParsed = reparseSchema(parsed, after);
  } catch (e) {
    return { failures: [...failures, `the result does not parse: ${message(e)}`] };
  }
  const problemsBefore = parsed.model.problems.map((p) => p.message);
  const problemsAfter = afterParsed.model.problems;
  const newProblems = added(problemsBefore, problemsAfter.map((p) => p.message)).map((i) => problemsAfter[i]);
  if (newProblems.length) failures.push(`new parse problems: ${newProblems.slice(0, 3).map((p) => `${p.file}: ${p.message}`).join(' | ')}`);
  failures.push(...untouchedBlockChanges(files, result.edits, after, parsed.files).map((c) => `untouched block changed: ${c}`));
  return { failures, after: { files: after, parsed: afterParsed, errors: afterErrors, edits: result.edits } };
}

/** The known issue every failure of the step matches, if any. composeOps inherits the issues of the operations it composes. */
function knownIssueFor(op: string, args: unknown, failures: readonly string[]): KnownIssue | null {
  const inner = op === 'composeOps' ? (args as { steps: ComposedStep[] }).steps.map((step) => step.op) : [];
  const issues = KNOWN_ISSUES.filter((k) => k.op === op || inner.includes(k.op));
  if (!issues.length || !failures.every((f) => issues.some((k) => k.failure.test(f)))) return null;
  return issues.find((k) => failures.some((f) => k.failure.test(f)))!;
}

/** Picks an operation that has something to work on in the schema, and its arguments. */
function pick(g: fc.GeneratorValue, schema: ParsedSchema): { op: OpGenerator; args: unknown } | null {
  const candidates = [...OP_GENERATORS];
  while (candidates.length) {
    const i = g(fc.nat, { max: candidates.length - 1 });
    const arb = candidates[i].args(schema);
    if (arb) return { op: candidates[i], args: g(() => arb) };
    candidates.splice(i, 1);
  }
  return null;
}

function runSequences(corpusSchema: CorpusSchema, version: PrismaVersionId): void {
  const original = corpusSchema.files;
  const originalParsed = parseSchema(original);
  const originalErrors = prismaErrors(version, original).map((d) => d.message);
  const seed = seedFor(corpusSchema.name);
  let sequence = 0;

  const property = fc.property(fc.gen(), (g) => {
    sequence++;
    stats.sequences++;
    let files = original;
    let parsed = originalParsed;
    let errors = originalErrors;
    const undo: TextEdit[][] = [];
    const log: string[] = [];
    const failed: string[] = [];
    const fail = (what: string): never => {
      throw new Error(
        [
          `${corpusSchema.name} (Prisma ${version}), seed ${seed} (base ${BASE_SEED}), sequence ${sequence} of ${RUNS}: ${what}`,
          'Steps:',
          ...log.map((l, i) => `  ${i + 1}. ${l}`),
          `Reproduce: SEQ_ONLY='${corpusSchema.name}' SEQ_SEED=${BASE_SEED} SEQ_RUNS=${RUNS} SEQ_STEPS=${STEPS} npx vitest run lib/ops/sequences.corpus.test.ts`,
        ].join('\n'),
      );
    };

    for (let n = 0; n < STEPS; n++) {
      const picked = pick(g, parsed);
      if (!picked) break;
      const { op, args } = picked;
      const counts = stats.ops.get(op.name)!;
      stats.steps++;
      const outcome = step(version, op, args, files, parsed, errors);
      const label = `${op.name} ${describeArgs(args)}`;
      if (outcome.failures.length) {
        // either way the step is left out, so the steps after it still test something
        const known = knownIssueFor(op.name, args, outcome.failures);
        if (!known) {
          log.push(`${label} → FAILED`);
          failed.push(`step ${n + 1} (${op.name}):\n${outcome.failures.join('\n')}`);
          continue;
        }
        counts.known++;
        stats.known.set(known.id, (stats.known.get(known.id) ?? 0) + 1);
        log.push(`${label} → left out (known issue ${known.id})`);
        continue;
      }
      if (outcome.refused !== undefined) {
        counts.refused++;
        log.push(`${label} → refused: ${outcome.refused}`);
        continue;
      }
      const after = outcome.after!;
      counts.applied++;
      log.push(`${label} → applied`);
      undo.push(invertEdits(files, after.edits));
      files = after.files;
      parsed = after.parsed;
      errors = after.errors;
    }

    let back = files;
    for (const inverse of [...undo].reverse()) back = applyEdits(back, inverse);
    const created = back.filter((f) => !original.some((o) => o.path === f.path));
    if (created.some((f) => f.text !== '')) failed.push(`undoing left text in files the steps created: ${created.map((f) => f.path).join(', ')}`);
    const restored = back.filter((f) => original.some((o) => o.path === f.path));
    if (restored.length !== original.length || restored.some((f, i) => f.path !== original[i].path || f.text !== original[i].text)) {
      const wrong = original.find((o) => restored.find((f) => f.path === o.path)?.text !== o.text);
      failed.push(`the inverse edits in reverse order do not give back the original bytes${wrong ? ` of ${wrong.path}` : ''}`);
    }
    if (failed.length) fail(`${failed.length} failure${failed.length === 1 ? '' : 's'}:\n${failed.join('\n')}`);
  });

  fc.assert(property, { seed, numRuns: RUNS, endOnFailure: !SHRINK });
}

describe('operation generators', () => {
  it('cover every operation lib/ops/index.ts exports', () => {
    const exported = Object.entries(ops)
      .filter(([name, value]) => typeof value === 'function' && !NON_OP_EXPORTS.includes(name))
      .map(([name]) => name)
      .sort();
    expect(OP_GENERATORS.map((g) => g.name).sort()).toEqual(exported);
  });
});

describe.skipIf(!corpusAvailable())('random operation sequences on the corpus', () => {
  const all = corpusAvailable() ? [...corpusProjects(), ...corpusValidFixtures(), ...corpusMultiFileFixtures()] : [];
  const schemas = ONLY ? all.filter((s) => s.name === ONLY) : all;
  const started = performance.now();

  afterAll(() => {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    let applied = 0;
    let refused = 0;
    let known = 0;
    for (const s of stats.ops.values()) {
      applied += s.applied;
      refused += s.refused;
      known += s.known;
    }
    const perOp = [...stats.ops].map(([name, s]) => `${name} ${s.applied}/${s.refused}${s.known ? `/${s.known}` : ''}`).join(', ');
    const issues = [...stats.known].map(([id, n]) => `${id}×${n}`).join(', ');
    console.log(
      `op sequences: ${stats.schemas} schemas (${stats.skipped} skipped: no Prisma version accepts them), seed ${BASE_SEED}, ${stats.sequences} sequences × ${STEPS} steps, ` +
        `${stats.steps} steps: ${applied} applied, ${refused} refused, ${known} known issues${issues ? ` (${issues})` : ''}, ${seconds}s\n` +
        `  per op (applied/refused${known ? '/known' : ''}): ${perOp}`,
    );
  });

  it.each(schemas.map((s) => [s.name, s] as const))('%s: random sequences are refused or valid, keep untouched blocks, and undo to the original bytes', (_name, corpusSchema) => {
    const version = acceptingVersion(corpusSchema.files);
    if (!version) {
      stats.skipped++;
      return;
    }
    stats.schemas++;
    runSequences(corpusSchema, version);
  });

  it.skipIf(ONLY !== undefined)('ran every operation and applied most of them somewhere', () => {
    // runs after the schemas above (tests in a file run in order)
    expect(stats.schemas).toBeGreaterThan(150);
    const neverApplied = [...stats.ops].filter(([, s]) => s.applied === 0).map(([name]) => name);
    expect(neverApplied).toEqual([]);
  });
});
