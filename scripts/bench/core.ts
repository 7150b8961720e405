/**
 * Measurements of the pure core in Node: text → model, model → diagram, canvas ops → patched text,
 * Prisma's engine per keystroke (the peer-tool approach) and ELK auto layout.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { toDiagram, type DiagramGraph } from '../../lib/diagram/to-flow';
import type { LayoutEdge, LayoutGraph } from '../../lib/layout/elk-layout';
import { emptyLayout, setPositions, type LayoutDocument } from '../../lib/layout/layout-document';
import { addField, addModel, changeFieldType, deleteField, deleteModel, renameField, renameModel, toggleList, toggleOptional, type OpResult } from '../../lib/ops';
import type { PrismaVersionId } from '../../lib/prisma/versions';
import { parseSchema, reparseSchema, type ParsedSchema, type SchemaFile } from '../../lib/schema/document';
import type { SchemaModel } from '../../lib/schema/model';
import { acceptingVersion, prismaEngine } from '../../test-support/prisma';
import { applyEdits } from '../../lib/text/edits';
import { medP95, ms, section, stats, table, timeRuns, type Stats } from './stats';

export interface BenchSchema {
  name: string;
  files: SchemaFile[];
  synthetic: boolean;
}

export interface CoreResults {
  /** Worst p95 over all ops, per synthetic size. */
  opsWorstP95: Array<{ schema: string; op: string; p95: number }>;
  keystroke: Array<{ schema: string; ours: Stats; dmmf: Stats | null }>;
}

const lineCount = (files: readonly SchemaFile[]) => files.reduce((n, f) => n + f.text.split('\n').length, 0);

/**
 * A one-character edit that keeps the schema valid: a space at the start of a field line near the
 * middle of the largest file (the node of that model is redrawn, everything else is unchanged).
 */
export function keystrokeEdit(files: readonly SchemaFile[]): SchemaFile[] {
  let k = 0;
  for (let i = 1; i < files.length; i++) if (files[i].text.length > files[k].text.length) k = i;
  const text = files[k].text;
  const lines = text.split('\n');
  let at = -1;
  let inModel = false;
  let best = Infinity;
  for (let i = 0; i < lines.length; i++) {
    if (/^(model|view|type)\s+\w+\s*\{/.test(lines[i])) inModel = true;
    else if (/^\}/.test(lines[i])) inModel = false;
    else if (inModel && /^\s+[A-Za-z_]\w*\s+[A-Za-z_]/.test(lines[i]) && Math.abs(i - lines.length / 2) < best) {
      best = Math.abs(i - lines.length / 2);
      at = i;
    }
  }
  if (at < 0) at = Math.floor(lines.length / 2);
  lines[at] = ' ' + lines[at];
  return files.map((f, i) => (i === k ? { path: f.path, text: lines.join('\n') } : f));
}

function allNames(model: SchemaModel): string[] {
  return [...model.models, ...model.views, ...model.composites, ...model.enums].map((m) => m.name);
}

/** Every node placed on a grid, as after a layout (the diagram then draws every node and edge). */
function gridLayout(model: SchemaModel): LayoutDocument {
  const names = allNames(model);
  const cols = Math.ceil(Math.sqrt(names.length));
  const positions: Record<string, { x: number; y: number }> = {};
  names.forEach((n, i) => (positions[n] = { x: (i % cols) * 320, y: Math.floor(i / cols) * 480 }));
  return setPositions(emptyLayout(), positions);
}

/** The same edges the app's layout service gives ELK (components/diagram/layout-service.ts): relations and enum uses. */
function layoutEdges(model: SchemaModel): LayoutEdge[] {
  const edges: LayoutEdge[] = model.relations.map((r) => ({ id: r.id, source: r.from.model, target: r.to.model }));
  const enums = new Set(model.enums.map((e) => e.name));
  for (const m of [...model.models, ...model.views]) {
    for (const f of m.fields) if (f.kind === 'enum' && enums.has(f.type)) edges.push({ id: `${m.name}.${f.name}→${f.type}`, source: m.name, target: f.type });
  }
  return edges;
}

/** Prisma engine version the schema validates with (synthetic: 7), or null when none accepts it. */
function engineFor(s: BenchSchema): PrismaVersionId | null {
  return s.synthetic ? '7' : acceptingVersion(s.files);
}

export function describeSchemas(schemas: readonly BenchSchema[]): void {
  section('Schemas');
  table(
    ['schema', 'files', 'lines', 'KB', 'models', 'enums', 'relations'],
    schemas.map((s) => {
      const { model } = parseSchema(s.files);
      const kb = s.files.reduce((n, f) => n + f.text.length, 0) / 1024;
      return [s.name, String(s.files.length), String(lineCount(s.files)), kb.toFixed(0), String(model.models.length + model.views.length), String(model.enums.length), String(model.relations.length)];
    }),
  );
}

/** 1. text → model: full parse, and reparse after a one-character edit (a keystroke). */
export function benchTextToModel(schemas: readonly BenchSchema[]): void {
  section('1. Text → model (lib/schema/document.ts) · median / p95 ms');
  const rows = schemas.map((s) => {
    const a = s.files;
    const b = keystrokeEdit(a);
    const runs = s.synthetic ? { warmup: 2, minRuns: 8, timeBudgetMs: 1500 } : { timeBudgetMs: 150 };
    const full = stats(timeRuns(() => parseSchema(a), runs));
    let prev: ParsedSchema = parseSchema(a);
    const key = stats(
      timeRuns(
        (i) => {
          prev = reparseSchema(prev, i % 2 ? a : b);
        },
        runs,
      ),
    );
    return [s.name, String(lineCount(a)), medP95(full), medP95(key), String(key.n)];
  });
  table(['schema', 'lines', 'parseSchema (full)', 'keystroke: reparseSchema', 'runs'], rows);
}

/** 2. model → diagram: first toDiagram, then after a keystroke with the previous graph (identity reuse). */
export function benchModelToDiagram(schemas: readonly BenchSchema[]): void {
  section('2. Model → diagram (toDiagram, lib/diagram/to-flow.ts) · median / p95 ms');
  const rows = schemas.map((s) => {
    const pa = parseSchema(s.files);
    const pb = reparseSchema(pa, keystrokeEdit(s.files));
    const layout = gridLayout(pa.model);
    const runs = { timeBudgetMs: s.synthetic ? 1000 : 100 };
    const first = stats(timeRuns(() => toDiagram(pa, pa.model, layout, null), runs));
    let prev: DiagramGraph = toDiagram(pa, pa.model, layout, null);
    let reused = 0;
    let total = 0;
    const again = stats(
      timeRuns(
        (i) => {
          const p = i % 2 ? pa : pb;
          const next = toDiagram(p, p.model, layout, prev);
          const old = new Set<unknown>(prev.nodes);
          reused = next.nodes.filter((n) => old.has(n)).length;
          total = next.nodes.length;
          prev = next;
        },
        runs,
      ),
    );
    return [s.name, String(total), String(prev.edges.length), medP95(first), medP95(again), `${reused}/${total}`];
  });
  table(['schema', 'nodes', 'edges', 'first call', 'keystroke (previous graph)', 'nodes reused'], rows);
  console.log('  (timing of the keystroke column includes nothing but toDiagram; "nodes reused" = same object as before the edit)');
}

interface OpCase {
  label: string;
  run(p: ParsedSchema): OpResult;
}

/** Models and fields for the ops: the hub (most referenced) model, and a model with a required foreign key. */
function opCases(p: ParsedSchema): OpCase[] {
  const m = p.model;
  const refs = new Map<string, number>();
  for (const r of m.relations) refs.set(r.to.model, (refs.get(r.to.model) ?? 0) + 1);
  const hub = [...refs].sort((a, b) => b[1] - a[1])[0][0];
  const mid = m.models.slice(Math.floor(m.models.length / 2)).find((x) => x.fields.some((f) => f.isForeignKey && !f.optional && !f.isUnique))!;
  const fk = mid.fields.find((f) => f.isForeignKey && !f.optional && !f.isUnique)!;
  const relField = mid.fields.find((f) => f.relation?.fields?.includes(fk.name))!;
  const refsOf = (name: string) => refs.get(name) ?? 0;
  return [
    { label: `add field (${hub})`, run: (s) => addField(s, { model: hub, name: 'nickname', type: 'String?', attributes: '@db.VarChar(80)' }) },
    { label: `rename model (${hub}, ${refsOf(hub)} refs)`, run: (s) => renameModel(s, { model: hub, newName: 'RenamedHub', keepTableName: true }) },
    { label: `toggle optional (${mid.name}.${fk.name})`, run: (s) => toggleOptional(s, { model: mid.name, field: fk.name }) },
    { label: `rename field (${mid.name}.${fk.name})`, run: (s) => renameField(s, { model: mid.name, field: fk.name, newName: 'ownerRef', keepColumnName: true }) },
    { label: `change field type (${mid.name}.name)`, run: (s) => changeFieldType(s, { model: mid.name, field: 'name', type: 'Int' }) },
    { label: `toggle list (${mid.name}.name)`, run: (s) => toggleList(s, { model: mid.name, field: 'name' }) },
    { label: `delete field (${mid.name}.${relField.name})`, run: (s) => deleteField(s, { model: mid.name, field: relField.name }) },
    { label: 'add model', run: (s) => addModel(s, { name: 'BenchNewModel' }) },
    { label: `delete model (${mid.name})`, run: (s) => deleteModel(s, { model: mid.name }) },
  ];
}

/** 3. canvas op → patched text, on the synthetic schemas. */
export function benchOps(schemas: readonly BenchSchema[], budgetMs: number): CoreResults['opsWorstP95'] {
  section(`3. Canvas op → patched text (lib/ops + applyEdits) · median / p95 ms · budget < ${budgetMs} ms`);
  const worst: CoreResults['opsWorstP95'] = [];
  for (const s of schemas) {
    const parsed = parseSchema(s.files);
    const layout = gridLayout(parsed.model);
    const graph = toDiagram(parsed, parsed.model, layout, null);
    const rows: string[][] = [];
    let w = { schema: s.name, op: '', p95: -Infinity };
    for (const c of opCases(parsed)) {
      const probe = c.run(parsed);
      if (!probe.ok) {
        rows.push([c.label, `refused: ${probe.reason}`, '', '', '']);
        continue;
      }
      const op = stats(
        timeRuns(
          () => {
            const r = c.run(parsed);
            if (r.ok) applyEdits(s.files, r.edits);
          },
          { timeBudgetMs: 400, maxRuns: 100 },
        ),
      );
      // The whole canvas edit until the diagram model is ready again: op, patch, reparse, toDiagram.
      const round = stats(
        timeRuns(
          () => {
            const r = c.run(parsed);
            if (!r.ok) return;
            const next = reparseSchema(parsed, applyEdits(s.files, r.edits));
            toDiagram(next, next.model, layout, graph);
          },
          { warmup: s.files[0].text.length > 500_000 ? 0 : 1, minRuns: 3, maxRuns: 10, timeBudgetMs: 500 },
        ),
      );
      if (op.p95 > w.p95) w = { schema: s.name, op: c.label, p95: op.p95 };
      rows.push([c.label, String(probe.edits.length), medP95(op), op.p95 < budgetMs ? 'within' : 'OVER', medP95(round)]);
    }
    console.log(`  ${s.name}:`);
    table(['op', 'edits', 'op → patched text', `< ${budgetMs} ms`, '+ reparse + toDiagram'], rows);
    worst.push(w);
  }
  return worst;
}

/** 4. Prisma get_dmmf (and lint) on the whole text per keystroke vs our keystroke path. */
export function benchPeerApproach(schemas: readonly BenchSchema[]): CoreResults['keystroke'] {
  section('4. Per keystroke: Prisma get_dmmf (peer tools) vs ours (reparseSchema + toDiagram) · median / p95 ms');
  const out: CoreResults['keystroke'] = [];
  const rows: string[][] = [];
  for (const s of schemas) {
    const a = s.files;
    const b = keystrokeEdit(a);
    const pa = parseSchema(a);
    const layout = gridLayout(pa.model);
    let prevParsed = pa;
    let prevGraph = toDiagram(pa, pa.model, layout, null);
    const ours = stats(
      timeRuns(
        (i) => {
          prevParsed = reparseSchema(prevParsed, i % 2 ? a : b);
          prevGraph = toDiagram(prevParsed, prevParsed.model, layout, prevGraph);
        },
        s.synthetic ? { warmup: 2, minRuns: 8, timeBudgetMs: 1500 } : { timeBudgetMs: 150 },
      ),
    );
    const version = engineFor(s);
    if (!version) {
      rows.push([s.name, 'none', 'n/a', 'n/a', medP95(ours), 'n/a']);
      out.push({ schema: s.name, ours, dmmf: null });
      continue;
    }
    const engine = prismaEngine(version);
    // get_dmmf returns the whole DMMF as one JSON string (about 50 MB at 300 models): few runs on big schemas.
    const big = a.reduce((n, f) => n + f.text.length, 0) > 500_000;
    const dmmf = stats(timeRuns((i) => engine.dmmf(i % 2 ? a : b), { warmup: big ? 0 : 1, minRuns: big ? 2 : 3, maxRuns: 30, timeBudgetMs: 300 }));
    const lint = stats(timeRuns((i) => engine.lint(i % 2 ? a : b), { warmup: 1, minRuns: 5, maxRuns: 30, timeBudgetMs: 200 }));
    rows.push([s.name, version, medP95(dmmf), medP95(lint), medP95(ours), `${(dmmf.median / ours.median).toFixed(1)}×`]);
    out.push({ schema: s.name, ours, dmmf });
  }
  table(['schema', 'prisma', 'get_dmmf (whole text)', 'lint (app: on a worker)', 'ours: reparse + toDiagram', 'dmmf / ours (median)'], rows);
  console.log('  prisma = engine used (newest of 7, 6.19, 5.22 that accepts the schema); the app lints off the main thread, so lint adds no typing latency.');
  return out;
}

/**
 * One ELK layout in a child process (the app runs it on a web worker); null when it did not finish
 * within `timeoutMs`, in which case the child is killed. A process rather than a worker thread because
 * tsx's loader does not reach worker threads on Node 20; fork() passes it on through execArgv.
 */
function layoutInChild(graph: LayoutGraph, timeoutMs: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('./elk-worker.ts', import.meta.url)), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve(null);
    }, timeoutMs);
    child.once('message', (m: { ok: boolean; ms?: number; error?: string }) => {
      clearTimeout(timer);
      child.kill();
      if (m.ok) resolve(m.ms!);
      else reject(new Error(m.error));
    });
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.send(graph);
  });
}

/** 5. ELK auto layout (the app runs it on a worker), on the synthetic schemas. */
export async function benchElk(schemas: readonly BenchSchema[], { timeoutMs, budgetMs }: { timeoutMs: number; budgetMs: number }): Promise<void> {
  section('5. ELK auto layout (autoLayout, lib/layout/elk-layout.ts; in the app on a web worker) · ms, each run in a fresh process');
  const rows: string[][] = [];
  for (const s of schemas) {
    const p = parseSchema(s.files);
    const g = toDiagram(p, p.model, emptyLayout(), null);
    const graph: LayoutGraph = {
      nodes: [...g.nodes, ...g.unplaced].map((n) => ({ id: n.id, width: n.width, height: n.height, group: n.group })),
      edges: layoutEdges(p.model),
    };
    const samples: number[] = [];
    let stopped = false;
    let spent = 0;
    // Cold runs (a new worker each time, as after opening a file): one at least, more while time allows.
    while (samples.length < 3 && (samples.length === 0 || spent + samples[0] < budgetMs)) {
      const t = await layoutInChild(graph, timeoutMs);
      if (t === null) {
        stopped = true;
        break;
      }
      samples.push(t);
      spent += t;
    }
    const st = stats(samples);
    const cell = (v: number) => (samples.length ? ms(v) : `> ${ms(timeoutMs)} (stopped)`);
    rows.push([s.name, String(graph.nodes.length), String(graph.edges.length), cell(st.median), cell(st.max), String(samples.length) + (stopped && samples.length ? ' (+1 stopped)' : '')]);
  }
  table(['schema', 'nodes', 'edges', 'median', 'max', 'runs'], rows);
}
