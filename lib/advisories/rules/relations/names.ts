import type { FieldInfo, ModelInfo } from '../../../schema/model';

/** Name matching shared by the relations rules: `blog_posts`, `BlogPost` and `blogPost` are one name. */

/** English singular of a lowercased word (the inverse of the ops' `plural`, good enough for names). */
export function singular(word: string): string {
  if (/[^aeiou]ies$/.test(word)) return word.slice(0, -3) + 'y';
  if (/(ss|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (/[^su]s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Lowercase, no underscores, singular: the key two spellings of one entity share. */
export function entityKey(name: string): string {
  return singular(name.replace(/_/g, '').toLowerCase());
}

/** The words of a camelCase, PascalCase or snake_case name, lowercased: `AuditLog` → [audit, log]. */
export function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

const stemIndexes = new WeakMap<readonly ModelInfo[], { byName: Map<string, ModelInfo>; byTable: Map<string, ModelInfo> }>();

/** The model a name refers to: by model name first, then by table name (`@@map`). Indexed once per model list. */
export function modelForStem(models: readonly ModelInfo[], stem: string): ModelInfo | undefined {
  let index = stemIndexes.get(models);
  if (!index) {
    index = { byName: new Map(), byTable: new Map() };
    for (const m of models) {
      const k = entityKey(m.name);
      if (!index.byName.has(k)) index.byName.set(k, m);
      if (m.dbName !== null && !index.byTable.has(entityKey(m.dbName))) index.byTable.set(entityKey(m.dbName), m);
    }
    stemIndexes.set(models, index);
  }
  const key = entityKey(stem);
  return index.byName.get(key) ?? index.byTable.get(key);
}

/**
 * A comment that gives example values (`e.g. "Top Management"`), says free text, or says the id comes
 * from another system ("context ID from their API", "External payment ID from Stripe") documents a
 * label or an external id, not a key into this schema.
 */
const NOT_A_KEY_COMMENT = /"[^"]*"|\be\.g\.|free[- ]text|\bexternal\b|third[- ]party|\bfrom (?:their|the|its|an?)\s+(?:[\w-]+\s+)?api\b/i;

export function documentedAsNotAKey(field: FieldInfo): boolean {
  const comments = [...field.node.docs, ...(field.node.trailingComment ? [field.node.trailingComment] : [])];
  return comments.some((c) => NOT_A_KEY_COMMENT.test(c.text));
}
