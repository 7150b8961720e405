'use client';

import { migrationPlans } from '@/lib/advisories/migration';
import type { MigrationAdvisory } from '@/lib/advisories/migration/types';
import type { CompareMigration as Migration } from '@/lib/review/compare';

const SEVERITY_BOX = { error: 'border-red-300 bg-red-50', warning: 'border-amber-300 bg-amber-50', info: 'border-sky-200 bg-sky-50' } as const;

/** What existing rows go through (the export dialog's safety rules), read-only: the safer plans as text. */
function Safety({ advisories }: { advisories: MigrationAdvisory[] }) {
  if (!advisories.length) return null;
  return (
    <section className="mt-2" aria-label="Migration safety">
      <h4 className="text-xs font-medium">What this does to existing rows</h4>
      <ul className="mt-1 space-y-1">
        {advisories.map((a) => (
          <li key={a.key} className={`rounded border p-1.5 text-xs ${SEVERITY_BOX[a.severity as keyof typeof SEVERITY_BOX] ?? SEVERITY_BOX.info}`} data-rule={a.rule}>
            <span className="font-semibold uppercase">{a.severity}</span> {a.message}
            {migrationPlans(a).map((plan) => (
              <details key={plan.title} className="mt-0.5">
                <summary className="cursor-pointer">Safer: {plan.title}</summary>
                <ol className="ml-5 list-decimal">
                  {plan.steps.map((step) => (
                    <li key={step.title}>
                      <strong>{step.title}.</strong> {step.detail}
                    </li>
                  ))}
                </ol>
              </details>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The migration from `From` to `To`, as Prisma's schema engine writes it, with its safety findings. */
export function CompareMigration({ migration }: { migration: Migration | null }) {
  return (
    <section className="flex h-full flex-col overflow-auto p-2 text-sm" aria-label="Migration between the versions">
      <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-600">Migration SQL</h3>
      {!migration && <p role="status">Computing the migration with Prisma’s schema engine…</p>}
      {migration?.status === 'error' && (
        <p role="alert" className="whitespace-pre-wrap rounded border border-red-200 bg-red-50 p-2 text-xs text-red-900">
          {migration.message}
        </p>
      )}
      {migration?.status === 'done' && !migration.changed && <p role="status">No changes: both versions give the same database.</p>}
      {migration?.status === 'done' && migration.changed && (
        <>
          <pre className="mt-1 min-h-0 flex-1 overflow-auto rounded border border-slate-200 bg-slate-50 p-2 font-mono text-[11px]" aria-label="Migration SQL" tabIndex={0} data-testid="compare-migration-sql">
            {migration.sql}
          </pre>
          <p className="mt-1 text-[11px] text-slate-500">Computed by Prisma’s schema engine ({migration.engine}).</p>
        </>
      )}
      {migration && <Safety advisories={migration.safety} />}
    </section>
  );
}
