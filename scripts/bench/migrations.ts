import { verifyMigration } from '../../lib/export/verify';
import { startNodeEngine } from '../../lib/migrate/engine-node';
import { createPgliteNode } from '../../lib/migrate/pglite-node';
import { parseSchema } from '../../lib/schema/document';
import { syntheticSchema } from '../../test-support/synthetic';
import { applyEdits } from '../../lib/text/edits';
import { addField } from '../../lib/ops/add-field';
import { medP95, ms, section, stats, table } from './stats';

/** 8. Migrations in Node (the browser worker runs the same wasm): engine start, diffs, PGlite start, verify. */
export async function benchMigrations(): Promise<{ diff300Warm: number | null }> {
  section('8. Migrations: Prisma schema engine (wasm) and PGlite, in Node · ms');
  const t0 = performance.now();
  const engine = await startNodeEngine();
  const start = performance.now() - t0;
  const rows: string[][] = [];
  let diff300Warm: number | null = null;
  for (const n of [30, 300, 1000]) {
    const synthetic = syntheticSchema(n);
    const parsed = parseSchema(synthetic.files);
    const edit = addField(parsed, { model: synthetic.probe.model, name: 'benchNote', type: 'String?' });
    const after = edit.ok ? applyEdits(synthetic.files, edit.edits) : synthetic.files;
    const fromEmpty: number[] = [];
    for (let i = 0; i < (n === 1000 ? 2 : 4); i++) {
      const t = performance.now();
      await engine.diff({ from: { kind: 'empty' }, to: { kind: 'schema', files: synthetic.files } });
      fromEmpty.push(performance.now() - t);
    }
    const change: number[] = [];
    for (let i = 0; i < (n === 1000 ? 2 : 4); i++) {
      const t = performance.now();
      await engine.diff({ from: { kind: 'schema', files: synthetic.files }, to: { kind: 'schema', files: after } });
      change.push(performance.now() - t);
    }
    const warm = stats(change.slice(1));
    if (n === 300) diff300Warm = warm.median;
    rows.push([`synthetic-${n}`, `${ms(fromEmpty[0])} / ${ms(stats(fromEmpty.slice(1)).median)}`, `${ms(change[0])} / ${medP95(warm)}`]);
  }
  table(['schema', 'diff from empty: first / warm median', 'diff after one added field: first / warm median / p95'], rows);
  console.log(`  engine start (wasm load + SchemaEngine.new with the fake adapter): ${ms(start)} ms`);

  const p0 = performance.now();
  const db = await createPgliteNode();
  const pgliteStart = performance.now() - p0;
  const small = syntheticSchema(30);
  const smallAfter = (() => {
    const e = addField(parseSchema(small.files), { model: small.probe.model, name: 'benchNote', type: 'String?' });
    return e.ok ? applyEdits(small.files, e.edits) : small.files;
  })();
  const sql = await engine.diff({ from: { kind: 'schema', files: small.files }, to: { kind: 'schema', files: smallAfter } });
  const down = await engine.diff({ from: { kind: 'schema', files: smallAfter }, to: { kind: 'schema', files: small.files } });
  const v0 = performance.now();
  const verified = sql.ok && down.ok ? await verifyMigration(engine, db, { baseline: { kind: 'schema', files: small.files }, migrationSql: sql.output, downSql: down.output }) : null;
  const verify = performance.now() - v0;
  await db.close();
  engine.dispose();
  console.log(`  PGlite start (cached data dir after the first): ${ms(pgliteStart)} ms`);
  console.log(`  verify at 30 models (baseline SQL + migration + down.sql + catalog compare): ${ms(verify)} ms, ${verified?.ok ? 'verified' : 'FAILED'}`);
  return { diff300Warm };
}
