import type { BlockNode, PropertyNode, SchemaFileAst, Value } from '../schema/ast';
import type { ParsedSchema } from '../schema/document';
import type { PrismaDiagnostic } from '../prisma/engine';
import type { TextEdit } from '../text/edits';

/** An edit that resolves one diagnostic. `note` is extra guidance the editor shows after applying it. */
export interface QuickFix {
  title: string;
  edits: TextEdit[];
  note?: string;
  preferred?: boolean;
}

/**
 * Quick fixes for the diagnostics Prisma raises when a schema written for one Prisma version is
 * validated by another: preview features that became unknown, deprecated or renamed, connection
 * URLs that Prisma 7 moved to prisma.config.ts, and the `url` Prisma 5/6 still require.
 *
 * Prisma gives no diagnostic codes, so this matches the message text (checked against the Prisma
 * 5.22, 6.19 and 7 engines). Edits touch only the property concerned; every other byte stays.
 */
export function versionQuickFixes(parsed: ParsedSchema, diagnostic: PrismaDiagnostic): QuickFix[] {
  const file = parsed.files.find((f) => f.path === diagnostic.path);
  if (!file) return [];
  const msg = diagnostic.message;
  let m: RegExpExecArray | null;
  if ((m = /^The preview feature "([^"]+)" is not known/.exec(msg)) || (m = /^Preview feature "([^"]+)" is deprecated/.exec(msg))) {
    return optional(removePreviewFeature(file, diagnostic, m[1]));
  }
  if ((m = /preview feature "([^"]+)" has been renamed to "([^"]+)"/.exec(msg))) {
    return optional(renamePreviewFeature(file, diagnostic, m[1], m[2]));
  }
  if ((m = /^The datasource property `(url|directUrl|shadowDatabaseUrl)` is no longer supported/.exec(msg))) {
    return optional(moveUrlToConfig(file, diagnostic, m[1] as UrlKey));
  }
  if ((m = /^Argument "url" is missing in data source block "([^"]+)"/.exec(msg))) {
    return optional(addUrl(file, m[1]));
  }
  return [];
}

function optional(fix: QuickFix | null): QuickFix[] {
  return fix ? [fix] : [];
}

// ---------------------------------------------------------------- preview features

interface PreviewList {
  property: PropertyNode;
  items: Extract<Value, { kind: 'array' }>['items'];
}

/** The generator's `previewFeatures` array listing `feature`; the one the diagnostic points at first. */
function findPreviewList(file: SchemaFileAst, diagnostic: PrismaDiagnostic, feature: string): PreviewList | null {
  const lists: Array<PreviewList & { hit: boolean }> = [];
  for (const block of file.blocks) {
    if (block.kind !== 'generator') continue;
    const property = findProperty(block, 'previewFeatures');
    const value = property?.value;
    if (!property || value?.kind !== 'array') continue;
    if (!value.items.some((i) => i.kind === 'string' && i.value === feature)) continue;
    lists.push({ property, items: value.items, hit: value.range.start < diagnostic.end && diagnostic.start < value.range.end });
  }
  return lists.find((l) => l.hit) ?? lists[0] ?? null;
}

function removePreviewFeature(file: SchemaFileAst, diagnostic: PrismaDiagnostic, feature: string): QuickFix | null {
  const list = findPreviewList(file, diagnostic, feature);
  if (!list) return null;
  const { items, property } = list;
  const drop = items.map((i) => i.kind === 'string' && i.value === feature);
  const title = `Remove preview feature ${feature}`;
  if (drop.every(Boolean)) {
    return { title, preferred: true, edits: [{ path: file.path, start: property.line.start, end: property.line.end, text: '' }] };
  }
  // Cut each run of dropped items together with one separator, so `[a, b, c]` keeps its spacing.
  const edits: TextEdit[] = [];
  for (let i = 0; i < items.length; i++) {
    if (!drop[i]) continue;
    let j = i;
    while (j + 1 < items.length && drop[j + 1]) j++;
    const span = j + 1 < items.length ? { start: items[i].range.start, end: items[j + 1].range.start } : { start: items[i - 1].range.end, end: items[j].range.end };
    edits.push({ path: file.path, ...span, text: '' });
    i = j;
  }
  return { title, preferred: true, edits };
}

function renamePreviewFeature(file: SchemaFileAst, diagnostic: PrismaDiagnostic, from: string, to: string): QuickFix | null {
  const list = findPreviewList(file, diagnostic, from);
  if (!list) return null;
  if (list.items.some((i) => i.kind === 'string' && i.value === to)) {
    const removal = removePreviewFeature(file, diagnostic, from);
    return removal && { ...removal, title: `Remove preview feature ${from} (${to} is already listed)` };
  }
  const edits = list.items
    .filter((i) => i.kind === 'string' && i.value === from)
    .map((i): TextEdit => ({ path: file.path, start: i.range.start, end: i.range.end, text: JSON.stringify(to) }));
  return { title: `Rename preview feature ${from} to ${to}`, preferred: true, edits };
}

// ---------------------------------------------------------------- connection URLs

type UrlKey = 'url' | 'directUrl' | 'shadowDatabaseUrl';
const URL_KEYS: readonly UrlKey[] = ['url', 'directUrl', 'shadowDatabaseUrl'];
/** What the fix leaves behind, so the value is not lost and a later fix (or a person) can read it. */
const MOVED_COMMENT = /^\/\/ (url|directUrl|shadowDatabaseUrl) moved to prisma\.config\.ts \(Prisma 7\): (env\(\s*"(?:[^"\\]|\\.)*"\s*\)|"(?:[^"\\]|\\.)*"|\S+)/;

function movedComment(key: UrlKey, valueText: string): string {
  return `// ${key} moved to prisma.config.ts (Prisma 7): ${valueText}`;
}

function moveUrlToConfig(file: SchemaFileAst, diagnostic: PrismaDiagnostic, key: UrlKey): QuickFix | null {
  const candidates = file.blocks.filter((b) => b.kind === 'datasource' && findProperty(b, key));
  const block = candidates.find((b) => b.range.start < diagnostic.end && diagnostic.start < b.range.end) ?? candidates[0];
  if (!block) return null;
  const property = findProperty(block, key)!;
  const valueText = property.value ? file.text.slice(property.value.range.start, property.value.range.end) : '';
  const urls = { ...connectionUrls(file, block), [key]: valueText };
  return {
    title: `Move ${key} to prisma.config.ts`,
    preferred: true,
    // Only `key = value` is replaced: indentation, a trailing comment and the line break stay.
    edits: [{ path: file.path, start: property.range.start, end: property.range.end, text: movedComment(key, valueText) }],
    note: configNote(urls),
  };
}

/** The connection URLs a datasource block declares, or declared before an earlier fix moved them. */
function connectionUrls(file: SchemaFileAst, block: BlockNode): Partial<Record<UrlKey, string>> {
  const urls: Partial<Record<UrlKey, string>> = {};
  for (const m of block.members) {
    if (m.kind === 'property' && (URL_KEYS as readonly string[]).includes(m.key) && m.value) {
      urls[m.key as UrlKey] = file.text.slice(m.value.range.start, m.value.range.end);
    }
    const comment = m.kind === 'comment' ? m : m.trailingComment;
    const moved = comment && MOVED_COMMENT.exec(comment.text);
    if (moved) urls[moved[1] as UrlKey] ??= moved[2];
  }
  return urls;
}

/** `env("DATABASE_URL")` → `env('DATABASE_URL')`; a string literal stays a (JSON = TS) string literal. */
function configValue(schemaValue: string): { ts: string; usesEnv: boolean } {
  const env = /^env\(\s*"((?:[^"\\]|\\.)*)"\s*\)$/.exec(schemaValue);
  if (env) return { ts: `env('${env[1].replace(/'/g, "\\'")}')`, usesEnv: true };
  return { ts: schemaValue, usesEnv: false };
}

/**
 * A ready prisma.config.ts. In Prisma 7 the config's `url` is what Migrate connects to, which is
 * what `directUrl` meant in schema files (prisma/prisma#28451); the pooled runtime URL goes to the
 * driver adapter passed to `new PrismaClient()`.
 */
function configNote(urls: Partial<Record<UrlKey, string>>): string {
  const migrateUrl = urls.directUrl ?? urls.url;
  const lines: string[] = [];
  let usesEnv = false;
  if (migrateUrl) {
    const v = configValue(migrateUrl);
    usesEnv ||= v.usesEnv;
    if (urls.directUrl && urls.url) lines.push(`    // was directUrl; the pooled url (${urls.url}) now goes to the driver adapter`);
    lines.push(`    url: ${v.ts},`);
  }
  if (urls.shadowDatabaseUrl) {
    const v = configValue(urls.shadowDatabaseUrl);
    usesEnv ||= v.usesEnv;
    lines.push(`    shadowDatabaseUrl: ${v.ts},`);
  }
  const snippet = [
    `import 'dotenv/config'`,
    `import { defineConfig${usesEnv ? ', env' : ''} } from 'prisma/config'`,
    '',
    'export default defineConfig({',
    `  schema: 'prisma/schema.prisma', // where this schema lives`,
    '  datasource: {',
    ...lines,
    '  },',
    '})',
  ].join('\n');
  return (
    'Prisma 7 reads connection URLs from prisma.config.ts (next to package.json), not from the schema. ' +
    'Create it with:\n\n' +
    snippet +
    '\n\nAt runtime, pass a driver adapter (or accelerateUrl) to new PrismaClient().'
  );
}

function addUrl(file: SchemaFileAst, datasourceName: string): QuickFix | null {
  const block = file.blocks.find((b) => b.kind === 'datasource' && b.name === datasourceName);
  if (!block) return null;
  const text = file.text;
  const value = connectionUrls(file, block).url ?? 'env("DATABASE_URL")';
  const provider = findProperty(block, 'provider');
  const anchor = provider ?? block.members.find((m): m is PropertyNode => m.kind === 'property');
  let at: number;
  let indent = '  ';
  let keyWidth = 3;
  if (anchor && text[anchor.line.end - 1] === '\n') {
    at = anchor.line.end;
    const lineStart = text.lastIndexOf('\n', anchor.range.start - 1) + 1;
    indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
    // keep `=` aligned with the property above, as `prisma format` lays it out
    const eq = text.indexOf('=', anchor.keyRange.end);
    if (eq > 0 && eq < anchor.range.end) keyWidth = Math.max(3, eq - anchor.keyRange.start - 1);
  } else {
    const afterBrace = text.indexOf('\n', block.openBrace);
    if (afterBrace < 0 || (block.closeBrace !== null && afterBrace > block.closeBrace)) return null; // a one-line block
    at = afterBrace + 1;
  }
  const eol = text[at - 2] === '\r' ? '\r\n' : '\n';
  const line = `${indent}${'url'.padEnd(keyWidth)} = ${value}${eol}`;
  return { title: `Add url = ${value}`, preferred: true, edits: [{ path: file.path, start: at, end: at, text: line }] };
}

function findProperty(block: BlockNode, key: string): PropertyNode | undefined {
  for (const m of block.members) if (m.kind === 'property' && m.key === key) return m;
  return undefined;
}
