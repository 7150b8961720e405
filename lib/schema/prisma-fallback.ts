import type { AttributeNode, BlockKind, BlockNode, EnumValueNode, FieldNode, Range, SchemaFileAst } from './ast';
import type { ParsedSchema } from './document';
import type { DmmfDatamodel, DmmfField, DmmfModel } from './dmmf';
import type { EnumInfo, FieldInfo, FieldKind, IndexInfo, ModelInfo, ModelKind, SchemaModel } from './model';
import { resolveRelations } from './relations';

/**
 * The diagram's model when our scanner reports problems on text Prisma accepts: the scanner's view of
 * every block it read cleanly (editable, with exact source ranges), and Prisma's datamodel for the
 * rest (read-only: without reliable ranges, no patch can be computed against them).
 */
export interface PrismaFallbackModel {
  /** A complete model with no problems: the diagram draws it as usual. */
  model: SchemaModel;
  /**
   * Names of models, views, composite types and enums built from Prisma's datamodel. Canvas edits
   * that patch these blocks must be refused (or routed to the text editor); all others work.
   */
  readOnly: string[];
  /** One sentence for the UI, e.g. under the diagram toolbar. */
  note: string;
}

/**
 * True when the diagram should come from {@link modelWithPrismaFallback}: the scanner reports
 * problems, yet Prisma (the validator of the document's version) reports no error.
 */
export function needsPrismaFallback(parsed: ParsedSchema, prismaErrorCount: number): boolean {
  return parsed.model.problems.length > 0 && prismaErrorCount === 0;
}

/** What the diagram draws: the scanner's model, or the Prisma fallback (with its read-only names and note). */
export interface DiagramModel {
  model: SchemaModel;
  fallback: PrismaFallbackModel | null;
}

/**
 * The one call for the UI after each parse and lint: the scanner's model when it has no problems (or
 * when Prisma rejects the text too: then the diagram pauses as before), else the fallback built from
 * Prisma's datamodel. `datamodel` is only called when needed (e.g. `PrismaSchemaEngine.datamodel`,
 * ≈10 ms per 100 models); when it fails the scanner's model is returned unchanged.
 */
export function diagramModel(parsed: ParsedSchema, prismaErrorCount: number, datamodel: () => DmmfDatamodel | null): DiagramModel {
  if (!needsPrismaFallback(parsed, prismaErrorCount)) return { model: parsed.model, fallback: null };
  const dm = datamodel();
  if (!dm) return { model: parsed.model, fallback: null };
  const fallback = modelWithPrismaFallback(parsed, dm);
  return { model: fallback.model, fallback };
}

/** True when canvas edits of the named model, view, type or enum must be refused. */
export function isReadOnlyBlock(fallback: PrismaFallbackModel | null, name: string): boolean {
  return !!fallback && fallback.readOnly.includes(name);
}

/**
 * Builds the model from the scanner's clean blocks plus Prisma's datamodel (`get_datamodel`, or the
 * `datamodel` of `get_dmmf`) for the text Prisma accepted. Pure; never throws on a well-formed
 * datamodel. A block counts as clean when it is closed and no scanner error falls inside its lines.
 */
export function modelWithPrismaFallback(parsed: ParsedSchema, datamodel: DmmfDatamodel): PrismaFallbackModel {
  const scanned = parsed.model;
  const clean = cleanBlocks(parsed.files);
  const blockByName = new Map<string, { block: BlockNode; file: string }>();
  for (const f of parsed.files) for (const b of f.blocks) if (!blockByName.has(b.name)) blockByName.set(b.name, { block: b, file: f.path });
  const firstFile = parsed.files[0]?.path ?? 'schema.prisma';
  const readOnly: string[] = [];

  const typeNames = new Set((datamodel.types ?? []).map((t) => t.name));
  const modelNames = new Set(datamodel.models.map((m) => m.name));
  const enumNames = new Set(datamodel.enums.map((e) => e.name));
  const kindOf = (f: DmmfField): FieldKind =>
    modelNames.has(f.type) ? 'object' : typeNames.has(f.type) ? 'composite' : enumNames.has(f.type) ? 'enum' : f.kind === 'unsupported' ? 'unsupported' : 'scalar';

  const scannedModels = new Map([...scanned.models, ...scanned.views, ...scanned.composites].map((m) => [m.name, m]));
  const pickModel = (dm: DmmfModel, fallbackKind: ModelKind): ModelInfo => {
    const ours = scannedModels.get(dm.name);
    if (ours && clean.has(ours.block)) return ours;
    readOnly.push(dm.name);
    const found = blockByName.get(dm.name);
    const kind = found && (found.block.kind === 'view' || found.block.kind === 'type' || found.block.kind === 'model') ? found.block.kind : fallbackKind;
    return modelFromDmmf(dm, kind, datamodel, kindOf, found?.file ?? firstFile, found?.block ?? null);
  };

  const all = datamodel.models.map((m) => pickModel(m, 'model'));
  // Prisma leaves `@@ignore`d models out of its datamodel: keep the ones the scanner read cleanly.
  for (const m of [...scanned.models, ...scanned.views]) if (m.ignored && clean.has(m.block) && !modelNames.has(m.name)) all.push(m);
  const composites = (datamodel.types ?? []).map((t) => pickModel(t, 'type'));

  const scannedEnums = new Map(scanned.enums.map((e) => [e.name, e]));
  const enums = datamodel.enums.map((e): EnumInfo => {
    const ours = scannedEnums.get(e.name);
    if (ours && clean.has(ours.block)) return ours;
    readOnly.push(e.name);
    const found = blockByName.get(e.name);
    const block = found?.block ?? syntheticBlock('enum', e.name, null);
    return {
      name: e.name,
      file: found?.file ?? firstFile,
      dbName: e.dbName ?? null,
      schema: null,
      docs: e.documentation ?? '',
      values: e.values.map((v) => ({ name: v.name, dbName: v.dbName ?? null, docs: v.documentation ?? '', node: syntheticEnumValue(v.name, block.range) })),
      block,
    };
  });

  const models = all.filter((m) => m.kind === 'model');
  const views = all.filter((m) => m.kind === 'view');
  const model: SchemaModel = {
    models,
    views,
    composites,
    enums,
    relations: resolveRelations([...models, ...views]),
    datasource: scanned.datasource && clean.has(scanned.datasource.block) ? scanned.datasource : null,
    generators: scanned.generators.filter((g) => clean.has(g.block)),
    problems: [],
  };
  return { model, readOnly, note: fallbackNote(readOnly) };
}

/** The UI note for a fallback: what is read-only and why. */
export function fallbackNote(readOnly: readonly string[]): string {
  if (!readOnly.length) return 'Prisma accepts this schema; the diagram follows Prisma’s own reading of it.';
  const shown = readOnly.length > 3 ? `${readOnly.slice(0, 3).map((n) => `\`${n}\``).join(', ')} and ${readOnly.length - 3} more` : readOnly.map((n) => `\`${n}\``).join(', ');
  return `Prisma accepts this schema, but Schema Canvas could not read ${shown} exactly; ${readOnly.length === 1 ? 'it is' : 'they are'} shown from Prisma’s own reading and read-only in the diagram (edit ${readOnly.length === 1 ? 'it' : 'them'} in the text). Everything else stays editable.`;
}

/** Blocks that are closed and contain no scanner error. */
function cleanBlocks(files: readonly SchemaFileAst[]): Set<BlockNode> {
  const clean = new Set<BlockNode>();
  for (const f of files) {
    for (const b of f.blocks) {
      if (b.closeBrace === null) continue;
      const hit = f.errors.some((e) => e.range.start < b.line.end && e.range.end > b.line.start);
      if (!hit) clean.add(b);
    }
  }
  return clean;
}

function modelFromDmmf(
  dm: DmmfModel,
  kind: ModelKind,
  datamodel: DmmfDatamodel,
  kindOf: (f: DmmfField) => FieldKind,
  file: string,
  found: BlockNode | null,
): ModelInfo {
  const block = found ?? syntheticBlock(kind, dm.name, null);
  const at = block.range;
  const ownIndexes = (datamodel.indexes ?? []).filter((i) => i.model === dm.name);
  // Prisma also flags a field `isUnique` for a one-field `@@unique`: only a field-level `@unique` counts here
  const fieldUnique = new Set(ownIndexes.filter((i) => i.type === 'unique' && i.isDefinedOnField).map((i) => i.fields[0]?.name));
  const fields: FieldInfo[] = dm.fields.map((f) => {
    const fieldKind = kindOf(f);
    const relationName = f.relationName && f.relationName !== [dm.name, f.type].sort().join('To') ? f.relationName : null;
    return {
      name: f.name,
      type: f.type,
      kind: fieldKind,
      optional: !f.isRequired && !f.isList,
      list: f.isList,
      isId: !!f.isId,
      isUnique: datamodel.indexes ? fieldUnique.has(f.name) : !!f.isUnique,
      isUpdatedAt: !!f.isUpdatedAt,
      ignored: false,
      default: f.hasDefaultValue ? defaultText(f.default) : null,
      dbName: f.dbName ?? null,
      nativeType: f.nativeType ? `${f.nativeType[0]}${f.nativeType[1].length ? `(${f.nativeType[1].join(', ')})` : ''}` : null,
      unsupported: null,
      docs: f.documentation ?? '',
      relation:
        fieldKind === 'object'
          ? {
              name: relationName,
              fields: f.relationFromFields?.length ? f.relationFromFields : null,
              references: f.relationToFields?.length ? f.relationToFields : null,
              onDelete: f.relationOnDelete ?? null,
              onUpdate: f.relationOnUpdate ?? null,
            }
          : null,
      isForeignKey: false,
      node: syntheticField(f.name, at),
    };
  });
  const fk = new Set(fields.flatMap((f) => f.relation?.fields ?? []));
  for (const f of fields) f.isForeignKey = fk.has(f.name);
  const indexes = ownIndexes.filter((i) => !i.isDefinedOnField);
  const info = (type: string): IndexInfo[] =>
    indexes.filter((i) => i.type === type).map((i) => ({ fields: i.fields.map((x) => x.name), name: i.dbName ?? i.name ?? null, type: null, attribute: syntheticAttribute(type, at) }));
  const idField = fields.find((f) => f.isId);
  return {
    kind,
    name: dm.name,
    file,
    dbName: dm.dbName ?? null,
    schema: dm.schema ?? null,
    docs: dm.documentation ?? '',
    ignored: false,
    fields,
    primaryKey: dm.primaryKey?.fields ?? (idField ? [idField.name] : null),
    uniques: info('unique'),
    indexes: info('normal'),
    block,
  };
}

/** `{name: 'now', args: []}` → `now()`; scalars as Prisma writes them. */
function defaultText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map((v) => defaultText(v) ?? '').join(', ')}]`;
  if (typeof value === 'object' && 'name' in value) {
    const fn = value as { name: string; args?: unknown[] };
    return `${fn.name}(${(fn.args ?? []).map((a) => defaultText(a) ?? '').join(', ')})`;
  }
  return null;
}

const empty = (at: Range): Range => ({ start: at.start, end: at.start });

function syntheticBlock(kind: BlockKind, name: string, at: Range | null): BlockNode {
  const r = at ?? { start: 0, end: 0 };
  return { kind, name, nameRange: empty(r), keywordRange: empty(r), range: empty(r), openBrace: r.start, closeBrace: r.start, members: [], docs: [], line: empty(r) };
}

function syntheticField(name: string, at: Range): FieldNode {
  return { kind: 'field', name, nameRange: empty(at), type: null, attributes: [], range: empty(at), line: empty(at), docs: [], trailingComment: null };
}

function syntheticEnumValue(name: string, at: Range): EnumValueNode {
  return { kind: 'enumValue', name, nameRange: empty(at), attributes: [], range: empty(at), line: empty(at), docs: [], trailingComment: null };
}

function syntheticAttribute(type: string, at: Range): AttributeNode {
  return { name: type === 'normal' ? 'index' : type, block: true, range: empty(at), nameRange: empty(at), args: null, argsRange: null };
}
