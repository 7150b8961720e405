import type { ParsedSchema } from '../../schema/document';
import { addEnumValue } from '../../ops/add-enum-value';
import { addField } from '../../ops/add-field';
import { addRelation } from '../../ops/add-relation';
import { changeFieldType } from '../../ops/change-field-type';
import { composeOps } from '../../ops/compose';
import { pasteModels } from '../../ops/paste-models';
import { renameModel } from '../../ops/rename-model';
import { refuse, type OpResult } from '../../ops/shared';
import { setDefault } from '../../ops/set-default';
import { setMapName } from '../../ops/set-map-name';
import { setNativeType } from '../../ops/set-native-type';
import { setSchema } from '../../ops/set-schema';
import { toggleIgnore } from '../../ops/toggle-ignore';
import { toggleOptional } from '../../ops/toggle-optional';

/**
 * The safe multi-step alternatives of the catalogue (expand → backfill → contract, add with a default,
 * NOT VALID then VALIDATE…) as plain data the export dialog can show and act on. Everything here is
 * structured-clone safe, so plans travel from the advisories worker unchanged.
 */

/** The canvas ops a plan step may call, by their export name in lib/ops. */
const OPS = { addField, addRelation, toggleOptional, setDefault, setMapName, setSchema, renameModel, toggleIgnore, changeFieldType, setNativeType, pasteModels, addEnumValue } as const;

export type PlanOpName = keyof typeof OPS;

/** One canvas op call: the op's name in lib/ops and its arguments. */
export type OpCall = { [K in PlanOpName]: { op: K; args: Parameters<(typeof OPS)[K]>[1] } }[PlanOpName];

export interface PlanStep {
  title: string;
  /** What the step does and why, in plain words. */
  detail: string;
  /**
   * The schema this step deploys, as op calls applied in order to the CURRENT schema (`[]`: the current
   * schema as it is). Absent for steps that change data, not the schema (a backfill, a wait).
   */
  schema?: OpCall[];
  /** SQL to run in this step, or to hand-edit into the generated migration; `<…>` marks what to fill in. */
  sql?: string[];
}

export interface MigrationPlan {
  title: string;
  /** When to prefer this plan over the others. */
  when?: string;
  steps: PlanStep[];
}

/** Applies a step's op calls to the current schema as one change (composeOps), or says why it cannot. */
export function applyOpCalls(current: ParsedSchema, calls: readonly OpCall[]): OpResult {
  if (!calls.length) return refuse('Nothing to change: this step deploys the current schema');
  return composeOps(
    current,
    calls.map((call) => (s: ParsedSchema) => {
      const op = OPS[call.op] as (schema: ParsedSchema, args: unknown) => OpResult;
      return op ? op(s, call.args) : refuse(`Unknown op ${call.op}`);
    }),
  );
}

/** The usual "generate the migration without applying it, then edit it" step. */
export function handEditStep(title: string, detail: string, sql: string[]): PlanStep {
  return {
    title,
    detail: `${detail} Generate the migration with \`prisma migrate dev --create-only\`, replace the statement in migration.sql, then apply it.`,
    sql,
  };
}
