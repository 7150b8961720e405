'use client';

import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { migrationPlans, runMigrationSafety, type OpCall } from '@/lib/advisories/migration';
import type { MigrationAdvisory } from '@/lib/advisories/migration/types';
import { describeBaseline } from '@/lib/export/baseline';
import { baselineFiles, baselineSource, dropsData, extensionOffer } from '@/lib/export/migration-request';
import { migrationEngineLabel, planMigrationExport, type ExportPlan } from '@/lib/export/migration-plan';
import type { DiffSource } from '@/lib/migrate/engine';
import type { MigrationEngineVersion } from '@/lib/migrate/engine-versions';
import type { PrismaDiagnostic } from '@/lib/prisma/engine';
import { migrationSlug } from '@/lib/export/project-zip';
import type { VerifyResult } from '@/lib/export/verify';
import { formatSqlError } from '@/lib/migrate/database';
import { parseSchema } from '@/lib/schema/document';
import { applyPlanStep } from '@/lib/session/plan-step';
import { useDesigner, useSession, useView } from '../designer/context';
import { downloadProjectZip } from './project-download';

type Upgrade = Extract<ExportPlan, { kind: 'upgrade' }>;
type Diff =
  | { status: 'running' }
  | { status: 'done'; sql: string; summary: string; down: string; changed: boolean; ms: number; pending: boolean; engine: string; notes: string[] }
  | { status: 'upgrade'; plan: Upgrade }
  | { status: 'error'; message: string };
/** The baseline and engine the last plan chose (verification runs with the same). */
type Planned = { baseline: DiffSource; version: MigrationEngineVersion };

/** "Export migration": baseline → current as Prisma's engine writes it, its safety, verification on PGlite, and the zip. */
export function ExportMigrationDialog() {
  const session = useSession();
  const open = useView((s) => s.exportMigration);
  const baseline = useDesigner((s) => s.migrationBaseline);
  const files = useDesigner((s) => s.files);
  const parsed = useDesigner((s) => s.parsed);
  const prismaVersion = useDesigner((s) => s.prismaVersion);
  const [upgradeInMemory, setUpgradeInMemory] = useState(false);
  /** CREATE EXTENSION lines in migration.sql: the user's choice, or null for the default. */
  const [includeExtensions, setIncludeExtensions] = useState<boolean | null>(null);
  const planned = useRef<Planned | null>(null);
  const [name, setName] = useState('migration');
  const [includeDown, setIncludeDown] = useState(true);
  const [confirmed, setConfirmed] = useState(false);
  const [diff, setDiff] = useState<Diff>({ status: 'running' });
  const [verify, setVerify] = useState<{ status: 'running' } | { status: 'done'; result: VerifyResult } | { status: 'error'; message: string } | null>(null);
  const titleId = useId();
  const nameRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    setDiff({ status: 'running' });
    setVerify(null);
    setConfirmed(false);
    const from = baselineSource(baseline);
    const started = performance.now();
    // The SQL shows as soon as the engine has it; the step summary and down.sql follow.
    const engine = session.engine;
    if (!engine) return setDiff({ status: 'error', message: 'The schema engine is not available here' });
    const lint = (version: typeof prismaVersion, f: readonly { path: string; text: string }[]) => session.prisma.request<PrismaDiagnostic[]>({ type: 'lint', version, files: [...f] });
    // The engine of the document's Prisma version; without Prisma's validator, Prisma 7's engine.
    const planning = planMigrationExport(from, files, prismaVersion, lint, { upgradeInMemory }).catch(
      (): ExportPlan => ({ kind: 'export', version: '7', label: migrationEngineLabel('7'), sources: [from, { kind: 'schema', files }], notes: [] }),
    );
    planning
      .then(async (plan) => {
        if (cancelled) return;
        if (plan.kind === 'refused') return setDiff({ status: 'error', message: plan.message });
        if (plan.kind === 'upgrade') return setDiff({ status: 'upgrade', plan });
        const [base, to] = plan.sources;
        const prismaVersion = plan.version;
        planned.current = { baseline: base, version: prismaVersion };
        const sqlRequest = engine.request({ type: 'diff', from: base, to, prismaVersion });
        const summaryRequest = engine.request({ type: 'diff', from: base, to, script: false, prismaVersion });
        const downRequest = engine.request({ type: 'diff', from: to, to: base, prismaVersion });
        const sql = await sqlRequest;
        if (cancelled) return;
        if (!sql.ok) return setDiff({ status: 'error', message: sql.message });
        const ms = performance.now() - started;
        const shown = { engine: plan.label, notes: plan.notes };
        setDiff({ status: 'done', sql: sql.output, summary: '', down: '', changed: sql.changed, ms, pending: true, ...shown });
        const [summary, down] = await Promise.all([summaryRequest, downRequest]);
        if (cancelled) return;
        const downSql = down.ok ? down.output : '';
        setDiff({ status: 'done', sql: sql.output, summary: summary.ok ? summary.output : '', down: downSql, changed: sql.changed, ms, pending: false, ...shown });
        // "Verify migration" from the palette: verify as soon as the SQL is there.
        const offer = extensionOffer(files, sql.output, baseline, null);
        if (open === 'verify' && sql.changed) void runVerifyFor(offer.sql, down.ok ? offer.down(downSql) : null);
      })
      .catch((e: Error) => !cancelled && setDiff({ status: 'error', message: e.message }));
    requestAnimationFrame(() => nameRef.current?.focus());
    return () => {
      cancelled = true;
    };
  }, [open, baseline, files, session, prismaVersion, upgradeInMemory]);

  async function runVerifyFor(migrationSql: string, downSql: string | null) {
    setVerify({ status: 'running' });
    try {
      if (!session.engine) throw new Error('The schema engine is not available here');
      const plan = planned.current;
      const result = await session.engine.request({ type: 'verify', baseline: plan?.baseline ?? baselineSource(baseline), migrationSql, downSql, prismaVersion: plan?.version });
      setVerify({ status: 'done', result });
    } catch (e) {
      setVerify({ status: 'error', message: (e as Error).message });
    }
  }

  const safety = useMemo<MigrationAdvisory[]>(() => {
    const base = open ? baselineFiles(baseline) : null;
    if (!base) return [];
    try {
      return runMigrationSafety(parseSchema(base), parsed);
    } catch {
      return [];
    }
  }, [open, baseline, parsed]);

  if (!open) return null;
  const close = () => {
    setUpgradeInMemory(false);
    setIncludeExtensions(null);
    session.view.setState({ exportMigration: false });
  };
  const done = diff.status === 'done' ? diff : null;
  const extensions = done ? extensionOffer(files, done.sql, baseline, includeExtensions) : null;
  const migrationSql = extensions?.sql ?? '';
  const destructive = !!done && (dropsData(done.sql) || safety.some((a) => a.severity === 'error'));
  const slug = migrationSlug(name);
  const canDownload = !!done && done.changed && !done.pending && !!slug && (!destructive || confirmed);

  const downSql = done && extensions ? extensions.down(done.down) : '';
  const runVerify = () => done && runVerifyFor(migrationSql, includeDown ? downSql : null);

  return (
    <div className="fixed inset-0 z-50 flex items-start justify-center bg-slate-900/20 pt-10" onMouseDown={(e) => e.target === e.currentTarget && close()}>
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className="max-h-[88vh] w-[860px] overflow-auto rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-xl"
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            close();
          }
        }}
      >
        <h2 id={titleId} className="mb-3 text-base font-semibold">
          Export migration
        </h2>
        <div className="flex flex-wrap items-end gap-3">
          <label className="flex flex-col gap-1">
            Name
            <input ref={nameRef} className="w-64 rounded border border-slate-300 px-2 py-1" value={name} onChange={(e) => setName(e.currentTarget.value)} aria-invalid={!slug} />
          </label>
          <p className="text-xs text-slate-600">
            Baseline: {describeBaseline(baseline)}{' '}
            <button type="button" className="underline" onClick={() => void session.run('set-baseline')}>
              Change…
            </button>
          </p>
          <label className="flex items-center gap-1 text-xs">
            <input type="checkbox" checked={includeDown} onChange={(e) => setIncludeDown(e.currentTarget.checked)} />
            Include down.sql (rollback)
          </label>
        </div>
        {!slug && <p className="mt-1 text-xs text-red-700">Give the migration a name with letters or digits.</p>}

        <section className="mt-3" aria-label="Migration SQL">
          {diff.status === 'running' && <p role="status">Computing the migration with Prisma’s schema engine…</p>}
          {diff.status === 'upgrade' && (
            <UpgradeOffer
              plan={diff.plan}
              onApply={() => {
                if (diff.plan.documentEdits.length) session.applyEdits(diff.plan.documentEdits, 'Apply the Prisma 6 upgrade fixes');
                else setUpgradeInMemory(true);
              }}
            />
          )}
          {diff.status === 'error' && (
            <p role="alert" className="whitespace-pre-wrap rounded border border-red-200 bg-red-50 p-2 text-red-900">
              {diff.message}
            </p>
          )}
          {done && !done.changed && (
            <>
              <p role="status">No changes: the schema matches the baseline.</p>
              {baseline.kind !== 'empty' && <p className="text-xs text-slate-600">For a first migration that creates every table, change the baseline to an empty database.</p>}
            </>
          )}
          {done && done.changed && (
            <>
              <h3 className="font-medium">Steps</h3>
              <pre className="max-h-32 overflow-auto whitespace-pre-wrap rounded bg-slate-50 p-2 text-xs" data-testid="migration-summary">
                {done.pending ? 'Listing the steps…' : done.summary.trim()}
              </pre>
              {extensions && extensions.statements.length > 0 && (
                <div className="mt-2 rounded border border-sky-200 bg-sky-50 p-2 text-xs" data-testid="migration-extensions">
                  <p>The schema needs PostgreSQL extensions that this migration does not create:</p>
                  <pre className="my-1 whitespace-pre-wrap font-mono">{extensions.statements.join('\n')}</pre>
                  <label className="flex items-center gap-1">
                    <input type="checkbox" checked={extensions.included} onChange={(e) => setIncludeExtensions(e.currentTarget.checked)} />
                    Include CREATE EXTENSION IF NOT EXISTS … at the top of migration.sql
                  </label>
                </div>
              )}
              <h3 className="mt-2 font-medium">migration.sql</h3>
              <pre className="max-h-64 overflow-auto rounded border border-slate-200 bg-slate-50 p-2 font-mono text-xs" aria-label="migration.sql" tabIndex={0} data-testid="migration-sql">
                {migrationSql}
              </pre>
              {includeDown && (
                <details className="mt-1">
                  <summary className="cursor-pointer text-xs">down.sql</summary>
                  <pre className="max-h-48 overflow-auto rounded border border-slate-200 bg-slate-50 p-2 font-mono text-xs" aria-label="down.sql" tabIndex={0}>
                    {downSql}
                  </pre>
                </details>
              )}
              <p className="mt-1 text-xs text-slate-500" data-testid="migration-engine">
                Computed by Prisma’s schema engine ({done.engine}) in {Math.round(done.ms)} ms; the files hold these bytes exactly.
              </p>
              {done.notes.map((n) => (
                <p key={n} className="mt-1 whitespace-pre-wrap text-xs text-slate-600">
                  {n}
                </p>
              ))}
            </>
          )}
        </section>

        {safety.length > 0 && <SafetyList advisories={safety} onStep={(calls, title) => void applyPlanStep(session, calls, title)} />}

        {destructive && (
          <label className="mt-3 flex items-start gap-2 rounded border border-red-300 bg-red-50 p-2 text-red-900">
            <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.currentTarget.checked)} />
            <span>I understand this migration drops or rewrites data that existing rows hold.</span>
          </label>
        )}

        {verify && <VerifyReport verify={verify} />}

        <div className="mt-4 flex justify-end gap-2">
          <button type="button" className="rounded border border-slate-300 px-3 py-1 hover:bg-slate-100" onClick={close}>
            Close
          </button>
          <button type="button" className="rounded border border-slate-300 px-3 py-1 hover:bg-slate-100 disabled:opacity-50" disabled={!done?.changed || done.pending || verify?.status === 'running'} onClick={() => void runVerify()}>
            Verify migration
          </button>
          <button
            type="button"
            className="rounded bg-blue-600 px-3 py-1 text-white hover:bg-blue-700 disabled:opacity-50"
            disabled={!canDownload}
            onClick={() => done && slug && void downloadProjectZip(session, { name: slug, sql: migrationSql, down: includeDown ? downSql : null })}
          >
            Download zip
          </button>
        </div>
      </div>
    </div>
  );
}

function UpgradeOffer({ plan, onApply }: { plan: Upgrade; onApply(): void }) {
  return (
    <div role="alert" className="rounded border border-amber-300 bg-amber-50 p-2 text-amber-950" data-testid="migration-upgrade">
      <p className="whitespace-pre-wrap">{plan.message}</p>
      <button type="button" className="mt-2 rounded border border-amber-400 bg-white px-2 py-0.5 text-xs hover:bg-amber-100" onClick={onApply}>
        {plan.documentEdits.length ? `Apply the upgrade fix${plan.fixes.length > 1 ? 'es' : ''} and export` : 'Export with the baseline’s fixes applied in memory'}
      </button>
    </div>
  );
}

function SafetyList({ advisories, onStep }: { advisories: MigrationAdvisory[]; onStep(calls: OpCall[], title: string): void }) {
  return (
    <section className="mt-3" aria-label="Migration safety">
      <h3 className="font-medium">What this does to existing rows</h3>
      <ul className="mt-1 space-y-1">
        {advisories.map((a) => (
          <li key={a.key} className={`rounded border p-2 text-xs ${a.severity === 'error' ? 'border-red-300 bg-red-50' : a.severity === 'warning' ? 'border-amber-300 bg-amber-50' : 'border-sky-200 bg-sky-50'}`} data-rule={a.rule}>
            <p>
              <span className="font-semibold uppercase">{a.severity}</span> {a.message} <span className="font-mono text-slate-500">{a.rule}</span>
            </p>
            {migrationPlans(a).map((plan) => (
              <details key={plan.title} className="mt-1">
                <summary className="cursor-pointer">Safer: {plan.title}</summary>
                <ol className="ml-5 list-decimal">
                  {plan.steps.map((step) => (
                    <li key={step.title}>
                      <strong>{step.title}.</strong> {step.detail}
                      {step.schema && step.schema.length > 0 && (
                        <button type="button" className="ml-1 rounded border border-slate-300 bg-white px-1.5 text-[11px] hover:bg-slate-100" onClick={() => onStep(step.schema!, step.title)}>
                          Make the schema this step’s
                        </button>
                      )}
                      {step.sql?.map((line) => (
                        <pre key={line} className="mt-0.5 whitespace-pre-wrap font-mono">
                          {line}
                        </pre>
                      ))}
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

function VerifyReport({ verify }: { verify: { status: 'running' } | { status: 'done'; result: VerifyResult } | { status: 'error'; message: string } }) {
  if (verify.status === 'running') return <p role="status" className="mt-3">Verifying on PostgreSQL (PGlite, in this browser)… the first run starts a database, about 3 s.</p>;
  if (verify.status === 'error') return <p role="alert" className="mt-3 text-red-800">Verification could not run: {verify.message}</p>;
  const { result } = verify;
  return (
    <section className="mt-3 rounded border border-slate-200 p-2" aria-label="Verification" data-testid="verify-result">
      <p role="status" className={result.ok ? 'font-medium text-emerald-800' : 'font-medium text-red-800'}>
        {result.ok ? 'Verified: the migration applies to PostgreSQL, and down.sql restores the baseline.' : 'Verification failed.'}
      </p>
      <ul className="mt-1 space-y-0.5 text-xs">
        {result.steps.map((s) => (
          <li key={s.title}>
            {s.ok ? '✓' : '✗'} {s.title} {s.ms ? `(${Math.round(s.ms)} ms)` : ''}
            {s.error && <pre className="whitespace-pre-wrap text-red-800">{formatSqlError(s.error, s.title.replace(/^Apply /, ''))}</pre>}
            {s.detail?.map((d) => (
              <div key={d} className="text-slate-600">
                {d}
              </div>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
