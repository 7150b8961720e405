/** The functions of `@prisma/prisma-schema-wasm` (prisma-fmt) that Schema Canvas calls. All take and return JSON strings. */
export interface PrismaSchemaWasm {
  lint(input: string): string;
  format(schema: string, params: string): string;
  get_datamodel(params: string): string;
  get_dmmf(params: string): string;
  get_config(params: string): string;
  validate(params: string): void;
  native_types(input: string): string;
  referential_actions(input: string): string;
  preview_features(): string;
  text_document_completion(schemaFiles: string, params: string): string;
  hover(schemaFiles: string, params: string): string;
  code_actions(schema: string, params: string): string;
  merge_schemas(input: string): string;
}
