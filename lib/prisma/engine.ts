import type { SchemaFile } from '../schema/document';
import type { PrismaSchemaWasm } from './api';

/** A diagnostic from Prisma's own validator. Offsets are UTF-16 code units into the file's text. */
export interface PrismaDiagnostic {
  path: string;
  start: number;
  end: number;
  message: string;
  severity: 'error' | 'warning';
}

export const URI_PREFIX = 'file:///';

export function toUri(path: string): string {
  return URI_PREFIX + path.replace(/^\/+/, '');
}

export function fromUri(uri: string): string {
  return uri.startsWith(URI_PREFIX) ? uri.slice(URI_PREFIX.length) : uri;
}

function filesParam(files: readonly SchemaFile[]): string {
  return JSON.stringify(files.map((f) => [toUri(f.path), f.text]));
}

/** Typed calls into prisma-schema-wasm. Never throws for invalid schemas: they come back as diagnostics. */
export class PrismaSchemaEngine {
  constructor(private readonly api: PrismaSchemaWasm) {}

  lint(files: readonly SchemaFile[]): PrismaDiagnostic[] {
    const raw = JSON.parse(this.api.lint(filesParam(files))) as Array<{ file_name: string; start: number; end: number; text: string; is_warning: boolean }>;
    return raw.map((d) => ({
      path: fromUri(d.file_name),
      start: d.start,
      end: d.end,
      message: d.text,
      severity: d.is_warning ? 'warning' : 'error',
    }));
  }

  /** Prisma's formatter over every file; returns the formatted files (same order). */
  format(files: readonly SchemaFile[], tabSize = 2): SchemaFile[] {
    const result = JSON.parse(
      this.api.format(filesParam(files), JSON.stringify({ textDocument: { uri: toUri(files[0]?.path ?? 'schema.prisma') }, options: { tabSize, insertSpaces: true } })),
    ) as Array<[string, string]>;
    const byPath = new Map(result.map(([uri, text]) => [fromUri(uri), text]));
    return files.map((f) => ({ path: f.path, text: byPath.get(f.path) ?? f.text }));
  }

  /** The datamodel part of the DMMF, or the validation error message. */
  datamodel(files: readonly SchemaFile[]): { ok: true; datamodel: unknown } | { ok: false; message: string } {
    try {
      return { ok: true, datamodel: JSON.parse(this.api.get_datamodel(JSON.stringify({ prismaSchema: files.map((f) => [toUri(f.path), f.text]) }))) };
    } catch (e) {
      return { ok: false, message: errorMessage(e) };
    }
  }

  /** The whole DMMF (what peer tools compute on every keystroke; used by the benchmark for comparison). */
  dmmf(files: readonly SchemaFile[]): string {
    return this.api.get_dmmf(JSON.stringify({ prismaSchema: files.map((f) => [toUri(f.path), f.text]) }));
  }

  completion(files: readonly SchemaFile[], path: string, line: number, character: number): LspCompletionList {
    try {
      return JSON.parse(this.api.text_document_completion(filesParam(files), JSON.stringify({ textDocument: { uri: toUri(path) }, position: { line, character } })));
    } catch {
      return { isIncomplete: false, items: [] };
    }
  }

  hover(files: readonly SchemaFile[], path: string, line: number, character: number): { contents?: { kind: string; value: string } } | null {
    try {
      return JSON.parse(this.api.hover(filesParam(files), JSON.stringify({ textDocument: { uri: toUri(path) }, position: { line, character } })));
    } catch {
      return null;
    }
  }

  codeActions(files: readonly SchemaFile[], path: string, range: LspRange, diagnostics: LspDiagnostic[]): LspCodeAction[] {
    try {
      return JSON.parse(
        this.api.code_actions(filesParam(files), JSON.stringify({ textDocument: { uri: toUri(path) }, range, context: { diagnostics } })),
      ) as LspCodeAction[];
    } catch {
      return [];
    }
  }

  /** Native database types (`@db.*`) the datasource's connector offers. */
  nativeTypes(schemaText: string): Array<{ name: string; _number_of_args: number; prisma_types: string[] }> {
    try {
      // prisma-fmt reads schema files (`[[uri, text]]`); plain text silently yields no types
      return JSON.parse(this.api.native_types(filesParam([{ path: 'schema.prisma', text: schemaText }])));
    } catch {
      return [];
    }
  }
}

export function errorMessage(e: unknown): string {
  const raw = e instanceof Error ? e.message : String(e);
  try {
    const parsed = JSON.parse(raw) as { message?: string };
    return parsed.message ?? raw;
  } catch {
    return raw;
  }
}

export interface LspPosition {
  line: number;
  character: number;
}
export interface LspRange {
  start: LspPosition;
  end: LspPosition;
}
export interface LspDiagnostic {
  range: LspRange;
  message: string;
  severity?: number;
}
export interface LspTextEdit {
  range: LspRange;
  newText: string;
}
export interface LspCompletionItem {
  label: string;
  kind?: number;
  detail?: string;
  documentation?: string | { kind: string; value: string };
  insertText?: string;
  insertTextFormat?: number;
  textEdit?: LspTextEdit;
}
export interface LspCompletionList {
  isIncomplete: boolean;
  items: LspCompletionItem[];
}
export interface LspCodeAction {
  title: string;
  kind?: string;
  diagnostics?: LspDiagnostic[];
  isPreferred?: boolean;
  edit?: { changes?: Record<string, LspTextEdit[]> };
}
