import type { ParsedSchema } from '../../schema/document';
import type { EnumInfo, FieldInfo, ModelInfo } from '../../schema/model';
import { AdvisoryContext } from '../context';
import type { AdvisoryTarget, TextSpan } from '../types';
import { diffSchemas, type DbName, type SchemaDiff } from './diff';

/**
 * What a migration-safety rule reads: the diff, and an AdvisoryContext on each side (indexes, the
 * delete graph). Every span points into the CURRENT text. Something that no longer exists there is
 * shown at the nearest current place:
 * - a dropped column: the name of its (current) model;
 * - a dropped table: the name of the datasource block (`datasource db`), the one place every
 *   PostgreSQL schema has and that stands for "the database"; its target names the dropped model, which
 *   the diagram does not draw, so it gets no badge there.
 */
export class MigrationContext {
  readonly before: AdvisoryContext;
  readonly after: AdvisoryContext;
  readonly diff: SchemaDiff;

  constructor(
    readonly baseline: ParsedSchema,
    readonly current: ParsedSchema,
  ) {
    this.before = new AdvisoryContext(baseline);
    this.after = new AdvisoryContext(current);
    this.diff = diffSchemas(baseline, current);
  }

  get postgres(): boolean {
    return this.after.postgres;
  }

  /**
   * Whether the database has the foreign keys: not with `relationMode = "prisma"`, where Prisma Client
   * emulates them (no constraint, no validation, no lock). Per side: the baseline's decides what exists.
   */
  foreignKeysIn(side: 'baseline' | 'current'): boolean {
    return (side === 'baseline' ? this.baseline : this.current).model.datasource?.relationMode !== 'prisma';
  }

  /** The current model's name in its declaration. */
  modelSpan(model: ModelInfo): TextSpan {
    return this.after.modelSpan(model);
  }

  fieldSpan(model: ModelInfo, field: FieldInfo): TextSpan {
    return this.after.fieldSpan(model, field);
  }

  enumSpan(e: EnumInfo): TextSpan {
    return { path: e.file, start: e.block.nameRange.start, end: e.block.nameRange.end };
  }

  /** Where something dropped from the schema as a whole is shown: the datasource's name (else the top of the first file). */
  schemaSpan(): TextSpan {
    const ds = this.current.model.datasource;
    if (ds) return { path: ds.file, start: ds.block.nameRange.start, end: ds.block.nameRange.end };
    return { path: this.current.files[0]?.path ?? 'schema.prisma', start: 0, end: 0 };
  }

  modelTarget(model: string): AdvisoryTarget {
    return { kind: 'model', model };
  }

  fieldTarget(model: string, field: string): AdvisoryTarget {
    return { kind: 'field', model, field };
  }
}

/** `"Post"`, or `"blog"."Post"` in a multi-schema setup. */
export function tableLabel(t: DbName): string {
  return t.schema ? `"${t.schema}"."${t.name}"` : `"${t.name}"`;
}

/** A quoted SQL identifier for the SQL in plans. */
export function sqlIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function sqlTable(t: DbName): string {
  return t.schema ? `${sqlIdent(t.schema)}.${sqlIdent(t.name)}` : sqlIdent(t.name);
}

/** `Post.title`, with its column when it is mapped: `Post.title (column "post_title")`. */
export function fieldLabel(model: ModelInfo, field: FieldInfo): string {
  return `${model.name}.${field.name}${field.dbName && field.dbName !== field.name ? ` (column "${field.dbName}")` : ''}`;
}
