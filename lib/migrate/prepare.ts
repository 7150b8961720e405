import type { SchemaFile } from '../schema/document';
import { parseSchemaFile } from '../schema/parse';

/** Datasource properties Prisma 7 moved to prisma.config.ts; its engines reject them in schema files. */
export const ENGINE_REJECTED_DATASOURCE_KEYS: readonly string[] = ['url', 'directUrl', 'shadowDatabaseUrl'];

/**
 * The copy of a schema that the Prisma 7 schema engine accepts: every `url`, `directUrl` and
 * `shadowDatabaseUrl` property of a datasource block is blanked out. Only the characters of the
 * property itself (`url = env("DATABASE_URL")`) become spaces, so every other byte, every line and
 * every offset is unchanged: a line number or offset in the engine's error message points at the same
 * place in the user's file. The user's own text is never modified (a new array is returned).
 */
export function engineSchemaFiles(files: readonly SchemaFile[]): SchemaFile[] {
  return files.map((file) => {
    const text = blankConnectionUrls(file.path, file.text);
    return text === file.text ? file : { path: file.path, text };
  });
}

function blankConnectionUrls(path: string, text: string): string {
  // Cheap check first: most files (every model file of a multi-file schema) have no datasource.
  if (!/\bdatasource\b/.test(text)) return text;
  const ranges: Array<{ start: number; end: number }> = [];
  for (const block of parseSchemaFile(path, text).blocks) {
    if (block.kind !== 'datasource') continue;
    for (const member of block.members) {
      if (member.kind === 'property' && ENGINE_REJECTED_DATASOURCE_KEYS.includes(member.key)) ranges.push(member.range);
    }
  }
  if (!ranges.length) return text;
  let out = '';
  let cursor = 0;
  for (const r of ranges.sort((a, b) => a.start - b.start)) {
    out += text.slice(cursor, r.start) + text.slice(r.start, r.end).replace(/[^\r\n]/g, ' ');
    cursor = r.end;
  }
  return out + text.slice(cursor);
}

/** The minimal schema to introspect a PostgreSQL database into (Prisma 7: no url). */
export function introspectionBaseSchema(schemas: readonly string[] = []): string {
  const list = schemas.length > 1 || (schemas.length === 1 && schemas[0] !== 'public') ? `\n  schemas  = [${schemas.map((s) => JSON.stringify(s)).join(', ')}]` : '';
  return `datasource db {\n  provider = "postgresql"${list}\n}\n`;
}
