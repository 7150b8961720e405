'use client';

import dynamic from 'next/dynamic';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { baselineFilesOf, compareChoices, compareMigration, defaultPair, loadCompareSide, type CompareMigration as Migration, type CompareSide } from '@/lib/review/compare';
import type { VersionRecord } from '@/lib/review/client';
import { changesAndNeighbours, unionDiagram } from '@/lib/review/union-diagram';
import { parseSchema } from '@/lib/schema/document';
import { useSession, useView } from '../designer/context';
import { CompareChanges } from './CompareChanges';
import { CompareDiagram } from './CompareDiagram';
import { CompareMigration } from './CompareMigration';
import { useReview } from './hooks';

// Monaco touches `window` when imported: the diff editor is loaded in the browser only.
const CompareTextDiff = dynamic(() => import('./CompareTextDiff'), { ssr: false, loading: () => <p className="p-2 text-xs">Loading the text diff…</p> });

type Sides = { from: CompareSide; to: CompareSide } | { error: string } | null;

/** "Compare versions": a full-pane, read-only view over the designer. */
export function CompareView() {
  const open = useView((s) => s.compare);
  return open ? <CompareScreen /> : null;
}

function CompareScreen() {
  const session = useSession();
  const connection = useReview((s) => s.connection);
  const versions = useReview((s) => s.versions);
  const hasBaseline = !!baselineFilesOf(session);
  const [listed, setListed] = useState(!connection);
  const [pair, setPair] = useState<{ from: string; to: string } | null>(null);
  const [sides, setSides] = useState<Sides>(null);
  const [onlyChanges, setOnlyChanges] = useState(false);
  const [target, setTarget] = useState<{ id: string; n: number } | null>(null);
  const [file, setFile] = useState<string | null>(null);
  const [migration, setMigration] = useState<Migration | null>(null);
  const cache = useRef(new Map<string, VersionRecord>());
  const root = useRef<HTMLDivElement>(null);
  const titleId = useId();

  // Where focus returns when the view closes; the view takes it while open.
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    root.current?.focus();
    return () => before?.focus();
  }, []);

  useEffect(() => {
    if (!connection) return;
    session.review
      .refreshVersions()
      .catch(() => undefined)
      .finally(() => setListed(true));
  }, [session, connection]);

  useEffect(() => {
    if (listed && !pair) setPair(defaultPair(versions, hasBaseline));
  }, [listed, pair, versions, hasBaseline]);

  useEffect(() => {
    if (!pair) return;
    let cancelled = false;
    setSides(null);
    setMigration(null);
    Promise.all([loadCompareSide(session, pair.from, cache.current), loadCompareSide(session, pair.to, cache.current)])
      .then(([from, to]) => !cancelled && setSides({ from, to }))
      .catch((e: Error) => !cancelled && setSides({ error: e.message }));
    return () => {
      cancelled = true;
    };
  }, [session, pair]);

  const loaded = sides && 'from' in sides ? sides : null;
  useEffect(() => {
    if (!loaded) return;
    let cancelled = false;
    void compareMigration(session, loaded.from.files, loaded.to.files).then((m) => !cancelled && setMigration(m));
    return () => {
      cancelled = true;
    };
  }, [session, loaded]);

  const union = useMemo(() => {
    if (!loaded) return null;
    const before = parseSchema(loaded.from.files).model;
    const after = parseSchema(loaded.to.files).model;
    return unionDiagram({ before, after, beforeLayout: loaded.from.layout, afterLayout: loaded.to.layout });
  }, [loaded]);
  const shown = useMemo(() => (union && onlyChanges ? changesAndNeighbours(union) : union), [union, onlyChanges]);

  const paths = loaded ? [...new Set([...loaded.to.files.map((f) => f.path), ...loaded.from.files.map((f) => f.path)])] : [];
  const path = file && paths.includes(file) ? file : (paths[0] ?? '');
  const textOf = (side: CompareSide) => side.files.find((f) => f.path === path)?.text ?? '';

  const close = () => session.view.setState({ compare: false });
  const choices = compareChoices(versions, hasBaseline);
  const select = (side: 'from' | 'to', id: string) => setPair((p) => (p ? { ...p, [side]: id } : p));

  return (
    <div
      ref={root}
      role="region"
      aria-labelledby={titleId}
      tabIndex={-1}
      data-modal-view="compare"
      className="fixed inset-0 z-40 flex flex-col bg-white text-sm outline-none"
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || e.defaultPrevented) return;
        e.preventDefault();
        close();
      }}
    >
      <header className="flex flex-wrap items-center gap-3 border-b border-slate-200 px-3 py-2">
        <h2 id={titleId} className="text-base font-semibold">
          Compare versions
        </h2>
        <SideSelect label="From" value={pair?.from ?? ''} disabled={!pair} options={choices.from} onChange={(id) => select('from', id)} />
        <SideSelect label="To" value={pair?.to ?? ''} disabled={!pair} options={choices.to} onChange={(id) => select('to', id)} />
        <label className="flex items-center gap-1">
          <input type="checkbox" checked={onlyChanges} onChange={(e) => setOnlyChanges(e.currentTarget.checked)} />
          Changes and neighbours only
        </label>
        <button type="button" className="ml-auto rounded border border-slate-300 px-3 py-1 hover:bg-slate-100" onClick={close}>
          Close compare
        </button>
      </header>
      {!connection && (
        <p role="note" className="border-b border-sky-200 bg-sky-50 px-3 py-1 text-xs text-sky-950">
          This document is not shared, so it has no saved versions: you can compare the schema as opened with the current one. Use “Share link” to save versions.
        </p>
      )}
      {listed && !pair && <p role="alert" className="p-3">There is nothing to compare yet: save a version first.</p>}
      {sides && 'error' in sides && (
        <p role="alert" className="m-3 rounded border border-red-200 bg-red-50 p-2 text-red-900">
          {sides.error}
        </p>
      )}
      {pair && !sides && <p role="status" className="p-3">Loading the versions…</p>}
      {loaded && shown && union && (
        <div className="flex min-h-0 flex-1 flex-col">
          <div className="flex min-h-0 flex-1">
            <aside className="w-72 shrink-0 border-r border-slate-200">
              <CompareChanges diff={union.diff} onShow={(id) => setTarget((t) => ({ id, n: (t?.n ?? 0) + 1 }))} />
            </aside>
            <div className="min-w-0 flex-1">
              <CompareDiagram union={shown} target={target} />
            </div>
          </div>
          <div className="flex h-[38%] min-h-40 border-t border-slate-200">
            <section className="flex min-w-0 flex-1 flex-col" aria-label="Text diff">
              <div className="flex items-center gap-2 px-2 py-1 text-xs">
                <h3 className="font-semibold uppercase tracking-wide text-slate-600">
                  Text: {loaded.from.label} → {loaded.to.label}
                </h3>
                {paths.length > 1 && (
                  <label className="flex items-center gap-1">
                    File
                    <select aria-label="File" className="rounded border border-slate-300 px-1" value={path} onChange={(e) => setFile(e.currentTarget.value)}>
                      {paths.map((p) => (
                        <option key={p}>{p}</option>
                      ))}
                    </select>
                  </label>
                )}
              </div>
              <div className="min-h-0 flex-1">
                <CompareTextDiff before={textOf(loaded.from)} after={textOf(loaded.to)} path={path} />
              </div>
            </section>
            <div className="w-[420px] shrink-0 border-l border-slate-200">
              <CompareMigration migration={migration} />
            </div>
          </div>
        </div>
      )}
    </div>
  );
}

/** One side of the comparison: a select named by its label alone (an option's text must not join the name). */
function SideSelect({ label, value, disabled, options, onChange }: { label: string; value: string; disabled: boolean; options: ReadonlyArray<{ id: string; label: string }>; onChange: (id: string) => void }) {
  return (
    <label className="flex items-center gap-1">
      {label}
      <select aria-label={label} className="rounded border border-slate-300 px-1 py-0.5" value={value} disabled={disabled} onChange={(e) => onChange(e.currentTarget.value)}>
        {options.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}
