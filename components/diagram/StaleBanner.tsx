'use client';

import { useDesigner, useSession } from '../designer/context';

/** While the text cannot be drawn, the diagram keeps its last good state and this says why and where. */
export function StaleBanner() {
  const session = useSession();
  const problem = useDesigner((s) => s.parsed.model.problems[0] ?? null);
  const count = useDesigner((s) => s.parsed.model.problems.length);
  const text = useDesigner((s) => (problem ? (s.files.find((f) => f.path === problem.file)?.text ?? '') : ''));
  const fallbackNote = useDesigner((s) => (s.diagramFallback?.revision === s.revision ? s.diagramFallback.note : null));
  if (!problem) return null;
  if (fallbackNote) {
    // Valid for Prisma: the diagram comes from Prisma's datamodel instead of pausing.
    return (
      <div role="status" className="absolute left-1/2 top-3 z-10 max-w-[90%] -translate-x-1/2 rounded-md border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-900 shadow" data-testid="diagram-fallback">
        {fallbackNote}
      </div>
    );
  }
  const line = text.slice(0, problem.range.start).split('\n').length;
  return (
    <div role="alert" className="absolute left-1/2 top-3 z-10 flex max-w-[90%] -translate-x-1/2 items-center gap-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 shadow" data-testid="diagram-stale">
      <span>
        <strong>Diagram paused</strong> — {problem.file}:{line}: {problem.message}
        {count > 1 ? ` (and ${count - 1} more)` : ''}
      </span>
      <button type="button" className="rounded border border-amber-400 bg-white px-2 py-0.5 text-xs hover:bg-amber-100" onClick={() => session.port('editor')?.reveal(problem.file, problem.range.start, problem.range.end)}>
        Go to error
      </button>
    </div>
  );
}
