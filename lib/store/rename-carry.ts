import { setPositions, withoutNames, type LayoutDocument } from '../layout/layout-document';
import type { ParsedSchema } from '../schema/document';

interface Slot {
  name: string;
  kind: string;
  file: string;
  index: number;
}

function slots(parsed: ParsedSchema): Slot[] {
  return parsed.files.flatMap((f) =>
    f.blocks
      .map((b, index) => ({ name: b.name, kind: b.kind, file: f.path, index }))
      .filter((s) => s.kind !== 'datasource' && s.kind !== 'generator'),
  );
}

/**
 * When a block is renamed by typing, its node should stay where it was. A rename shows up as one name
 * disappearing and one appearing; when both sit at the same place (same file, same block index, same
 * kind), the position moves to the new name. Returns the same layout object when nothing moved.
 */
export function carryRenamedPositions(previous: ParsedSchema, next: ParsedSchema, layout: LayoutDocument): LayoutDocument {
  const before = slots(previous);
  const after = slots(next);
  if (before.length !== after.length) return layout;
  const oldNames = new Set(before.map((s) => s.name));
  const newNames = new Set(after.map((s) => s.name));
  const gone = before.filter((s) => !newNames.has(s.name));
  const added = after.filter((s) => !oldNames.has(s.name));
  if (gone.length !== 1 || added.length !== 1) return layout;
  const [g] = gone;
  const [a] = added;
  if (g.kind !== a.kind || g.file !== a.file || g.index !== a.index) return layout;
  const pos = Object.hasOwn(layout.positions, g.name) ? layout.positions[g.name] : undefined;
  if (!pos || Object.hasOwn(layout.positions, a.name)) return layout;
  const positions = withoutNames(setPositions(layout, { [a.name]: pos }), [g.name]).positions;
  const collapsed = layout.collapsed?.map((n) => (n === g.name ? a.name : n));
  return { ...layout, positions, ...(collapsed ? { collapsed } : {}) };
}
