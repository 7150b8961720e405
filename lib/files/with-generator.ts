/**
 * Introspection (Import SQL) writes a datasource but no generator; a schema a team commits has one.
 * Adds a `generator client` block after the datasource when the text has no generator.
 */
export function withGenerator(schema: string): string {
  if (/^\s*generator\s+\w+\s*\{/m.test(schema)) return schema;
  const block = 'generator client {\n  provider = "prisma-client"\n  output   = "../src/generated/prisma"\n}\n';
  const ds = /^\s*datasource\s+\w+\s*\{[^}]*\}\n?/m.exec(schema);
  if (!ds) return `${block}\n${schema}`;
  const end = ds.index + ds[0].length;
  return `${schema.slice(0, end)}\n${block}${schema.slice(end)}`;
}
