import type { Rule } from '../../types';
import { edgeLabel, maxDepth, type DeleteImpact } from '../../cascade-graph';
import type { Severity } from '../../types';

interface Options {
  /** Info from this many cascaded tables… */
  infoTables: number;
  /** …or from this cascade depth (1 = direct children only). */
  infoDepth: number;
  /** Warning from this many cascaded tables. */
  warnTables: number;
  [key: string]: number;
}

/** The first `max` names; the rest as a count (the delete-impact view shows them all). */
function capped(names: readonly string[], max: number): string {
  return names.length > max ? `${names.slice(0, max).join(', ')} and ${names.length - max} more` : names.join(', ');
}

function severityOf(impact: DeleteImpact, options: Options): Severity | null {
  const tables = impact.cascaded.size;
  if (options.warnTables > 0 && tables >= options.warnTables) return 'warning';
  if (tables >= options.infoTables || maxDepth(impact) >= options.infoDepth) return 'info';
  return null;
}

export const cascadeBlastRadius: Rule<Options> = {
  id: 'cascade-blast-radius',
  category: 'cascade',
  severity: 'info',
  title: 'Delete that cascades into many tables',
  why: 'One delete removes rows in many tables in a single statement: long locks, WAL spikes and unintended data loss.',
  postgresOnly: true,
  // Wide cascades from a tenant or user root are usually the intended erase-everything design: advice
  // unless a team sets warnTables (0 = never a warning).
  options: { infoTables: 3, infoDepth: 3, warnTables: 0 },
  check(ctx, options) {
    const graph = ctx.cascade;
    const reported = new Map<string, Severity>();
    for (const model of ctx.models) {
      const severity = severityOf(graph.deleteImpact(model.name), options);
      if (severity) reported.set(model.name, severity);
    }
    return ctx.models.flatMap((model) => {
      const severity = reported.get(model.name);
      if (!severity) return [];
      const impact = graph.deleteImpact(model.name);
      // A model that another reported model cascades into (and not back) is part of that model's
      // report, which already lists its tables: report the top of each cascade tree once.
      const inside = graph.cascadeAncestors(model.name).some((a) => reported.has(a) && !impact.cascaded.has(a));
      if (inside) return [];
      const tables = [...impact.cascaded.keys()];
      // S(P): columns set to NULL in rows the delete keeps.
      const nulls = impact.setNull.filter((e) => e.onDelete === 'SetNull').map(edgeLabel);
      return [
        {
          message:
            `Deleting one ${model.name} row cascades into ${tables.length} ${tables.length === 1 ? 'table' : 'tables'} (max depth ${maxDepth(impact)}): ${capped(tables, 10)}` +
            (nulls.length ? `; it also sets ${capped(nulls, 4)} to NULL.` : '.'),
          severity,
          span: ctx.modelSpan(model),
          target: { kind: 'model' as const, model: model.name },
        },
      ];
    });
  },
};
