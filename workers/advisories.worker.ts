/// <reference lib="webworker" />
// Advisory rules off the main thread: parse the text Prisma accepted and run every enabled rule.
import { runAdvisories } from '../lib/advisories/run';
import type { AdvisoryRequest, AdvisoryResponse } from '../lib/advisories/worker-protocol';
import { baselineOfNames } from '../lib/store/baseline';
import { parseSchema } from '../lib/schema/document';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', (event: MessageEvent<AdvisoryRequest>) => {
  const { id, files, config, prisma, baseline } = event.data;
  let response: AdvisoryResponse;
  try {
    const run = runAdvisories(parseSchema(files), { config, prisma, baseline: baselineOfNames(new Set(baseline)) });
    response = { id, ok: true, run };
  } catch (e) {
    response = { id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  scope.postMessage(response);
});
