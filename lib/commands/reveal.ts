import type { Advisory } from '../advisories/types';
import type { Session } from '../session/session';

/** Shows a model, enum or field in the text (selects its name or its line); false when there is no such thing. */
export function revealInText(session: Session, target: { kind: 'model'; model: string } | { kind: 'field'; model: string; field: string }): boolean {
  const m = session.parsed.model;
  const info = [...m.models, ...m.views, ...m.composites].find((x) => x.name === target.model) ?? m.enums.find((x) => x.name === target.model);
  if (!info) return false;
  const editor = session.port('editor');
  if (target.kind === 'field') {
    if ('fields' in info) {
      const f = info.fields.find((x) => x.name === target.field);
      if (!f) return false;
      editor?.reveal(info.file, f.node.range.start, f.node.range.end);
      return true;
    }
    const v = info.values.find((x) => x.name === target.field);
    if (!v) return false;
    editor?.reveal(info.file, v.node.range.start, v.node.range.end);
    return true;
  }
  editor?.reveal(info.file, info.block.nameRange.start, info.block.nameRange.end);
  return true;
}

/** "Show" on an advisory: selects its node or edge, centres it, and selects its text in the editor. */
export function showAdvisory(session: Session, advisory: Advisory): void {
  const t = advisory.target;
  if (t.kind === 'relation') session.store.getState().select([], t.relation);
  else session.store.getState().select([t.model]);
  session.layout.center(t.model);
  session.port('editor')?.reveal(advisory.span.path, advisory.span.start, advisory.span.end);
}
