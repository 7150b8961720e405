import { setReferentialActions } from '../../../ops/set-referential-actions';
import { refuse } from '../../../ops/shared';
import type { ModelInfo } from '../../../schema/model';
import type { Rule } from '../../types';
import { aModel, orList, relationOf } from './shared';

interface Options {
  /** Regular expressions (case-insensitive, whole word) for the head noun of a history table's name or @@map. */
  patterns: string[];
  [key: string]: string[];
}

const DEFAULT_PATTERNS = ['audits?', 'logs?', 'changelogs?', 'histor(y|ies)', 'events?', 'ledgers?', 'journals?', 'payments?', 'invoices?', 'transactions?', 'receipts?'];

/** Words that name a part of a record: `InvoiceLine`, `LogEntry` and `TransactionItem` are history too. */
const PART_WORDS = /^(?:entry|entries|item|items|line|lines|record|records|row|rows)$/i;

/** `AuditLog` → [Audit, Log]; `audit_logs` → [audit, logs]; `HTTPLog` → [HTTP, Log]. */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

/**
 * The noun a name is about: its last word, or the one before a part word. Matching only the head keeps
 * `PaymentMethod`, `EventType` and `LogLevel` (configuration, not history) out.
 */
function headNoun(name: string): string | null {
  const w = words(name);
  if (w.length > 1 && PART_WORDS.test(w[w.length - 1])) return w[w.length - 2];
  return w[w.length - 1] ?? null;
}

/** Why the model holds records that must outlive their parents, or null. */
function historyReason(model: ModelInfo, patterns: readonly RegExp[]): string | null {
  if (/(^|\s)@immutable\b/.test(model.docs)) return 'marked /// @immutable';
  for (const name of [model.name, model.dbName]) {
    const head = name && headNoun(name);
    if (head && patterns.some((p) => p.test(head))) return 'a history table';
  }
  return null;
}

/**
 * Records that must outlive their parents beyond doubt: documented `/// @immutable`, an audit log or
 * trail, a ledger or journal, or financial records. Logs, events and histories of one parent (a run's
 * log lines, a rule's versions) usually belong to it, and a tenant's records go with the tenant: those
 * cascades are advice.
 */
const IMMUTABLE_HEADS = /^(ledgers?|journals?|payments?|invoices?|transactions?|receipts?)$/i;
const TENANT = /^(organi[sz]ations?|orgs?|workspaces?|teams?|tenants?|compan(y|ies))$/i;

function certainlyImmutable(model: ModelInfo): boolean {
  if (/(^|\s)@immutable\b/.test(model.docs)) return true;
  return [model.name, model.dbName].some((name) => {
    if (!name) return false;
    const w = words(name).map((x) => x.toLowerCase());
    const head = headNoun(name) ?? '';
    return (w.includes('audit') && /^(logs?|events?|trails?|entr(y|ies))$/i.test(head)) || IMMUTABLE_HEADS.test(head);
  });
}

function compile(patterns: readonly string[]): RegExp[] {
  return patterns.flatMap((p) => {
    try {
      return [new RegExp(`^(?:${p})$`, 'i')];
    } catch {
      return [];
    }
  });
}

export const cascadeIntoHistoryTable: Rule<Options> = {
  id: 'cascade-into-history-table',
  category: 'cascade',
  severity: 'warning',
  title: 'Cascade into a history table',
  why: 'Deleting a parent erases records that must stay: audit, history or financial rows.',
  postgresOnly: true,
  options: { patterns: DEFAULT_PATTERNS },
  check(ctx, options) {
    const patterns = compile(options.patterns);
    const graph = ctx.cascade;
    return ctx.foreignKeys.flatMap((relation) => {
      if (relation.onDelete.action !== 'Cascade' || relation.self) return [];
      const history = ctx.modelNamed(relation.from.model);
      const reason = history && historyReason(history, patterns);
      if (!reason) return [];
      const parent = relation.to.model;
      const ancestors = graph.cascadeAncestors(parent).filter((a) => a !== history.name && !a.startsWith('_'));
      const shown = [parent, ...ancestors.slice(0, 3)].map(aModel);
      const more = ancestors.length > 3 ? [`${ancestors.length - 3} more`] : [];
      return [
        {
          message: `${relation.from.model}.${relation.from.field}: onDelete Cascade into ${history.name} (${reason}); deleting ${orList([...shown, ...more])} erases ${history.name} rows.`,
          span: ctx.relationSpan(relation),
          target: ctx.relationTarget(relation),
          ...(certainlyImmutable(history) && !TENANT.test(parent) ? {} : { severity: 'info' as const }),
          fixLabel: 'Set onDelete: Restrict',
        },
      ];
    });
  },
  fix(schema, advisory) {
    const found = relationOf(schema, advisory);
    if ('refused' in found) return found.refused;
    const { relation } = found;
    if (relation.onDelete.action !== 'Cascade') return refuse('The relation no longer cascades');
    return setReferentialActions(schema, { model: relation.from.model, field: relation.from.field, onDelete: 'Restrict' });
  },
};
