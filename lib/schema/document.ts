import type { SchemaFileAst } from './ast';
import type { SchemaModel } from './model';
import { parseSchemaFile } from './parse';
import { resolveSchema } from './resolve';

/** One file of a schema: a single `schema.prisma`, or one file of a multi-file schema folder. */
export interface SchemaFile {
  /** Relative path, e.g. `schema.prisma` or `models/user.prisma`. */
  path: string;
  text: string;
}

/** The parsed form of a whole schema: concrete syntax per file plus the semantic model. */
export interface ParsedSchema {
  files: SchemaFileAst[];
  model: SchemaModel;
}

/** Parses every file and resolves the model. Pure and synchronous; cheap enough for every keystroke. */
export function parseSchema(files: readonly SchemaFile[]): ParsedSchema {
  const asts = files.map((f) => parseSchemaFile(f.path, f.text));
  return { files: asts, model: resolveSchema(asts) };
}

/**
 * Reuses the syntax trees of files whose text did not change, so typing in one file of a
 * multi-file schema re-scans only that file.
 */
export function reparseSchema(previous: ParsedSchema | null, files: readonly SchemaFile[]): ParsedSchema {
  if (!previous) return parseSchema(files);
  const old = new Map(previous.files.map((f) => [f.path, f]));
  const asts = files.map((f) => {
    const prev = old.get(f.path);
    return prev && prev.text === f.text ? prev : parseSchemaFile(f.path, f.text);
  });
  return { files: asts, model: resolveSchema(asts) };
}
