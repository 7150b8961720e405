import type { AttributeNode, BlockNode, PropertyNode } from '../schema/ast';
import type { SchemaFile } from '../schema/document';
import { parseSchemaFile } from '../schema/parse';
import type { PrismaDiagnostic } from '../prisma/engine';
import type { TextEdit } from '../text/edits';

/**
 * Quick fixes that make a schema written for an older Prisma acceptable to a newer one, so a
 * migration can be exported with a newer schema engine (Prisma 5.22 has none here). Each fix names
 * why, and is a set of minimal text edits: nothing else in the file changes.
 */
export interface UpgradeFix {
  /** Stable id, e.g. `view-primary-key`. */
  id: 'view-primary-key' | 'view-clustered-unique' | 'removed-preview-feature';
  /** Why the newer Prisma rejects the schema and what the fix does, in one or two sentences. */
  message: string;
  edits: TextEdit[];
}

export interface UpgradePlan {
  fixes: UpgradeFix[];
  /** Errors of the newer Prisma that no quick fix covers (first line of each message). */
  unfixed: string[];
}

const VIEW_PK = /Views cannot have primary keys/;
const VIEW_CLUSTERED = /on views are not backed by unique indexes in the database and cannot be clustered/;
const UNKNOWN_PREVIEW = /The preview feature "([^"]+)" is not known/;
/** Datasource URLs: Prisma 7 engines reject them, and Schema Canvas blanks them for the engine already. */
const HANDLED = [/The datasource property `(url|directUrl|shadowDatabaseUrl)` is no longer supported/i];

/**
 * The fixes for the errors `diagnostics` (the newer Prisma's `lint` of `files`) reports. Views with a
 * primary key get `@unique`/`@@unique` instead of `@id`/`@@id`; `clustered:` goes from a view's
 * `@@unique`; preview features the newer Prisma removed leave `previewFeatures`.
 */
export function upgradeFixes(files: readonly SchemaFile[], diagnostics: readonly PrismaDiagnostic[]): UpgradePlan {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const fixes: UpgradeFix[] = [];
  const unfixed: string[] = [];
  const asts = new Map(files.map((f) => [f.path, parseSchemaFile(f.path, f.text)]));
  const done = new Set<string>();

  for (const d of errors) {
    const ast = asts.get(d.path);
    const first = d.message.split('\n')[0];
    if (HANDLED.some((re) => re.test(first))) continue;
    if (!ast) {
      unfixed.push(first);
      continue;
    }
    const block = ast.blocks.find((b) => b.range.start <= d.start && d.end <= b.range.end);
    if (VIEW_PK.test(first) && block?.kind === 'view') {
      const key = `pk:${d.path}:${block.name}`;
      if (!done.has(key)) {
        done.add(key);
        fixes.push(viewPrimaryKeyFix(d.path, ast.text, block));
      }
      continue;
    }
    if (VIEW_CLUSTERED.test(first) && block?.kind === 'view') {
      const attr = attributeAt(block, d.start);
      const clustered = attr?.args?.find((a) => a.name === 'clustered');
      if (attr && clustered) {
        fixes.push({
          id: 'view-clustered-unique',
          message: `Prisma no longer accepts \`clustered:\` on a view's \`@@unique\` (a view has no index to cluster): remove it from view \`${block.name}\`.`,
          edits: [{ path: d.path, ...argumentRemoval(ast.text, attr, clustered.range) }],
        });
        continue;
      }
    }
    const preview = UNKNOWN_PREVIEW.exec(first);
    if (preview) {
      const fix = removePreviewFeature(d.path, ast.blocks, preview[1]);
      if (fix && !done.has(`pf:${preview[1]}`)) {
        done.add(`pf:${preview[1]}`);
        fixes.push(fix);
      }
      if (fix) continue;
    }
    unfixed.push(first);
  }
  return { fixes, unfixed };
}

/** One message for the CLI and the export dialog: why the schema needs an upgrade, and the fixes. */
export function describeUpgrade(plan: UpgradePlan, from: string, to: string): string {
  const lines = [`This schema is valid for ${from} only; ${to}'s schema engine rejects it.`];
  for (const f of plan.fixes) lines.push(`  - ${f.message}`);
  for (const u of plan.unfixed) lines.push(`  - ${u} (no quick fix: edit the schema by hand)`);
  if (plan.fixes.length && !plan.unfixed.length) lines.push(`Apply the quick fix${plan.fixes.length > 1 ? 'es' : ''}, then export again.`);
  return lines.join('\n');
}

function viewPrimaryKeyFix(path: string, text: string, block: BlockNode): UpgradeFix {
  const edits: TextEdit[] = [];
  for (const m of block.members) {
    if (m.kind === 'field') {
      const id = m.attributes.find((a) => a.name === 'id');
      if (!id) continue;
      const alreadyUnique = m.attributes.some((a) => a.name === 'unique');
      // `@id(map: "x")` → `@unique(map: "x")`: both take `map`; Prisma 6+ rejects other @id arguments on views anyway
      edits.push(alreadyUnique ? { path, ...attributeRemoval(text, id) } : { path, start: id.nameRange.start, end: id.nameRange.end, text: 'unique' });
    } else if (m.kind === 'blockAttribute' && m.attribute.name === 'id') {
      edits.push({ path, start: m.attribute.nameRange.start, end: m.attribute.nameRange.end, text: 'unique' });
    }
  }
  return {
    id: 'view-primary-key',
    message: `Views cannot have primary keys since Prisma 6 (a view has no constraint behind it): view \`${block.name}\` gets \`@unique\` instead of \`@id\`, which keeps it usable in queries.`,
    edits,
  };
}

function attributeAt(block: BlockNode, offset: number): AttributeNode | undefined {
  for (const m of block.members) {
    if (m.kind === 'blockAttribute' && m.attribute.range.start <= offset && offset <= m.attribute.range.end) return m.attribute;
  }
  return undefined;
}

/** Removes ` @id` with the whitespace before it. */
function attributeRemoval(text: string, attr: AttributeNode): { start: number; end: number; text: string } {
  let start = attr.range.start;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  return { start, end: attr.range.end, text: '' };
}

/** Removes one argument and the comma that joins it to its neighbour. */
function argumentRemoval(text: string, attr: AttributeNode, range: { start: number; end: number }): { start: number; end: number; text: string } {
  const args = attr.args ?? [];
  const i = args.findIndex((a) => a.range.start === range.start);
  if (i > 0) return { start: args[i - 1].range.end, end: range.end, text: '' };
  if (i === 0 && args.length > 1) return { start: range.start, end: args[1].range.start, text: '' };
  return { start: range.start, end: range.end, text: '' };
}

function removePreviewFeature(path: string, blocks: readonly BlockNode[], feature: string): UpgradeFix | null {
  for (const b of blocks) {
    if (b.kind !== 'generator') continue;
    const prop = b.members.find((m): m is PropertyNode => m.kind === 'property' && m.key === 'previewFeatures');
    const value = prop?.value;
    if (!value || value.kind !== 'array') continue;
    const items = value.items;
    const i = items.findIndex((it) => it.kind === 'string' && it.value === feature);
    if (i < 0) continue;
    const edit =
      items.length === 1
        ? { start: value.range.start + 1, end: value.range.end - 1, text: '' }
        : i > 0
          ? { start: items[i - 1].range.end, end: items[i].range.end, text: '' }
          : { start: items[0].range.start, end: items[1].range.start, text: '' };
    return {
      id: 'removed-preview-feature',
      message: `The preview feature "${feature}" was removed from Prisma (it is generally available or gone): remove it from \`previewFeatures\` of generator \`${b.name}\`.`,
      edits: [{ path, ...edit }],
    };
  }
  return null;
}
