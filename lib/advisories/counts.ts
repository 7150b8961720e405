import type { AdvisoryRun } from './run';
import type { Advisory, Severity } from './types';

/** What a status bar and the CLI summary show for one run. */
export interface AdvisoryCounts {
  /** Active advisories (rules on under the config, not silenced), by severity. */
  error: number;
  warning: number;
  info: number;
  /** error + warning + info: the number the status bar shows. */
  total: number;
  /** Silenced by `// canvas-ignore`: listed, never counted in `total`. */
  suppressed: number;
  /** Found by rules the config turns off (only when the run was made with `includeOff`). */
  off: number;
}

/**
 * Counts a run the same way everywhere (status bar, panel header, CLI summary): only what is on
 * counts; suppressed findings and those of rules that are off are reported beside it.
 */
export function countAdvisories(run: Pick<AdvisoryRun, 'advisories' | 'suppressed' | 'off'>): AdvisoryCounts {
  const by = (s: Severity) => run.advisories.filter((a: Advisory) => a.severity === s).length;
  const error = by('error');
  const warning = by('warning');
  const info = by('info');
  return { error, warning, info, total: error + warning + info, suppressed: run.suppressed.length, off: run.off?.length ?? 0 };
}
