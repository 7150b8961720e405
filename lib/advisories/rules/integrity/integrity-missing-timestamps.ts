import { addField } from '../../../ops/add-field';
import { composeOps } from '../../../ops/compose';
import { setDefault } from '../../../ops/set-default';
import { setMapName } from '../../../ops/set-map-name';
import { setNativeType } from '../../../ops/set-native-type';
import { findModel, refuse, type OpResult } from '../../../ops/shared';
import { toggleUpdatedAt } from '../../../ops/toggle-updated-at';
import type { ParsedSchema } from '../../../schema/document';
import type { FieldInfo, ModelInfo } from '../../../schema/model';
import { isPostgres } from '../../../schema/provider';
import type { Severity, Rule } from '../../types';
import { loose } from './names';

type Options = {
  /** `some`: timestamps are advice (info); `every`: the team requires them on every table (warning). Anything else counts as `some`. */
  policy: string;
  /** Model names to skip (append-only, join or lookup models): `AuditLog`, `*Log`, `*_history`; case-insensitive, `*` is any text. */
  exclude: string[];
};

type Step = (s: ParsedSchema) => OpResult;

/** `now()`, or a database-side `dbgenerated("now()")` / `CURRENT_TIMESTAMP` as introspection writes it. */
const NOW_DEFAULT = /^now\(\)$|^dbgenerated\(.*(now\(\)|current_timestamp).*\)$/is;

function globToRegExp(pattern: string): RegExp {
  return new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 'i');
}

function named(model: ModelInfo, name: string): FieldInfo | undefined {
  return model.fields.find((f) => f.kind === 'scalar' && loose(f.name) === name);
}

/**
 * A creation timestamp: `createdAt` (or `created_at`) defaulting to now(). Other spellings of the same
 * column count too (`createdOn`, `createdTime`, `insertedAt`): a team that writes them consistently has
 * the audit trail the rule asks for, and adding a second `createdAt` beside them would be wrong.
 */
function hasCreatedAt(model: ModelInfo): boolean {
  return model.fields.some(
    (f) => f.kind === 'scalar' && f.type === 'DateTime' && !f.list && CREATED_NAME.test(loose(f.name)) && NOW_DEFAULT.test(f.default ?? ''),
  );
}

/**
 * When a row came to be: `createdAt`, `insertedAt`, and the names append-only tables use for the moment
 * of the event (`timestamp`, `occurredAt`, `loggedAt`, `recordedAt`, `happenedAt`, `at`).
 */
const CREATED_NAME = /^(created|inserted)|^(timestamp|ts|at|occurredat|loggedat|recordedat|happenedat|eventat|eventtime|time)$/;

/**
 * Append-only tables (audit, log, event, history, ledger…, or documented `/// @immutable`): rows are
 * written once and never change, so an `updatedAt` there is noise and adding one would invite updates.
 */
const APPEND_ONLY = /audit|log$|logs$|event|history|histories|activit|ledger|journal|outbox|snapshot/i;

function appendOnly(model: ModelInfo): boolean {
  return APPEND_ONLY.test(model.name) || APPEND_ONLY.test(model.dbName ?? '') || model.block.docs.some((d) => /@immutable\b|append[- ]only/i.test(d.text));
}

function hasUpdatedAt(model: ModelInfo): boolean {
  return appendOnly(model) || model.fields.some((f) => f.isUpdatedAt);
}

/**
 * A join model links two or more rows and never changes: its columns are foreign keys of at least two
 * relations, plus at most a surrogate key and timestamps (`PostTag { postId, tagId, createdAt }`).
 * It stands for the implicit m-n tables the catalogue exempts.
 */
function isJoinModel(model: ModelInfo): boolean {
  const relations = model.fields.filter((f) => f.kind === 'object' && (f.relation?.fields?.length ?? 0) > 0);
  if (relations.length < 2) return false;
  const surrogate = (f: FieldInfo) => f.isId && f.default !== null;
  return model.fields.every((f) => f.kind === 'object' || f.isForeignKey || surrogate(f) || (f.type === 'DateTime' && !f.list));
}

function snake(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/**
 * How the model names multi-word columns, so the new ones match: snake_case field names
 * (`created_at`), camelCase fields mapped to snake_case columns (`createdAt @map("created_at")`),
 * or plain camelCase (`createdAt`, Prisma's default).
 */
function convention(model: ModelInfo): 'snake' | 'mapped' | 'plain' {
  const columns = model.fields.filter((f) => f.kind === 'scalar' || f.kind === 'enum');
  const snakeNamed = columns.filter((f) => /_/.test(f.name) && f.name === f.name.toLowerCase()).length;
  const camel = columns.filter((f) => /[a-z][A-Z]/.test(f.name));
  if (snakeNamed > 0 && camel.length === 0) return 'snake';
  const mapped = camel.filter((f) => f.dbName === snake(f.name)).length;
  return camel.length > 0 && mapped * 2 > camel.length ? 'mapped' : 'plain';
}

/** The steps that add a timestamp field as the catalogue writes it, named after the model's convention. */
function newTimestamp(schema: ParsedSchema, model: ModelInfo, camel: 'createdAt' | 'updatedAt'): Step[] {
  const style = convention(model);
  const name = style === 'snake' ? snake(camel) : camel;
  const m = model.name;
  const steps: Step[] = [(s) => addField(s, { model: m, name, type: 'DateTime' }), (s) => setDefault(s, { model: m, field: name, value: 'now()' })];
  // `@default(now())` on updatedAt too: the column then fills existing rows instead of failing on a non-empty table.
  if (camel === 'updatedAt') steps.push((s) => toggleUpdatedAt(s, { model: m, field: name }));
  if (style === 'mapped') steps.push((s) => setMapName(s, { model: m, field: name, name: snake(camel) }));
  if (isPostgres(schema.model.datasource?.provider)) steps.push((s) => setNativeType(s, { model: m, field: name, nativeType: 'Timestamptz(3)' }));
  return steps;
}

/**
 * An existing field to complete instead of adding one: a DateTime spelled like the timestamp
 * (`createdAt`, `createdOn`, `updated_at`). `blocked` when a non-DateTime field already has the name.
 */
function existing(model: ModelInfo, prefix: 'created' | 'updated'): { field?: FieldInfo; blocked: boolean } {
  const dates = model.fields.filter((f) => f.kind === 'scalar' && f.type === 'DateTime' && !f.list && loose(f.name).startsWith(prefix));
  const exact = named(model, `${prefix}at`);
  if (exact && !dates.includes(exact)) return { blocked: true };
  return { field: exact ?? dates[0], blocked: false };
}

/** What the fix does, or null when a field of the same name is in the way (not a DateTime). */
function plan(schema: ParsedSchema, model: ModelInfo): { steps: Step[]; label: string } | null {
  const steps: Step[] = [];
  const parts: string[] = [];
  const newName = (camel: string) => (convention(model) === 'snake' ? snake(camel) : camel);
  if (!hasCreatedAt(model)) {
    const { field, blocked } = existing(model, 'created');
    if (blocked) return null;
    if (field) {
      steps.push((s) => setDefault(s, { model: model.name, field: field.name, value: 'now()' }));
      parts.push(`@default(now()) to ${field.name}`);
    } else {
      steps.push(...newTimestamp(schema, model, 'createdAt'));
      parts.push(newName('createdAt'));
    }
  }
  if (!hasUpdatedAt(model)) {
    const { field, blocked } = existing(model, 'updated');
    if (blocked) return null;
    if (field) {
      steps.push((s) => toggleUpdatedAt(s, { model: model.name, field: field.name }));
      parts.push(`@updatedAt to ${field.name}`);
    } else {
      steps.push(...newTimestamp(schema, model, 'updatedAt'));
      parts.push(newName('updatedAt'));
    }
  }
  return { steps, label: `Add ${parts.join(' and ')}` };
}

function missing(model: ModelInfo): string {
  const created = !hasCreatedAt(model);
  const updated = !hasUpdatedAt(model);
  if (created && updated) return 'has no createdAt with @default(now()) and no @updatedAt field, so nobody can tell when its rows were created or last changed';
  if (created) return 'has no createdAt with @default(now()), so nobody can tell when its rows were created';
  return 'has no @updatedAt field, so nobody can tell when its rows last changed';
}

export const integrityMissingTimestamps: Rule<Options> = {
  id: 'integrity-missing-timestamps',
  category: 'integrity',
  severity: 'info',
  title: 'Model without createdAt/updatedAt',
  why: 'Without creation and update timestamps there is no audit trail and no way to debug when rows changed.',
  postgresOnly: false,
  profile: 'strict',
  options: { policy: 'some', exclude: [] },
  check(ctx, options) {
    const excluded = options.exclude.map(globToRegExp);
    const severity: Severity | undefined = options.policy === 'every' ? 'warning' : undefined;
    return ctx.models
      .filter((m) => !(hasCreatedAt(m) && hasUpdatedAt(m)) && !isJoinModel(m) && !excluded.some((re) => re.test(m.name)))
      .map((model) => {
        const fix = plan(ctx.schema, model);
        return {
          message: `${model.name} ${missing(model)}.`,
          span: ctx.modelSpan(model),
          target: { kind: 'model' as const, model: model.name },
          ...(severity ? { severity } : {}),
          ...(fix ? { fixLabel: fix.label } : {}),
        };
      });
  },
  fix(schema, advisory) {
    if (advisory.target.kind !== 'model') return refuse('Not a model advisory');
    const model = findModel(schema, advisory.target.model)?.info;
    if (!model || model.kind !== 'model') return refuse(`There is no model called \`${advisory.target.model}\``);
    if (hasCreatedAt(model) && hasUpdatedAt(model)) return refuse(`\`${model.name}\` already has both timestamps`);
    const fix = plan(schema, model);
    if (!fix) return refuse(`\`${model.name}\` has a createdAt or updatedAt field that is not a DateTime; change it first`);
    return composeOps(schema, fix.steps);
  },
};
