/// <reference lib="webworker" />
// Advisory rules off the main thread: parse the text Prisma accepted and run every enabled rule.
import { runAdvisories } from '../lib/advisories/run';
import type { AdvisoryRequest, AdvisoryResponse } from '../lib/advisories/worker-protocol';
import { baselineOfNames } from '../lib/store/baseline';
import { parseSchema } from '../lib/schema/document';
import { runMigrationSafetyWithSuppressed } from '../lib/advisories/migration';
import type { Advisory } from '../lib/advisories/types';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', (event: MessageEvent<AdvisoryRequest>) => {
  const { id, files, config, prisma, baseline, migrationBaseline } = event.data;
  let response: AdvisoryResponse;
  try {
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
    response = { id, ok: true, run };
  } catch (e) {
    response = { id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  scope.postMessage(response);
});
