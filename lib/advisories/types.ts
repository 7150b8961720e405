import type { ParsedSchema } from '../schema/document';
import type { SchemaModel } from '../schema/model';
import type { OpResult } from '../ops/shared';
import type { AdvisoryContext } from './context';

/**
 * Advisories: what Prisma accepts but a PostgreSQL schema should not ship with. Each rule is one file
 * under rules/<category>/ with its own test; `schema-canvas rules` lists them with their why.
 */

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export type Category = 'relations' | 'indexes' | 'cascade' | 'integrity' | 'types' | 'naming' | 'extensions' | 'migration-safety';
/** `migration-safety` compares the schema with the migration baseline (lib/advisories/migration). */
export const CATEGORIES: readonly Category[] = ['relations', 'indexes', 'cascade', 'integrity', 'types', 'naming', 'extensions', 'migration-safety'];

/**
 * Which rules run: `default` runs the rules that find real defects; `strict` adds the policy and style
 * rules (those marked `profile: 'strict'`).
 */
export type Profile = 'default' | 'strict';
export const PROFILES: readonly Profile[] = ['default', 'strict'];

/** What an advisory points at on the diagram. */
export type AdvisoryTarget =
  | { kind: 'model'; model: string }
  | { kind: 'field'; model: string; field: string }
  /** `relation` is a RelationInfo id (`Post.author`); `model`/`field` name the FK side. */
  | { kind: 'relation'; relation: string; model: string; field: string };

/** A place in the text: `[start, end)` in UTF-16 code units of one file. */
export interface TextSpan {
  path: string;
  start: number;
  end: number;
}

/** What a rule's check reports; the runner adds the rule's id, category and configured severity. */
export interface AdvisoryDraft {
  message: string;
  span: TextSpan;
  target: AdvisoryTarget;
  /** When the catalogue gives this case a different severity than the rule's default. */
  severity?: Severity;
  /** The fix's button text for this case, e.g. "Add @@index([authorId])"; absent when there is no fix. */
  fixLabel?: string;
  /** Whatever the fix needs to redo its work without re-deriving it (field names, index positions). */
  data?: Record<string, unknown>;
}

export interface Advisory extends AdvisoryDraft {
  rule: string;
  category: Category;
  severity: Severity;
  /** Stable within one run: `rule@path:start`. */
  key: string;
  /** Prisma's own message for the same span, when this advisory escalates one of Prisma's warnings. */
  prismaMessage?: string;
}

/** A rule option with its default; the project config may override it. */
export type RuleOptions = Record<string, number | string | boolean | string[]>;

export interface Rule<O extends RuleOptions = RuleOptions> {
  id: string;
  category: Category;
  /** Default severity; drafts may override it case by case, the config overrides both. */
  severity: Severity;
  /** One line for the rule list: what it finds. */
  title: string;
  /** One sentence: why it matters (shown with every advisory). */
  why: string;
  /** Rules about PostgreSQL behaviour stay quiet for other providers. */
  postgresOnly: boolean;
  /**
   * `strict`: a policy or style rule (naming, timestamps, id strategy…), off unless the project opts in
   * with `"profile": "strict"`, its category switch or its own setting. Absent: on by default.
   */
  profile?: Profile;
  options?: O;
  /**
   * Rules whose finding on the same target this rule's finding replaces, so one index or relation is
   * not reported twice (`index-fk-missing` over `index-fk-with-sort-key` on one foreign key).
   */
  supersedes?: readonly string[];
  /** Prisma warnings this rule replaces (same span): matched against Prisma's message. */
  escalates?: RegExp;
  check(ctx: AdvisoryContext, options: O): AdvisoryDraft[];
  /** Text patches through the canvas op path; refuses when the advisory no longer applies. */
  fix?(schema: ParsedSchema, advisory: Advisory, options: O): OpResult;
}

export type { ParsedSchema, SchemaModel };
