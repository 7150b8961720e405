import { addRelation } from '../../../ops/add-relation';
import { referencedKey } from '../../../ops/relation-parts';
import { upperFirst } from '../../../ops/relation-naming';
import { refuse } from '../../../ops/shared';
import type { FieldInfo, ModelInfo } from '../../../schema/model';
import { AdvisoryContext } from '../../context';
import type { AdvisoryDraft, Rule } from '../../types';
import { fkTypeMatch } from './fk-types';
import { documentedAsNotAKey, modelForStem } from './names';

const ID_SUFFIX = /^(.+?)(Id|_id|ID)$/;
const BY_SUFFIX = /^(.+?)(By|_by)$/;
/** `createdBy`, `approved_by`, `sentBy`: a past participle before "by" names who did it (unlike `orderBy`, `groupBy`). */
const PARTICIPLE = /(ed|en|sent|made|done)$/i;

/** A scalar that names another model but is no foreign key. */
interface Candidate {
  model: ModelInfo;
  field: FieldInfo;
  target: ModelInfo;
  /** The relation field the fix adds (`author` for `authorId`), or why there is no fix. */
  fix: { relationField: string } | { blocker: string };
}

/** A comment that says the missing foreign key is on purpose. */
const DELIBERATE_COMMENT = /plain id|\bno (fk|foreign key)|without (an? )?(fk|foreign key|relation)|denormali[sz]|snapshot|soft (ref|link)|stable id|loosely|not a (fk|foreign key|relation)/i;

function documentedAsDeliberate(field: FieldInfo): boolean {
  const comments = [...field.node.docs, ...(field.node.trailingComment ? [field.node.trailingComment] : [])];
  return comments.some((c) => DELIBERATE_COMMENT.test(c.text));
}

/** A comment anywhere in the model that says its references are kept without FKs (`Subject ids are soft references (no FKs)`). */
function modelDocumentsDeliberate(model: ModelInfo): boolean {
  return [...model.block.docs, ...model.block.members.flatMap((m) => (m.kind === 'comment' ? [m] : [...m.docs, ...(m.trailingComment ? [m.trailingComment] : [])]))].some((c) =>
    DELIBERATE_COMMENT.test(c.text),
  );
}

/**
 * A model that holds two or more references and declares none of them as relations is denormalised
 * on purpose (an error row with the organization and user it happened to, an OAuth state row, a
 * join table of a high-volume run database): one forgotten FK looks different, next to declared ones.
 */
function deliberatelyDenormalised(model: ModelInfo, found: Candidate[]): boolean {
  return found.length >= 2 && !model.fields.some((f) => f.kind === 'object');
}

function candidates(ctx: AdvisoryContext, model: ModelInfo): Candidate[] {
  const out = allCandidates(ctx, model);
  return deliberatelyDenormalised(model, out) || (out.length && modelDocumentsDeliberate(model)) ? [] : out;
}

function allCandidates(ctx: AdvisoryContext, model: ModelInfo): Candidate[] {
  const out: Candidate[] = [];
  // A column other relations reference (`references: [parentId]`) is already a key of a relation.
  const referenced = referencedColumns(ctx).get(model.name) ?? new Set<string>();
  for (const field of model.fields) {
    if (field.kind !== 'scalar' || field.list || field.isId || field.isForeignKey || field.ignored || referenced.has(field.name)) continue;
    if (documentedAsNotAKey(field) || documentedAsDeliberate(field)) continue;
    const target = targetOf(ctx, model, field);
    if (!target) continue;
    const keys = referencedKey(target);
    const key = keys?.length === 1 ? ctx.field(target.name, keys[0])! : null;
    // A scalar of another type than the target's key is an external id (a PayPal order id), not a lost foreign key.
    if (key && key.type !== field.type) continue;
    out.push({ model, field, target, fix: fixOf(ctx, model, field, key) });
  }
  return out;
}

/** Per model, the columns relations reference (computed once per run). */
function referencedColumns(ctx: AdvisoryContext): Map<string, Set<string>> {
  return ctx.memo('referenced-columns', () => {
    const out = new Map<string, Set<string>>();
    for (const r of ctx.model.relations) {
      let set = out.get(r.to.model);
      if (!set) out.set(r.to.model, (set = new Set()));
      for (const f of r.to.fields) set.add(f);
    }
    return out;
  });
}

/** The model a scalar's name points at: `authorId` → Author, `user_id` → User (or a `users` table), `createdBy` → User. */
function targetOf(ctx: AdvisoryContext, model: ModelInfo, field: FieldInfo): ModelInfo | null {
  const id = ID_SUFFIX.exec(field.name);
  if (id) {
    const target = modelForStem(ctx.models, id[1]);
    // `User.userId` is an external identity (an auth provider's id), not a reference to itself.
    return target && target.name !== model.name ? target : null;
  }
  const by = BY_SUFFIX.exec(field.name);
  // `preparedBy String @default("Comp AI")`: a literal default is a name, not a user's key.
  if (!by || !PARTICIPLE.test(by[1]) || field.default?.startsWith('"')) return null;
  const user = modelForStem(ctx.models, 'user');
  const keys = user && referencedKey(user);
  if (!user || user.name === model.name || keys?.length !== 1 || ctx.field(user.name, keys[0])!.type !== field.type) return null;
  return user;
}

/**
 * addRelation turns an existing scalar into the foreign key when it is named `<relation field><Key>`
 * (`authorId` for `author` → `id`), so that is the fix; other spellings (`author_id`, `createdBy`) need
 * the FK scalar named explicitly, which addRelation cannot take yet.
 */
function fixOf(ctx: AdvisoryContext, model: ModelInfo, field: FieldInfo, key: FieldInfo | null): Candidate['fix'] {
  if (!key) return { blocker: 'the target has no single-field key to reference' };
  if (fkTypeMatch(ctx.dbType(key), ctx.dbType(field)) === 'incompatible') return { blocker: `its column type ${ctx.dbType(field)} cannot reference ${ctx.dbType(key)}` };
  const suffix = upperFirst(key.name);
  const relationField = field.name.slice(0, -suffix.length);
  if (!field.name.endsWith(suffix) || !relationField) return { blocker: `the relation can only reuse a scalar named <relation>${suffix}` };
  if (model.fields.some((f) => f.name === relationField)) return { blocker: `${model.name} already has a field called ${relationField}` };
  return { relationField };
}


function draft(ctx: AdvisoryContext, c: Candidate): AdvisoryDraft {
  return {
    message: `${c.model.name}.${c.field.name} refers to ${c.target.name} but is not a foreign key; the database keeps ${c.model.name} rows that point at missing ${c.target.name} rows.`,
    span: ctx.fieldSpan(c.model, c.field),
    target: { kind: 'field', model: c.model.name, field: c.field.name },
    fixLabel: 'relationField' in c.fix ? `Add relation ${c.fix.relationField} → ${c.target.name}` : undefined,
    data: { target: c.target.name },
  };
}

export const relationFkMissing: Rule = {
  id: 'relation-fk-missing',
  category: 'relations',
  severity: 'info',
  title: 'Id column without a relation',
  why: 'Without a foreign key the database allows orphan rows, runs no referential action on delete, and the join column gets no index.',
  postgresOnly: false,
  check(ctx) {
    return ctx.models.flatMap((m) => candidates(ctx, m).map((c) => draft(ctx, c)));
  },
  /**
   * The catalogue's edit: `<stem> <Target> @relation(fields: [s], references: [key], onDelete: Restrict)`
   * (`Target?` and SetNull for an optional scalar), the back-relation Prisma requires, and `@@index([s])`.
   * addRelation writes all three and names the relation when the two models are already related.
   */
  fix(schema, advisory) {
    const t = advisory.target;
    if (t.kind !== 'field') return refuse('Not a field advisory');
    const ctx = new AdvisoryContext(schema);
    const model = ctx.modelNamed(t.model);
    const c = model && candidates(ctx, model).find((x) => x.field.name === t.field);
    if (!c) return refuse(`${t.model}.${t.field} is already a foreign key or no longer names a model`);
    if ('blocker' in c.fix) return refuse(`No automatic relation for ${t.model}.${t.field}: ${c.fix.blocker}`);
    return addRelation(schema, {
      from: c.model.name,
      to: c.target.name,
      // A unique scalar can only be a one-to-one foreign key (the back-relation is then `M?`).
      kind: c.field.isUnique ? '1:1' : '1:n',
      field: c.fix.relationField,
      optional: c.field.optional,
      onDelete: c.field.optional ? 'SetNull' : 'Restrict',
    });
  },
};
