/// <reference lib="webworker" />
// Advisory rules off the main thread: parse the text Prisma accepted and run every enabled rule.
import { runAdvisories, type AdvisoryRun } from '../lib/advisories/run';
import type { AdvisoryApi, AdvisoryRequest } from '../lib/advisories/worker-protocol';
import { baselineOfNames } from '../lib/store/baseline';
import { parseSchema } from '../lib/schema/document';
import { runMigrationSafetyWithSuppressed } from '../lib/advisories/migration';
import type { Advisory } from '../lib/advisories/types';
import { serveRpc } from '../lib/workers/rpc';

function run({ files, config, prisma, baseline, migrationBaseline }: Omit<AdvisoryRequest, 'id'>): AdvisoryRun {
  const parsed = parseSchema(files);
  const run = runAdvisories(parsed, { config, prisma, baseline: baselineOfNames(new Set(baseline)) });
  if (migrationBaseline) {
    // What the next migration does to existing rows, next to the schema's own advisories.
    const safety = runMigrationSafetyWithSuppressed(parseSchema(migrationBaseline), parsed, { config });
    run.advisories.push(...(safety.advisories as Advisory[]));
    run.suppressed.push(...(safety.suppressed as Advisory[]));
    const order = (a: Advisory, b: Advisory) => (a.span.path < b.span.path ? -1 : a.span.path > b.span.path ? 1 : a.span.start - b.span.start);
    run.advisories.sort(order);
    run.suppressed.sort(order);
  }
  return run;
}

serveRpc<AdvisoryApi>(self as unknown as DedicatedWorkerGlobalScope, { run });
