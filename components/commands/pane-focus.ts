/**
 * F6 / Shift+F6 move focus between the toolbar, the text editor, the diagram and the advisories
 * panel (when open), as in VS Code.
 * Tab cannot leave the editor (it indents), so this is how keyboard users reach the canvas.
 */
const PANES = [
  () => document.querySelector<HTMLElement>('[role=toolbar] button'),
  () => document.querySelector<HTMLElement>('.monaco-editor [aria-label="Schema text editor"]') ?? document.querySelector<HTMLElement>('.monaco-editor textarea'),
  () =>
    document.querySelector<HTMLElement>('.react-flow__node.selected') ??
    document.querySelector<HTMLElement>('.react-flow__node[tabindex="0"]') ??
    document.querySelector<HTMLElement>('.react-flow__pane'),
  // The advisories panel, when it is open.
  () => document.querySelector<HTMLElement>('[data-testid="advisories-panel"] input'),
];

function currentPane(active: Element | null): number {
  if (!active) return -1;
  if (active.closest('[role=toolbar]')) return 0;
  if (active.closest('.monaco-editor')) return 1;
  if (active.closest('.react-flow')) return 2;
  if (active.closest('[data-testid="advisories-panel"]')) return 3;
  return -1;
}

export function focusNextPane(backwards: boolean): void {
  const from = currentPane(document.activeElement);
  for (let step = 1; step <= PANES.length; step++) {
    const index = (((from + (backwards ? -step : step)) % PANES.length) + PANES.length) % PANES.length;
    const target = PANES[index]();
    if (target) {
      target.focus();
      return;
    }
  }
}
