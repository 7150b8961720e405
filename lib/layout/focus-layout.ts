import type { Point } from './layout-document';

/**
 * Focus mode's own arrangement: the focused model in the middle, the models that point at it (hold
 * a foreign key to it) in columns to its left and the ones it points at (and enums) to its right,
 * one column per hop, each column stacked and centred on the focused model. Shown instead of the
 * saved layout while focus mode hides the rest — a 2-hop neighbourhood scattered over a 300-model
 * layout becomes one compact picture — and the saved layout comes back on exit (it is never changed).
 */
export interface FocusNode {
  id: string;
  width: number;
  height: number;
}

export interface FocusLink {
  /** The model holding the foreign key (or using the enum). */
  from: string;
  to: string;
}

const GAP = { column: 120, row: 32 };

export function focusLayout(center: FocusNode & { position: Point }, nodes: readonly FocusNode[], distance: ReadonlyMap<string, number>, links: readonly FocusLink[]): Record<string, Point> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  // Which side each model goes: decided at hop 1 by the direction of its link with the centre, then
  // inherited by the models reached through it (so a chain keeps going the same way).
  const side = new Map<string, -1 | 1>();
  const neighbours = new Map<string, Array<{ id: string; dir: -1 | 1 }>>();
  const add = (a: string, b: string, dir: -1 | 1) => neighbours.set(a, [...(neighbours.get(a) ?? []), { id: b, dir }]);
  for (const l of links) {
    add(l.to, l.from, -1); // seen from `to`, the FK holder sits to the left
    add(l.from, l.to, 1);
  }
  const maxHop = Math.max(0, ...[...distance.values()]);
  for (let hop = 1; hop <= maxHop; hop++) {
    for (const n of nodes) {
      if (distance.get(n.id) !== hop || side.has(n.id)) continue;
      const via = (neighbours.get(n.id) ?? []).find((x) => (distance.get(x.id) ?? Infinity) === hop - 1);
      if (!via) side.set(n.id, 1);
      else if (via.id === center.id) side.set(n.id, via.dir === 1 ? -1 : 1);
      else side.set(n.id, side.get(via.id) ?? 1);
    }
  }
  const positions: Record<string, Point> = { [center.id]: { ...center.position } };
  const middle = center.position.y + center.height / 2;
  for (const dir of [-1, 1] as const) {
    let edge = dir === 1 ? center.position.x + center.width : center.position.x;
    for (let hop = 1; hop <= maxHop; hop++) {
      const column = nodes.filter((n) => distance.get(n.id) === hop && side.get(n.id) === dir).sort((a, b) => a.id.localeCompare(b.id));
      if (!column.length) continue;
      const width = Math.max(...column.map((n) => n.width));
      const height = column.reduce((sum, n) => sum + n.height, 0) + GAP.row * (column.length - 1);
      const x = dir === 1 ? edge + GAP.column : edge - GAP.column - width;
      let y = middle - height / 2;
      for (const n of column) {
        // Right-hand columns align left, left-hand ones align right: the short side faces the centre.
        positions[n.id] = { x: Math.round(dir === 1 ? x : x + width - n.width), y: Math.round(y) };
        y += n.height + GAP.row;
      }
      edge = dir === 1 ? x + width : x;
    }
  }
  for (const n of nodes) if (!positions[n.id] && byId.has(n.id) && n.id !== center.id) positions[n.id] = { ...center.position };
  return positions;
}
