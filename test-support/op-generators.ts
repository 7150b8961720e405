import fc from 'fast-check';
import type { ParsedSchema } from '../lib/schema/document';
import { SCALAR_TYPES, type FieldInfo, type ModelInfo } from '../lib/schema/model';
import * as ops from '../lib/ops';
import { indexAttributes } from '../lib/ops/index-spec';

/**
 * Random arguments for every canvas operation, drawn from the schema as it is now: its models,
 * fields, relation fields, enums, values and indexes. Mostly arguments an editor would send, mixed
 * with some the operation should refuse (names taken, fields of the wrong type, positions past the end).
 * Used by the random-sequence corpus test; add a line to OP_GENERATORS for each new operation.
 */
export interface OpGenerator {
  /** The operation's export name in lib/ops/index.ts. */
  name: string;
  /** Arguments for the schema, or null when it has nothing this operation could apply to. */
  args: (schema: ParsedSchema) => fc.Arbitrary<unknown> | null;
  run: (schema: ParsedSchema, args: unknown) => ops.OpResult;
}

function define<A>(name: string, op: (schema: ParsedSchema, args: A) => ops.OpResult, args: (schema: ParsedSchema) => fc.Arbitrary<A> | null): OpGenerator {
  return { name, args, run: (schema, a) => op(schema, a as A) };
}

/** Exports of lib/ops/index.ts that are not operations: helpers and constants. */
export const NON_OP_EXPORTS: readonly string[] = [
  'deleteModelImpact',
  'RELATION_KINDS',
  'copyModelsText',
  'listIndexes',
  'listIndexesAt',
  'INDEX_TYPES',
  'parseIndexFields',
  'formatIndexFields',
  'renderIndex',
];

// ---------------------------------------------------------------- targets

type Choice<T> = fc.Arbitrary<T> | null;

function from<T>(items: readonly T[]): Choice<T> {
  return items.length ? fc.constantFrom(...items) : null;
}

/** An arbitrary of `items`, or `fallback` when there are none. */
function fromOr<T>(items: readonly T[], fallback: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return items.length ? fc.constantFrom(...items) : fallback;
}

/** Optional in the `?:` sense: sometimes left out. */
function maybe<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(arb, { nil: undefined, freq: 3 });
}

const tables = (s: ParsedSchema): ModelInfo[] => [...s.model.models, ...s.model.views];
const allModels = (s: ParsedSchema): ModelInfo[] => [...s.model.models, ...s.model.views, ...s.model.composites];
const typeNames = (s: ParsedSchema): string[] => [...allModels(s).map((m) => m.name), ...s.model.enums.map((e) => e.name)];

interface FieldTarget {
  model: ModelInfo;
  field: FieldInfo;
}

function fieldTargets(s: ParsedSchema, keep: (f: FieldInfo, m: ModelInfo) => boolean = () => true): FieldTarget[] {
  return allModels(s).flatMap((model) => model.fields.filter((f) => keep(f, model)).map((field) => ({ model, field })));
}

/** A field, favouring the ones `prefer` picks (when there are any) half of the time. */
function field(s: ParsedSchema, prefer?: (f: FieldInfo, m: ModelInfo) => boolean): Choice<FieldTarget> {
  const all = from(fieldTargets(s));
  if (!all || !prefer) return all;
  const preferred = from(fieldTargets(s, prefer));
  return preferred ? fc.oneof(all, preferred) : all;
}

const relationField = (s: ParsedSchema): Choice<FieldTarget> => from(fieldTargets(s, (f) => f.kind === 'object'));

interface ValueTarget {
  enum: string;
  value: string;
  others: string[];
}

function enumValues(s: ParsedSchema): Choice<ValueTarget> {
  return from(s.model.enums.flatMap((e) => e.values.map((v) => ({ enum: e.name, value: v.name, others: e.values.map((x) => x.name).filter((x) => x !== v.name) }))));
}

/** A new name for a type: usually free, sometimes taken or invalid. */
function typeName(s: ParsedSchema, current?: string): fc.Arbitrary<string> {
  const free = fc.constantFrom('ZzWidget', 'ZzGadget', 'Zz_Order', 'ZzLog2', ...(current ? [`${current}Renamed`, `${current}2`] : []));
  return fc.oneof({ arbitrary: free, weight: 6 }, { arbitrary: fromOr(typeNames(s), free), weight: 1 }, { arbitrary: fc.constantFrom('1Bad', 'String', 'has space', ''), weight: 1 });
}

/** A new name for a field of `model`: usually free, sometimes taken or invalid. */
function fieldName(model: ModelInfo, current?: string): fc.Arbitrary<string> {
  const free = fc.constantFrom('zzExtra', 'zz_note', 'extraValue2', ...(current ? [`${current}X`, `${current}_2`] : []));
  return fc.oneof({ arbitrary: free, weight: 6 }, { arbitrary: fromOr(model.fields.map((f) => f.name), free), weight: 1 }, { arbitrary: fc.constantFrom('2x', 'a-b'), weight: 1 });
}

const fileOf = (s: ParsedSchema): fc.Arbitrary<string | undefined> => maybe(fc.constantFrom(...s.files.map((f) => f.path)));

/** A base type: a scalar, an enum or composite type of the schema, sometimes a model or nonsense. */
function baseType(s: ParsedSchema): fc.Arbitrary<string> {
  const own = [...s.model.enums.map((e) => e.name), ...s.model.composites.map((c) => c.name)];
  return fc.oneof(
    { arbitrary: fc.constantFrom(...SCALAR_TYPES), weight: 6 },
    { arbitrary: fromOr(own, fc.constant('String')), weight: 2 },
    { arbitrary: fromOr(tables(s).map((m) => m.name), fc.constant('Int')), weight: 1 },
    { arbitrary: fc.constantFrom('Unsupported("circle")', 'NoSuchType'), weight: 1 },
  );
}

const ACTIONS = ['Cascade', 'Restrict', 'NoAction', 'SetNull', 'SetDefault'];
const action = fc.constantFrom('', 'default', ...ACTIONS, 'Explode');

/** 1–3 distinct names from `names`, joined by `, ` as the forms take them. */
function fieldList(names: readonly string[], decorate: (name: string) => fc.Arbitrary<string> = fc.constant): fc.Arbitrary<string> {
  if (!names.length) return fc.constant('');
  return fc
    .shuffledSubarray([...names], { minLength: 1, maxLength: Math.min(3, names.length) })
    .chain((picked) => fc.tuple(...picked.map(decorate)))
    .map((items) => items.join(', '));
}

function defaultValue(s: ParsedSchema, f: FieldInfo): fc.Arbitrary<string> {
  const enumValuesOf = s.model.enums.find((e) => e.name === f.type)?.values.map((v) => v.name) ?? [];
  const byType: Record<string, string[]> = {
    String: ['"draft"', '""', 'uuid()', 'cuid()', 'nanoid()', 'ulid()', 'dbgenerated("gen_random_uuid()")'],
    Int: ['0', '42', '-1', 'autoincrement()'],
    BigInt: ['0', '7', 'autoincrement()'],
    Float: ['1.5', '0'],
    Decimal: ['1.5', '0'],
    Boolean: ['true', 'false'],
    DateTime: ['now()', '"2024-01-01T00:00:00Z"'],
    Json: ['"{}"', '"[]"'],
    Bytes: ['""'],
  };
  const fitting = f.list ? ['[]', ...(enumValuesOf.length ? [`[${enumValuesOf[0]}]`] : ['[1, 2]', '["a"]'])] : [...(byType[f.type] ?? []), ...enumValuesOf];
  return fc.oneof(
    { arbitrary: fromOr(fitting, fc.constant('0')), weight: 5 },
    { arbitrary: fc.constantFrom('', 'true', '"x"', '3', 'now()', 'autoincrement()', 'NOPE', 'bogus()'), weight: 2 },
  );
}

const NATIVE_TYPES: Record<string, string[]> = {
  String: ['Text', 'VarChar(200)', 'VarChar', 'Char(2)', 'Uuid', 'Citext'],
  Int: ['Integer', 'SmallInt'],
  BigInt: ['BigInt'],
  Float: ['DoublePrecision', 'Real'],
  Decimal: ['Decimal(10, 2)', 'Money'],
  DateTime: ['Timestamptz(3)', 'Timestamp(6)', 'Date', 'Time'],
  Json: ['JsonB', 'Json'],
  Bytes: ['ByteA'],
  Boolean: ['Boolean'],
};

/** Model names with their `@@index`/`@@unique` count. */
function indexed(s: ParsedSchema): Array<{ model: ModelInfo; count: number }> {
  return tables(s)
    .map((model) => ({ model, count: indexAttributes(model.block).length }))
    .filter((x) => x.count > 0);
}

/** A position among a model's indexes, now and then one past the end. */
function indexPosition(count: number): fc.Arbitrary<number> {
  return fc.oneof({ arbitrary: fc.nat({ max: count - 1 }), weight: 8 }, { arbitrary: fc.constant(count), weight: 1 });
}

const scalarNames = (m: ModelInfo): string[] => m.fields.filter((f) => f.kind === 'scalar' || f.kind === 'enum').map((f) => f.name);

function indexFields(m: ModelInfo): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fieldList(scalarNames(m)), weight: 6 },
    { arbitrary: fieldList(scalarNames(m), (n) => fc.constantFrom(n, `${n}(sort: Desc)`)), weight: 2 },
    { arbitrary: fieldList(m.fields.map((f) => f.name)), weight: 1 },
    { arbitrary: fc.constantFrom('', 'noSuchField', 'a,,b'), weight: 1 },
  );
}

// ---------------------------------------------------------------- one generator per operation

const SINGLE_OPS: readonly OpGenerator[] = [
  define('addModel', ops.addModel, (s) => fc.record({ name: typeName(s), file: fileOf(s) }, { requiredKeys: ['name'] })),

  define('renameModel', ops.renameModel, (s) =>
    from(tables(s))?.chain((m) => fc.record({ model: fc.constant(m.name), newName: typeName(s, m.name), keepTableName: fc.boolean() })) ?? null,
  ),

  define('deleteModel', ops.deleteModel, (s) => from(allModels(s))?.chain((m) => fc.record({ model: fc.constant(m.name), keepForeignKeys: fc.boolean() })) ?? null),

  define('addField', ops.addField, (s) =>
    from(allModels(s))?.chain((m) =>
      fc.record({
        model: fc.constant(m.name),
        name: fieldName(m),
        type: fc.tuple(baseType(s), fc.constantFrom('', '', '?', '[]')).map(([t, suffix]) => t + suffix),
      }),
    ) ?? null,
  ),

  define('renameField', ops.renameField, (s) =>
    field(s)?.chain(({ model, field: f }) =>
      fc.record({ model: fc.constant(model.name), field: fc.constant(f.name), newName: fieldName(model, f.name), keepColumnName: fc.boolean() }),
    ) ?? null,
  ),

  define('changeFieldType', ops.changeFieldType, (s) =>
    field(s, (f) => f.kind === 'scalar' || f.kind === 'enum')?.chain(({ model, field: f }) =>
      fc.record({ model: fc.constant(model.name), field: fc.constant(f.name), type: baseType(s) }),
    ) ?? null,
  ),

  define('toggleOptional', ops.toggleOptional, (s) => field(s)?.map(({ model, field: f }) => ({ model: model.name, field: f.name })) ?? null),

  define('toggleList', ops.toggleList, (s) => field(s)?.map(({ model, field: f }) => ({ model: model.name, field: f.name })) ?? null),

  define('reorderField', ops.reorderField, (s) =>
    field(s)?.chain(({ model, field: f }) =>
      fc.oneof(
        fc.record({ model: fc.constant(model.name), field: fc.constant(f.name), index: fc.nat({ max: Math.max(0, model.fields.length - 1) }) }),
        fc.record({ model: fc.constant(model.name), field: fc.constant(f.name), before: fc.constantFrom(...model.fields.map((x) => x.name)) }),
        fc.record({ model: fc.constant(model.name), field: fc.constant(f.name), after: fc.constantFrom(...model.fields.map((x) => x.name)) }),
      ),
    ) ?? null,
  ),

  define('deleteField', ops.deleteField, (s) => field(s)?.map(({ model, field: f }) => ({ model: model.name, field: f.name })) ?? null),

  define('addRelation', ops.addRelation, (s) => {
    const models = from(s.model.models.map((m) => m.name));
    if (!models) return null;
    return fc
      .record(
        { from: models, to: models, kind: fc.constantFrom(...ops.RELATION_KINDS), optional: maybe(fc.boolean()), onDelete: maybe(fc.constantFrom('', ...ACTIONS)) },
        { requiredKeys: ['from', 'to', 'kind'] },
      )
      .chain((args) => (args.kind === 'm:n (join model)' ? maybe(fc.constantFrom('ZzJoin', 'ZzLink')).map((joinModel) => (joinModel ? { ...args, joinModel } : args)) : fc.constant(args)));
  }),

  define('deleteRelation', ops.deleteRelation, (s) =>
    relationField(s)?.chain(({ model, field: f }) => fc.record({ model: fc.constant(model.name), field: fc.constant(f.name), keepForeignKeys: fc.boolean() })) ?? null,
  ),

  define('setReferentialActions', ops.setReferentialActions, (s) =>
    relationField(s)?.chain(({ model, field: f }) =>
      fc.record(
        { model: fc.constant(model.name), field: fc.constant(f.name), onDelete: maybe(action), onUpdate: maybe(action), makeOptional: maybe(fc.boolean()) },
        { requiredKeys: ['model', 'field'] },
      ),
    ) ?? null,
  ),

  define('addEnum', ops.addEnum, (s) =>
    fc.record(
      { name: typeName(s), values: fc.constantFrom('A, B', 'ACTIVE SUSPENDED', 'ONLY', 'x, y, x', '', '1bad'), file: fileOf(s) },
      { requiredKeys: ['name', 'values'] },
    ),
  ),

  define('renameEnum', ops.renameEnum, (s) =>
    from(s.model.enums)?.chain((e) => fc.record({ enum: fc.constant(e.name), newName: typeName(s, e.name), keepTypeName: fc.boolean() })) ?? null,
  ),

  define('deleteEnum', ops.deleteEnum, (s) =>
    from(s.model.enums)?.chain((e) =>
      fc.record(
        { enum: fc.constant(e.name), replaceWith: maybe(fc.oneof(fc.constantFrom('String', 'Int', 'NoSuchType'), fromOr(s.model.enums.map((x) => x.name), fc.constant('String')))) },
        { requiredKeys: ['enum'] },
      ),
    ) ?? null,
  ),

  define('addEnumValue', ops.addEnumValue, (s) =>
    from(s.model.enums)?.chain((e) =>
      fc.record(
        {
          enum: fc.constant(e.name),
          value: fc.oneof({ arbitrary: fc.constantFrom('ZZ_NEW', 'Archived2'), weight: 5 }, { arbitrary: fc.constantFrom(...e.values.map((v) => v.name), '1x'), weight: 1 }),
          map: maybe(fc.constantFrom('', 'zz_new', ...e.values.map((v) => v.dbName ?? v.name))),
        },
        { requiredKeys: ['enum', 'value'] },
      ),
    ) ?? null,
  ),

  define('renameEnumValue', ops.renameEnumValue, (s) =>
    enumValues(s)?.chain((v) =>
      fc.record({
        enum: fc.constant(v.enum),
        value: fc.constant(v.value),
        newName: fc.oneof({ arbitrary: fc.constantFrom(`${v.value}_X`, 'RENAMED'), weight: 5 }, { arbitrary: fromOr(v.others, fc.constant('9bad')), weight: 1 }),
        keepDbName: fc.boolean(),
      }),
    ) ?? null,
  ),

  define('removeEnumValue', ops.removeEnumValue, (s) => enumValues(s)?.map((v) => ({ enum: v.enum, value: v.value })) ?? null),

  define('setEnumValueMap', ops.setEnumValueMap, (s) =>
    enumValues(s)?.chain((v) => fc.record({ enum: fc.constant(v.enum), value: fc.constant(v.value), map: fc.constantFrom('', `${v.value.toLowerCase()}_db`, ...v.others) })) ?? null,
  ),

  define('setPrimaryKey', ops.setPrimaryKey, (s) =>
    from(allModels(s))?.chain((m) =>
      fc.record({
        model: fc.constant(m.name),
        fields: fc.oneof({ arbitrary: fieldList(scalarNames(m)), weight: 6 }, { arbitrary: fieldList(m.fields.map((f) => f.name)), weight: 1 }, { arbitrary: fc.constant('nope'), weight: 1 }),
      }),
    ) ?? null,
  ),

  define('setDefault', ops.setDefault, (s) =>
    field(s, (f) => f.kind === 'scalar' || f.kind === 'enum')?.chain(({ model, field: f }) =>
      fc.record({ model: fc.constant(model.name), field: fc.constant(f.name), value: defaultValue(s, f) }),
    ) ?? null,
  ),

  define('setNativeType', ops.setNativeType, (s) =>
    field(s, (f) => f.kind === 'scalar')?.chain(({ model, field: f }) =>
      fc.record({
        model: fc.constant(model.name),
        field: fc.constant(f.name),
        nativeType: fc.oneof({ arbitrary: fromOr(NATIVE_TYPES[f.type] ?? [], fc.constant('Text')), weight: 5 }, { arbitrary: fc.constantFrom('', 'Text', 'Integer', 'VarChar(x)', 'Bogus'), weight: 2 }),
      }),
    ) ?? null,
  ),

  define('setMapName', ops.setMapName, (s) =>
    from(allModels(s))?.chain((m) =>
      fc.record(
        {
          model: fc.constant(m.name),
          field: maybe(fromOr(m.fields.map((f) => f.name), fc.constant('noSuchField'))),
          name: fc.oneof(
            { arbitrary: fc.constantFrom('zz_mapped', `${m.name.toLowerCase()}_tbl`, ''), weight: 5 },
            { arbitrary: fromOr([...tables(s).map((t) => t.dbName ?? t.name), ...m.fields.map((f) => f.dbName ?? f.name)], fc.constant('x')), weight: 1 },
            { arbitrary: fc.constantFrom('with "quote"', 'two\nlines'), weight: 1 },
          ),
        },
        { requiredKeys: ['model', 'name'] },
      ),
    ) ?? null,
  ),

  define('toggleUnique', ops.toggleUnique, (s) => field(s, (f) => f.isUnique)?.map(({ model, field: f }) => ({ model: model.name, field: f.name })) ?? null),

  define('toggleUpdatedAt', ops.toggleUpdatedAt, (s) => field(s, (f) => f.type === 'DateTime')?.map(({ model, field: f }) => ({ model: model.name, field: f.name })) ?? null),

  define('toggleIgnore', ops.toggleIgnore, (s) =>
    from(allModels(s))?.chain((m) => fc.record({ model: fc.constant(m.name), field: maybe(fromOr(m.fields.map((f) => f.name), fc.constant('noSuchField'))) }, { requiredKeys: ['model'] })) ??
    null,
  ),

  define('setDocumentation', ops.setDocumentation, (s) => {
    const blocks = [...allModels(s).map((m) => ({ name: m.name, members: m.fields.map((f) => f.name) })), ...s.model.enums.map((e) => ({ name: e.name, members: e.values.map((v) => v.name) }))];
    return (
      from(blocks)?.chain((b) =>
        fc.record(
          {
            model: fc.constant(b.name),
            field: maybe(fromOr(b.members, fc.constant('noSuchMember'))),
            text: fc.constantFrom('', 'One line of docs.', 'First line\nsecond line', '  indented\r\n\r\nafter a blank', 'has */ and /// inside', 'ünïcødé 😀'),
          },
          { requiredKeys: ['model', 'text'] },
        ),
      ) ?? null
    );
  }),

  define('setSchema', ops.setSchema, (s) => {
    const targets = from([...tables(s).map((m) => m.name), ...s.model.enums.map((e) => e.name)]);
    return targets ? fc.record({ model: targets, schema: fc.oneof({ arbitrary: fromOr(s.model.datasource?.schemas ?? [], fc.constant('public')), weight: 4 }, { arbitrary: fc.constant('zz_other'), weight: 1 }) }) : null;
  }),

  define('addIndex', ops.addIndex, (s) =>
    from(tables(s))?.chain((m) =>
      fc.record(
        {
          model: fc.constant(m.name),
          kind: maybe(fc.constantFrom('index' as const, 'unique' as const)),
          fields: indexFields(m),
          type: maybe(fc.constantFrom('', 'BTree', 'Hash', 'Gin', 'Brin', 'Nope')),
          map: maybe(fc.constantFrom('', 'zz_idx', 'zz_idx_2')),
          name: maybe(fc.constantFrom('', 'zzCompound')),
        },
        { requiredKeys: ['model', 'fields'] },
      ),
    ) ?? null,
  ),

  define('updateIndex', ops.updateIndex, (s) =>
    from(indexed(s))?.chain(({ model, count }) =>
      fc.record(
        {
          model: fc.constant(model.name),
          index: indexPosition(count),
          kind: maybe(fc.constantFrom('index' as const, 'unique' as const)),
          fields: maybe(indexFields(model)),
          type: maybe(fc.constantFrom('', 'BTree', 'Hash', 'Gin', 'Nope')),
          map: maybe(fc.constantFrom('', 'zz_idx_upd')),
          name: maybe(fc.constantFrom('', 'zzCompoundUpd')),
        },
        { requiredKeys: ['model', 'index'] },
      ),
    ) ?? null,
  ),

  define('removeIndex', ops.removeIndex, (s) => from(indexed(s))?.chain(({ model, count }) => fc.record({ model: fc.constant(model.name), index: indexPosition(count) })) ?? null),

  define('duplicateModel', ops.duplicateModel, (s) => from(tables(s))?.chain((m) => fc.record({ model: fc.constant(m.name), newName: typeName(s, m.name) })) ?? null),

  define('pasteModels', ops.pasteModels, (s) => {
    const names = typeNames(s);
    if (!names.length) return null;
    const copied = fc.shuffledSubarray(names, { minLength: 1, maxLength: Math.min(2, names.length) }).map((picked) => ops.copyModelsText(s, picked));
    return fc.record(
      { text: fc.oneof({ arbitrary: copied, weight: 8 }, { arbitrary: fc.constantFrom('', 'model {', 'datasource db {\n  provider = "sqlite"\n}\n'), weight: 1 }), file: fileOf(s) },
      { requiredKeys: ['text'] },
    );
  }),
];

/** One step of composeOps, as drawn: the operation's name and its arguments. */
export interface ComposedStep {
  op: string;
  args: unknown;
}

/**
 * composeOps over 2–3 of the operations above, with arguments drawn from the schema before the first
 * step (a later step may then find its target gone and refuse, which refuses the whole).
 */
const COMPOSED: OpGenerator = define(
  'composeOps',
  (schema, args: { steps: ComposedStep[] }) =>
    ops.composeOps(
      schema,
      args.steps.map((step) => (current: ParsedSchema) => SINGLE_OPS.find((g) => g.name === step.op)!.run(current, step.args)),
    ),
  (s) => {
    const usable = SINGLE_OPS.map((g) => ({ name: g.name, args: g.args(s) })).filter((g): g is { name: string; args: fc.Arbitrary<unknown> } => g.args !== null);
    if (!usable.length) return null;
    const step = fc.constantFrom(...usable).chain((g) => g.args.map((args): ComposedStep => ({ op: g.name, args })));
    return fc.record({ steps: fc.array(step, { minLength: 2, maxLength: 3 }) });
  },
);

const DELETE_MODELS: OpGenerator = define('deleteModels', ops.deleteModels, (s) => {
  const names = tables(s).map((m) => m.name);
  if (!names.length) return null;
  return fc.record({ models: fc.oneof({ arbitrary: fieldList(names), weight: 6 }, { arbitrary: fieldList([...names, 'NoSuchModel']), weight: 1 }, { arbitrary: fc.constant(''), weight: 1 }) });
});

/** Every operation of lib/ops/index.ts with its argument generator. */
export const OP_GENERATORS: readonly OpGenerator[] = [...SINGLE_OPS, DELETE_MODELS, COMPOSED];
