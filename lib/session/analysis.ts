import { baselineFiles } from '../export/migration-request';
import type { PrismaDiagnostic } from '../prisma/engine';
import type { DesignerStore } from '../store/designer-store';
import type { AdvisoryPort, PrismaPort, Scheduler } from './ports';

/** Typing pauses this long before the advisory rules run (on two cores a run per keystroke competes with the editor). */
export const ADVISORY_PAUSE_MS = 250;

/**
 * Keeps Prisma's diagnostics and the advisories in step with the text: lints every new revision (the
 * newest wins), and runs the rules once Prisma has accepted the current text and typing has paused.
 * Returns the function that stops it.
 */
export function startAnalysis(store: DesignerStore, prisma: PrismaPort, advisories: AdvisoryPort | undefined, scheduler: Scheduler): () => void {
  let cancelAdvisories: (() => void) | null = null;

  const lint = () => {
    const s = store.getState();
    prisma.lint(s.prismaVersion, s.files, s.revision, (revision, result, error) => {
      const now = store.getState();
      if (error) now.setEngineError(error);
      else if (revision <= now.revision) now.setDiagnostics(revision, result as PrismaDiagnostic[]);
    });
  };

  const runAdvisoriesNow = () => {
    const s = store.getState();
    const valid = s.diagnosticsRevision === s.revision && !s.diagnostics.some((d) => d.severity === 'error') && s.parsed.model.problems.length === 0;
    if (!valid || !advisories) return;
    const revision = s.revision;
    const migrationBaseline = baselineFiles(s.migrationBaseline);
    advisories.run({ files: s.files, config: s.advisoryConfig, prisma: s.diagnostics, baseline: [...s.baselineNames], migrationBaseline }, (response) => {
      if (response.ok) store.getState().setAdvisories(revision, response.run);
      else if (response.error !== 'superseded') store.getState().notify('error', `The advisory rules failed: ${response.error}`);
    });
  };

  const runAdvisories = () => {
    cancelAdvisories?.();
    cancelAdvisories = scheduler.later(() => {
      cancelAdvisories = null;
      runAdvisoriesNow();
    }, ADVISORY_PAUSE_MS);
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.revision !== prev.revision || s.prismaVersion !== prev.prismaVersion) lint();
    if (s.diagnostics !== prev.diagnostics || s.advisoryConfig !== prev.advisoryConfig || s.migrationBaseline !== prev.migrationBaseline) runAdvisories();
  });
  lint();
  return () => {
    unsubscribe();
    cancelAdvisories?.();
  };
}
