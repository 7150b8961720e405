export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Space kept between a grown node and the nodes it pushes. */
export const PUSH_GAP = 24;

const overlaps = (a: Box, b: Box, gap: number) => a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;

/**
 * Moves nodes out of the way of nodes that grew (fields added, a node expanded), without moving
 * anything else: a node overlapping a grown one goes down below it (or right, when it sits beside it
 * rather than under it), and whatever that node then overlaps moves in turn. Returns the new
 * positions of the nodes that moved.
 */
export function pushApart(boxes: Readonly<Record<string, Box>>, grown: readonly string[], gap = PUSH_GAP): Record<string, { x: number; y: number }> {
  const now: Record<string, Box> = {};
  for (const [id, b] of Object.entries(boxes)) now[id] = { ...b };
  const moved: Record<string, { x: number; y: number }> = {};
  const queue = grown.filter((id) => now[id]);
  // Bounded: every push moves a node strictly down or right, and a node is pushed at most a few times.
  for (let steps = 0; queue.length && steps < 10_000; steps++) {
    const id = queue.shift()!;
    const pusher = now[id];
    for (const [other, box] of Object.entries(now)) {
      if (other === id || !overlaps(pusher, box, gap)) continue;
      // Below (its top under the pusher's top) goes down; beside it goes right.
      const below = box.y >= pusher.y;
      if (below) box.y = pusher.y + pusher.height + gap;
      else box.x = pusher.x + pusher.width + gap;
      moved[other] = { x: Math.round(box.x), y: Math.round(box.y) };
      queue.push(other);
    }
  }
  return moved;
}
