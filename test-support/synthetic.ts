import type { SchemaFile } from '../lib/schema/document';
import { seededRandom as random } from '../lib/seeded-random';

/**
 * Deterministic synthetic Prisma schemas of any size, for the benchmark and for tests that need a big
 * schema. They look like real PostgreSQL schemas: cuid or autoincrement ids, foreign keys with
 * `@relation` and their back-relation lists, optional and one-to-one relations, self-relations,
 * implicit many-to-many, enums with defaults, `@@index` on foreign keys, `@@unique`, `@@map`/`@map`,
 * native types, `//` comments and `///` docs. Valid for Prisma 7 (no datasource url).
 */

export interface SyntheticSchema {
  files: SchemaFile[];
  /** Model names in the order they appear. */
  models: string[];
  enums: string[];
  relations: number;
  /**
   * A model near the top of the file and a plain scalar field of it that nothing references (no index,
   * key or relation): renaming it character by character keeps the schema valid at every step.
   */
  probe: { model: string; field: string };
}

const DOMAINS = [
  'Account', 'Billing', 'Catalog', 'Customer', 'Delivery', 'Document', 'Event', 'Finance', 'Fleet', 'Inventory', 'Learning',
  'Marketing', 'Media', 'Member', 'Network', 'Order', 'Partner', 'Payment', 'Product', 'Project', 'Report', 'Sales', 'Security',
  'Service', 'Shipping', 'Store', 'Support', 'Team', 'Travel', 'User', 'Vendor', 'Workflow',
];

const NOUNS = [
  'Address', 'Approval', 'Asset', 'Attachment', 'Audit', 'Batch', 'Budget', 'Campaign', 'Channel', 'Comment', 'Contract', 'Entry',
  'Feedback', 'Group', 'Invoice', 'Item', 'Ledger', 'Log', 'Message', 'Note', 'Plan', 'Policy', 'Profile', 'Quote', 'Record',
  'Request', 'Review', 'Schedule', 'Setting', 'Snapshot', 'Task', 'Ticket',
];

const ENUM_SUFFIXES = ['Status', 'Kind', 'Level', 'Tier', 'Stage', 'Mode', 'Priority', 'Visibility'];

const ENUM_VALUES: Record<string, string[]> = {
  Status: ['DRAFT', 'ACTIVE', 'SUSPENDED', 'ARCHIVED', 'DELETED'],
  Kind: ['STANDARD', 'PREMIUM', 'INTERNAL', 'EXTERNAL'],
  Level: ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'],
  Tier: ['FREE', 'STARTER', 'PRO', 'ENTERPRISE'],
  Stage: ['NEW', 'IN_PROGRESS', 'REVIEW', 'DONE', 'CANCELLED'],
  Mode: ['MANUAL', 'AUTOMATIC', 'SCHEDULED'],
  Priority: ['P0', 'P1', 'P2', 'P3'],
  Visibility: ['PRIVATE', 'TEAM', 'PUBLIC'],
};

const DOC_LINES = [
  'Created by the import job; never edited by hand.',
  'One row per change, kept for auditing.',
  'Soft-deleted rows keep their history.',
  'Owned by the platform team.',
  'Read on every request: keep it narrow.',
  'Synced nightly from the upstream system.',
];

interface ScalarTemplate {
  name: string;
  type: string;
  attrs: string;
  docs?: string;
  comment?: string;
}

const SCALARS: ScalarTemplate[] = [
  { name: 'title', type: 'String', attrs: '@db.VarChar(200)' },
  { name: 'description', type: 'String?', attrs: '@db.Text', docs: 'Shown to customers; markdown allowed.' },
  { name: 'code', type: 'String', attrs: '@unique @db.VarChar(32)' },
  { name: 'amount', type: 'Decimal', attrs: '@default(0) @db.Decimal(12, 2)' },
  { name: 'quantity', type: 'Int', attrs: '@default(0)' },
  { name: 'active', type: 'Boolean', attrs: '@default(true)' },
  { name: 'metadata', type: 'Json?', attrs: '', comment: 'free-form, validated in the API' },
  { name: 'startsAt', type: 'DateTime?', attrs: '@map("starts_at")' },
  { name: 'score', type: 'Float?', attrs: '' },
  { name: 'externalId', type: 'String?', attrs: '@map("external_id")', docs: 'Identifier in the upstream system.' },
  { name: 'labels', type: 'String[]', attrs: '' },
  { name: 'sizeBytes', type: 'BigInt', attrs: '@default(0) @map("size_bytes")' },
  { name: 'checksum', type: 'Bytes?', attrs: '' },
  { name: 'position', type: 'Int?', attrs: '', comment: 'sort order in lists' },
];

function shuffled<T>(items: readonly T[], rnd: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const lcFirst = (s: string) => s[0].toLowerCase() + s.slice(1);
const snake = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

function plural(s: string): string {
  if (/[^aeiou]y$/.test(s)) return s.slice(0, -1) + 'ies';
  if (/(s|x|ch|sh)$/.test(s)) return s + 'es';
  return s + 's';
}

interface FieldLine {
  name: string;
  type: string;
  attrs: string;
  docs?: string;
  comment?: string;
  /** A blank line before this field (groups relations apart from scalars, as people write them). */
  gap?: boolean;
}

interface ModelPlan {
  name: string;
  intId: boolean;
  docs: string | null;
  table: string | null;
  fields: FieldLine[];
  backRelations: FieldLine[];
  blockAttrs: string[];
}

/** A `prisma format`-style block: names, types and attributes aligned in columns. */
function renderFields(fields: readonly FieldLine[], indent = '  '): string[] {
  const nameWidth = Math.max(...fields.map((f) => f.name.length));
  const typeWidth = Math.max(...fields.map((f) => f.type.length));
  const lines: string[] = [];
  for (const f of fields) {
    if (f.gap) lines.push('');
    if (f.docs) lines.push(`${indent}/// ${f.docs}`);
    const head = `${indent}${f.name.padEnd(nameWidth)} ${f.attrs || f.comment ? f.type.padEnd(typeWidth) : f.type}`;
    const withAttrs = f.attrs ? `${head} ${f.attrs}` : head;
    lines.push(f.comment ? `${withAttrs} // ${f.comment}` : withAttrs);
  }
  return lines;
}

/** The text of a synthetic schema with `modelCount` models (single file `schema.prisma`). */
export function syntheticSchema(modelCount: number, seed = 1): SyntheticSchema {
  const rnd = random(seed * 7919 + modelCount);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)];
  const chance = (p: number) => rnd() < p;

  // Names: Domain × Noun, shuffled; beyond 1024 models a numeric suffix keeps them unique.
  const combos = shuffled(
    DOMAINS.flatMap((d) => NOUNS.map((n) => d + n)),
    rnd,
  );
  const names = Array.from({ length: modelCount }, (_, i) => (i < combos.length ? combos[i] : `${combos[i % combos.length]}${Math.floor(i / combos.length) + 1}`));

  const enumCount = Math.max(2, Math.round(modelCount / 12));
  const enumNames = shuffled(
    DOMAINS.flatMap((d) => ENUM_SUFFIXES.map((s) => ({ name: d + s, values: ENUM_VALUES[s] }))),
    rnd,
  ).slice(0, enumCount);
  while (enumNames.length < enumCount) enumNames.push({ name: `Extra${enumNames.length}Status`, values: ENUM_VALUES.Status });

  const plans: ModelPlan[] = names.map((name) => ({
    name,
    intId: chance(0.3),
    docs: chance(0.6) ? `${name.replace(/([a-z])([A-Z])/g, '$1 $2')}. ${pick(DOC_LINES)}` : null,
    table: chance(0.4) ? plural(snake(name)) : null,
    fields: [],
    backRelations: [],
    blockAttrs: [],
  }));
  let relations = 0;

  plans.forEach((plan, i) => {
    const idType = plan.intId ? 'Int' : 'String';
    plan.fields.push({ name: 'id', type: idType, attrs: plan.intId ? '@id @default(autoincrement())' : '@id @default(cuid())' });
    // Every model starts with `name`: referenced by nothing, so it can be renamed freely (see `probe`).
    plan.fields.push({ name: 'name', type: 'String', attrs: '', docs: chance(0.3) ? 'Display name.' : undefined });
    for (const s of shuffled(SCALARS, rnd).slice(0, 2 + Math.floor(rnd() * 5))) plan.fields.push({ ...s });
    if (chance(0.5)) {
      const e = pick(enumNames);
      plan.fields.push({ name: 'status', type: e.name, attrs: `@default(${e.values[0]})` });
    }

    // Foreign keys to earlier models, biased towards the first ones (hubs such as users or accounts).
    const targets = new Set<number>();
    const fkCount = i === 0 ? 0 : Math.min(i, Math.floor(rnd() * 4));
    for (let k = 0; k < fkCount * 3 && targets.size < fkCount; k++) targets.add(Math.floor(i * rnd() * rnd()));
    let first = true;
    for (const t of [...targets].sort((a, b) => a - b)) {
      const target = plans[t];
      const field = lcFirst(target.name);
      const fkType = target.intId ? 'Int' : 'String';
      const oneToOne = chance(0.1);
      const optional = chance(0.3);
      const q = optional ? '?' : '';
      const action = optional ? ', onDelete: SetNull' : chance(0.5) ? ', onDelete: Cascade' : '';
      plan.fields.push({ name: `${field}Id`, type: fkType + q, attrs: oneToOne ? '@unique' : '', gap: first });
      plan.fields.push({ name: field, type: target.name + q, attrs: `@relation(fields: [${field}Id], references: [id]${action})` });
      target.backRelations.push({ name: lcFirst(oneToOne ? plan.name : plural(plan.name)), type: oneToOne ? `${plan.name}?` : `${plan.name}[]`, attrs: '' });
      if (!oneToOne) plan.blockAttrs.push(`@@index([${field}Id])`);
      relations++;
      first = false;
    }

    // A tree (self-relation) now and then.
    if (chance(0.05)) {
      const rel = `"${plan.name}Tree"`;
      plan.fields.push({ name: 'parentId', type: `${idType}?`, attrs: '', gap: first, docs: 'Null for top-level rows.' });
      plan.fields.push({ name: 'parent', type: `${plan.name}?`, attrs: `@relation(${rel}, fields: [parentId], references: [id])` });
      plan.backRelations.push({ name: 'children', type: `${plan.name}[]`, attrs: `@relation(${rel})` });
      plan.blockAttrs.push('@@index([parentId])');
      relations++;
    }

    // Implicit many-to-many with an earlier model this one has no foreign key to.
    if (i > 1 && chance(0.04)) {
      const t = Math.floor(rnd() * i);
      if (!targets.has(t)) {
        const target = plans[t];
        plan.backRelations.push({ name: lcFirst(plural(target.name)), type: `${target.name}[]`, attrs: '', comment: 'implicit many-to-many' });
        target.backRelations.push({ name: lcFirst(plural(plan.name)), type: `${plan.name}[]`, attrs: '' });
        relations++;
      }
    }

    plan.fields.push({ name: 'createdAt', type: 'DateTime', attrs: '@default(now()) @map("created_at")', gap: true, comment: chance(0.2) ? 'set by the database' : undefined });
    if (chance(0.8)) plan.fields.push({ name: 'updatedAt', type: 'DateTime', attrs: '@updatedAt @map("updated_at")' });
    if (chance(0.3)) plan.blockAttrs.push('@@index([createdAt(sort: Desc)])');
    if (plan.fields.some((f) => f.name === 'title') && plan.fields.some((f) => f.name === 'externalId') && chance(0.5)) plan.blockAttrs.push('@@unique([title, externalId])');
  });

  const out: string[] = [
    `// Synthetic schema with ${modelCount} models, generated by test-support/synthetic.ts (seed ${seed}).`,
    '// Deterministic: the same size and seed always give the same text.',
    '',
    'generator client {',
    '  provider = "prisma-client"',
    '  output   = "../src/generated/prisma"',
    '}',
    '',
    'datasource db {',
    '  provider = "postgresql"',
    '}',
  ];
  for (const plan of plans) {
    out.push('');
    if (plan.docs) out.push(`/// ${plan.docs}`);
    out.push(`model ${plan.name} {`);
    const back = plan.backRelations.map((f, k) => (k === 0 ? { ...f, gap: true } : f));
    out.push(...renderFields([...plan.fields, ...back]));
    const blockAttrs = plan.table ? [...plan.blockAttrs, `@@map("${plan.table}")`] : plan.blockAttrs;
    if (blockAttrs.length) out.push('', ...blockAttrs.map((a) => `  ${a}`));
    out.push('}');
  }
  for (const e of enumNames) {
    out.push('', `enum ${e.name} {`, ...e.values.map((v) => `  ${v}`), '}');
  }
  out.push('');

  return {
    files: [{ path: 'schema.prisma', text: out.join('\n') }],
    models: names,
    enums: enumNames.map((e) => e.name),
    relations,
    probe: { model: names[0], field: 'name' },
  };
}
