import type { BlockNode, CommentNode, FieldNode, SchemaFileAst } from './ast';
import { findArg, findAttribute, fieldListValue, identifierValue, stringValue, valueText } from './attributes';
import {
  isScalarType,
  type DatasourceInfo,
  type EnumInfo,
  type FieldInfo,
  type FieldKind,
  type GeneratorInfo,
  type IndexInfo,
  type ModelInfo,
  type RelationAttribute,
  type SchemaModel,
  type SchemaProblem,
} from './model';
import { resolveRelations } from './relations';

/**
 * Builds the semantic model from the concrete syntax of every file. It resolves names and
 * relations the way Prisma does, but it does not validate: that is Prisma's job (prisma-fmt `lint`).
 * `problems` lists only what stops the diagram from following the text.
 */
export function resolveSchema(files: readonly SchemaFileAst[]): SchemaModel {
  const problems: SchemaProblem[] = [];
  for (const f of files) {
    for (const e of f.errors) problems.push({ file: f.path, range: e.range, message: e.message });
  }

  const typeNames = new Map<string, { kind: 'model' | 'view' | 'enum' | 'type'; file: string }>();
  for (const f of files) {
    for (const b of f.blocks) {
      if (b.kind === 'datasource' || b.kind === 'generator') continue;
      if (typeNames.has(b.name)) {
        problems.push({ file: f.path, range: b.nameRange, message: `The name \`${b.name}\` is defined twice` });
        continue;
      }
      typeNames.set(b.name, { kind: b.kind, file: f.path });
    }
  }

  const models: ModelInfo[] = [];
  const views: ModelInfo[] = [];
  const composites: ModelInfo[] = [];
  const enums: EnumInfo[] = [];
  const generators: GeneratorInfo[] = [];
  let datasource: DatasourceInfo | null = null;
  const seen = new Set<string>();

  for (const f of files) {
    for (const b of f.blocks) {
      if (b.kind === 'datasource') {
        datasource ??= readDatasource(f, b);
        continue;
      }
      if (b.kind === 'generator') {
        generators.push(readGenerator(f, b));
        continue;
      }
      if (seen.has(b.name)) continue;
      seen.add(b.name);
      if (b.kind === 'enum') {
        enums.push(readEnum(f, b));
        continue;
      }
      const model = readModel(f, b, (name) => fieldKind(name, typeNames));
      for (const field of model.fields) {
        if (field.kind === 'unknown') {
          const range = field.node.type?.nameRange ?? field.node.nameRange;
          problems.push({ file: f.path, range, message: `Type \`${field.type}\` is neither a built-in type, nor a model, enum or composite type` });
        }
      }
      (b.kind === 'model' ? models : b.kind === 'view' ? views : composites).push(model);
    }
  }

  const relations = resolveRelations([...models, ...views]);
  return { models, views, composites, enums, relations, datasource, generators, problems };
}

function fieldKind(type: string, typeNames: Map<string, { kind: string }>): FieldKind {
  if (isScalarType(type)) return 'scalar';
  if (type === 'Unsupported') return 'unsupported';
  const t = typeNames.get(type)?.kind;
  if (t === 'model' || t === 'view') return 'object';
  if (t === 'enum') return 'enum';
  if (t === 'type') return 'composite';
  return 'unknown';
}

/**
 * The documentation text of doc comments, as Prisma reads it: each `///` line without its marker and
 * leading whitespace, each `/* *\/` comment without its markers and surrounding whitespace. A trailing
 * `///` on the member's own line counts too.
 */
export function docsText(docs: readonly CommentNode[], trailing?: CommentNode | null): string {
  const all = trailing?.doc ? [...docs, trailing] : docs;
  return all.map((d) => (d.doc ? d.text.slice(3).trimStart() : d.text.replace(/^\/\*/, '').replace(/\*\/$/, '').trim())).join('\n');
}

function readModel(file: SchemaFileAst, block: BlockNode, kindOf: (type: string) => FieldKind): ModelInfo {
  const text = file.text;
  const fields: FieldInfo[] = [];
  const uniques: IndexInfo[] = [];
  const indexes: IndexInfo[] = [];
  let primaryKey: string[] | null = null;
  let dbName: string | null = null;
  let schema: string | null = null;
  let ignored = false;

  for (const m of block.members) {
    if (m.kind === 'field' && m.type) fields.push(readField(text, m, kindOf(m.type.name)));
    if (m.kind !== 'blockAttribute') continue;
    const a = m.attribute;
    switch (a.name) {
      case 'id':
        primaryKey = fieldListValue(findArg(a, 'fields', 0)?.value) ?? [];
        break;
      case 'unique':
      case 'index': {
        const info: IndexInfo = {
          fields: fieldListValue(findArg(a, 'fields', 0)?.value) ?? [],
          name: stringValue(findArg(a, 'map')?.value) ?? stringValue(findArg(a, 'name')?.value),
          type: identifierValue(findArg(a, 'type')?.value),
          attribute: a,
        };
        (a.name === 'unique' ? uniques : indexes).push(info);
        break;
      }
      case 'map':
        dbName = stringValue(findArg(a, 'name', 0)?.value);
        break;
      case 'schema':
        schema = stringValue(findArg(a, 'name', 0)?.value);
        break;
      case 'ignore':
        ignored = true;
        break;
    }
  }
  const idField = fields.find((f) => f.isId);
  if (!primaryKey && idField) primaryKey = [idField.name];

  const fkNames = new Set(fields.flatMap((f) => f.relation?.fields ?? []));
  for (const f of fields) f.isForeignKey = fkNames.has(f.name);

  return {
    kind: block.kind as ModelInfo['kind'],
    name: block.name,
    file: file.path,
    dbName,
    schema,
    docs: docsText(block.docs),
    ignored,
    fields,
    primaryKey,
    uniques,
    indexes,
    block,
  };
}

function readField(text: string, node: FieldNode, kind: FieldKind): FieldInfo {
  const type = node.type!;
  const attr = (name: string) => findAttribute(node.attributes, name);
  const defaultAttr = attr('default');
  const defaultArg = defaultAttr ? findArg(defaultAttr, 'value', 0) : undefined;
  // Native types are the only dotted attributes; the prefix is the datasource's name (usually `db`).
  const native = node.attributes.find((a) => a.name.includes('.'));
  const relationAttr = attr('relation');
  let relation: RelationAttribute | null = null;
  if (relationAttr || kind === 'object') {
    relation = {
      name: relationAttr ? stringValue(findArg(relationAttr, 'name', 0)?.value) : null,
      fields: relationAttr ? fieldListValue(findArg(relationAttr, 'fields')?.value) : null,
      references: relationAttr ? fieldListValue(findArg(relationAttr, 'references')?.value) : null,
      onDelete: relationAttr ? identifierValue(findArg(relationAttr, 'onDelete')?.value) : null,
      onUpdate: relationAttr ? identifierValue(findArg(relationAttr, 'onUpdate')?.value) : null,
    };
  }
  const mapAttr = attr('map');
  return {
    name: node.name,
    type: type.name,
    kind,
    optional: type.optional,
    list: type.list,
    isId: !!attr('id'),
    isUnique: !!attr('unique'),
    isUpdatedAt: !!attr('updatedAt'),
    ignored: !!attr('ignore'),
    default: defaultArg ? valueText(text, defaultArg.value) : null,
    dbName: mapAttr ? stringValue(findArg(mapAttr, 'name', 0)?.value) : null,
    nativeType: native ? text.slice(native.nameRange.start + native.name.indexOf('.') + 1, native.range.end) : null,
    unsupported: type.unsupported,
    docs: docsText(node.docs, node.trailingComment),
    relation,
    isForeignKey: false,
    node,
  };
}

function readEnum(file: SchemaFileAst, block: BlockNode): EnumInfo {
  let dbName: string | null = null;
  let schema: string | null = null;
  const values: EnumInfo['values'] = [];
  for (const m of block.members) {
    if (m.kind === 'enumValue') {
      const map = findAttribute(m.attributes, 'map');
      values.push({ name: m.name, dbName: map ? stringValue(findArg(map, 'name', 0)?.value) : null, docs: docsText(m.docs, m.trailingComment), node: m });
    } else if (m.kind === 'blockAttribute' && m.attribute.name === 'map') {
      dbName = stringValue(findArg(m.attribute, 'name', 0)?.value);
    } else if (m.kind === 'blockAttribute' && m.attribute.name === 'schema') {
      schema = stringValue(findArg(m.attribute, 'name', 0)?.value);
    }
  }
  return { name: block.name, file: file.path, dbName, schema, docs: docsText(block.docs), values, block };
}

function property(block: BlockNode, key: string) {
  for (const m of block.members) if (m.kind === 'property' && m.key === key) return m;
  return undefined;
}

function readDatasource(file: SchemaFileAst, block: BlockNode): DatasourceInfo {
  const provider = property(block, 'provider')?.value;
  const relationMode = property(block, 'relationMode')?.value;
  const schemas = property(block, 'schemas')?.value;
  return {
    name: block.name,
    provider: stringValue(provider ?? undefined),
    relationMode: stringValue(relationMode ?? undefined),
    schemas: schemas?.kind === 'array' ? schemas.items.flatMap((i) => (i.kind === 'string' ? [i.value] : [])) : [],
    hasUrl: !!property(block, 'url'),
    file: file.path,
    block,
  };
}

function readGenerator(file: SchemaFileAst, block: BlockNode): GeneratorInfo {
  const provider = property(block, 'provider')?.value;
  const preview = property(block, 'previewFeatures')?.value;
  return {
    name: block.name,
    provider: stringValue(provider ?? undefined),
    previewFeatures: preview?.kind === 'array' ? preview.items.flatMap((i) => (i.kind === 'string' ? [i.value] : [])) : [],
    file: file.path,
    block,
  };
}
