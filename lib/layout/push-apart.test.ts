import { describe, expect, it } from 'vitest';
import { pushApart, PUSH_GAP } from './push-apart';

describe('pushApart', () => {
  it('moves a node under a grown one down by just enough, and leaves the rest alone', () => {
    const moved = pushApart(
      {
        A: { x: 0, y: 0, width: 200, height: 300 }, // grew from 100 to 300 tall
        B: { x: 0, y: 140, width: 200, height: 100 },
        C: { x: 400, y: 0, width: 200, height: 100 },
      },
      ['A'],
    );
    expect(moved).toEqual({ B: { x: 0, y: 300 + PUSH_GAP } });
  });

  it('pushes in a chain: what the pushed node now overlaps moves too', () => {
    const moved = pushApart(
      {
        A: { x: 0, y: 0, width: 200, height: 300 },
        B: { x: 0, y: 140, width: 200, height: 100 },
        C: { x: 0, y: 280, width: 200, height: 100 },
      },
      ['A'],
    );
    expect(moved.B).toEqual({ x: 0, y: 324 });
    expect(moved.C).toEqual({ x: 0, y: 324 + 100 + PUSH_GAP });
  });

  it('pushes a node beside a grown one (above its top) to the right', () => {
    const moved = pushApart({ A: { x: 0, y: 100, width: 300, height: 100 }, B: { x: 250, y: 50, width: 100, height: 100 } }, ['A']);
    expect(moved).toEqual({ B: { x: 300 + PUSH_GAP, y: 50 } });
  });

  it('moves nothing when nothing overlaps, and ends on crowded diagrams', () => {
    expect(pushApart({ A: { x: 0, y: 0, width: 100, height: 100 }, B: { x: 500, y: 500, width: 100, height: 100 } }, ['A'])).toEqual({});
    const crowd: Record<string, { x: number; y: number; width: number; height: number }> = {};
    for (let i = 0; i < 60; i++) crowd[`N${i}`] = { x: (i % 6) * 50, y: Math.floor(i / 6) * 50, width: 120, height: 120 };
    const moved = pushApart(crowd, ['N0']);
    const boxes = Object.entries(crowd).map(([id, b]) => ({ ...b, ...(moved[id] ?? {}) }));
    expect(Object.keys(moved).length).toBeGreaterThan(0);
    expect(boxes.every((b) => Number.isFinite(b.x) && Number.isFinite(b.y))).toBe(true);
  });
});
