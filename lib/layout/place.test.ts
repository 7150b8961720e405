import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { parseSchema } from '../schema/document';
import { corpusAvailable, corpusProjects } from '../../test-support/corpus';
import { autoLayout, type LayoutNode } from './elk-layout';
import { boundingBox, frameAround, LAYOUT_SPACING, packRects, placeNewNodes, rectsOverlap, type PlacedRect, type Rect } from './place';

const { minGap, layerGap, componentGap } = LAYOUT_SPACING;

/** Pairs closer than the minimum gap among placed and new nodes. */
function crowded(placed: Record<string, Rect>, newNodes: LayoutNode[], positions: Record<string, { x: number; y: number }>): string[] {
  const all = [...Object.entries(placed).map(([id, r]) => ({ id, ...r })), ...newNodes.map((n) => ({ id: n.id, ...positions[n.id], width: n.width, height: n.height }))];
  const out: string[] = [];
  for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) if (rectsOverlap(all[i], all[j], minGap)) out.push(`${all[i].id} / ${all[j].id}`);
  return out;
}

describe('rectsOverlap and boundingBox', () => {
  const a = { x: 0, y: 0, width: 100, height: 50 };
  it('counts rectangles exactly `gap` apart as clear, closer ones as overlapping', () => {
    expect(rectsOverlap(a, { x: 140, y: 0, width: 10, height: 10 }, 40)).toBe(false);
    expect(rectsOverlap(a, { x: 139, y: 0, width: 10, height: 10 }, 40)).toBe(true);
    expect(rectsOverlap(a, { x: 100, y: 0, width: 10, height: 10 })).toBe(false);
    expect(rectsOverlap(a, { x: 99, y: 49, width: 10, height: 10 })).toBe(true);
    expect(rectsOverlap(a, { x: 50, y: 90, width: 10, height: 10 }, 40)).toBe(false);
  });
  it('boundingBox spans all rectangles, null for none', () => {
    expect(boundingBox([a, { x: -10, y: 20, width: 30, height: 100 }])).toEqual({ x: -10, y: 0, width: 110, height: 120 });
    expect(boundingBox([])).toBeNull();
  });
});

describe('packRects', () => {
  it('packs many equal boxes into a landscape block without overlap', () => {
    const sizes = Array.from({ length: 60 }, () => ({ width: 240, height: 300 }));
    const packed = packRects(sizes, 80);
    const rects = packed.positions.map((p, i) => ({ ...p, ...sizes[i] }));
    for (let i = 0; i < rects.length; i++) for (let j = i + 1; j < rects.length; j++) expect(rectsOverlap(rects[i], rects[j], 80)).toBe(false);
    expect(boundingBox(rects)).toEqual({ x: 0, y: 0, width: packed.width, height: packed.height });
    expect(packed.width / packed.height).toBeGreaterThan(1.2);
    expect(packed.width / packed.height).toBeLessThan(2.2);
  });

  it('fills the space beside a tall box with small ones instead of leaving it empty', () => {
    const sizes = [{ width: 800, height: 2000 }, ...Array.from({ length: 20 }, () => ({ width: 240, height: 200 }))];
    const packed = packRects(sizes, 80);
    expect(packed.height).toBe(2000);
    expect(packed.positions[0]).toEqual({ x: 0, y: 0 });
    expect(packed.positions.slice(1).every((p) => p.x >= 880)).toBe(true);
  });

  it('keeps a box wider than the ideal strip, and handles no boxes', () => {
    expect(packRects([{ width: 5000, height: 10 }, { width: 10, height: 10 }], 40).width).toBeGreaterThanOrEqual(5000);
    expect(packRects([], 40)).toEqual({ positions: [], width: 0, height: 0 });
  });
});

describe('placeNewNodes', () => {
  const user: PlacedRect = { x: 100, y: 200, width: 240, height: 200 };
  const node = (id: string, height = 100, group?: string): LayoutNode => ({ id, width: 240, height, group });
  const edge = (source: string, target: string) => ({ id: `${source}-${target}`, source, target });

  it('puts a related node right of its neighbour, top-aligned, with room for the line', () => {
    expect(placeNewNodes({ User: user }, [node('Post')], [edge('Post', 'User')])).toEqual({ Post: { x: 100 + 240 + layerGap, y: 200 } });
  });

  it('slides along the right side to the nearest free spot when the ideal one is taken', () => {
    // The ideal spot is (440, 200). Taken from 200 to 350: just above it (y 60) is nearer than below (y 390).
    const above = placeNewNodes({ User: user, Taken: { x: 440, y: 200, width: 240, height: 150 } }, [node('Post')], [edge('User', 'Post')]);
    expect(above.Post).toEqual({ x: 440, y: 200 - minGap - 100 });
    // Taken from 100 to 250: below it (y 290) is nearer than above (y -40).
    const below = placeNewNodes({ User: user, Taken: { x: 440, y: 100, width: 240, height: 150 } }, [node('Post')], [edge('User', 'Post')]);
    expect(below.Post).toEqual({ x: 440, y: 100 + 150 + minGap });
  });

  it('goes below its neighbour when the right side is walled off, then left, then above', () => {
    const wall = { x: 440, y: -5000, width: 240, height: 10000 };
    expect(placeNewNodes({ User: user, Wall: wall }, [node('Post')], [edge('Post', 'User')]).Post).toEqual({ x: 100, y: 200 + 200 + componentGap });
    const floor = { x: -2000, y: 480, width: 4000, height: 300 };
    expect(placeNewNodes({ User: user, Wall: wall, Floor: floor }, [node('Post')], [edge('Post', 'User')]).Post).toEqual({ x: 100 - layerGap - 240, y: 200 });
  });

  it('stacks several related nodes around a hub without overlap, all close to it', () => {
    const fresh = Array.from({ length: 8 }, (_, i) => node(`T${i}`, 80 + 20 * i));
    const positions = placeNewNodes({ User: user }, fresh, fresh.map((n) => edge(n.id, 'User')));
    expect(crowded({ User: user }, fresh, positions)).toEqual([]);
    for (const n of fresh) {
      const p = positions[n.id];
      expect(Math.hypot(p.x - user.x, p.y - user.y), n.id).toBeLessThan(1200);
    }
  });

  it('places a new node related only to another new node beside that one', () => {
    const positions = placeNewNodes({ User: user }, [node('Tag'), node('Post')], [edge('Tag', 'Post'), edge('Post', 'User')]);
    expect(positions.Post).toEqual({ x: 440, y: 200 });
    expect(positions.Tag).toEqual({ x: 440 + 240 + layerGap, y: 200 });
  });

  it('puts an unrelated node below a wide drawing and right of a tall one', () => {
    const wide = { A: { x: 0, y: 0, width: 3000, height: 400 } };
    expect(placeNewNodes(wide, [node('Loose')], []).Loose).toEqual({ x: 0, y: 400 + componentGap });
    const tall = { A: { x: 0, y: 0, width: 400, height: 3000 } };
    expect(placeNewNodes(tall, [node('Loose')], []).Loose).toEqual({ x: 400 + componentGap, y: 0 });
  });

  it('starts at the origin on an empty canvas and never returns positions for placed nodes', () => {
    const positions = placeNewNodes({ User: user }, [node('User'), node('A'), node('A'), node('B')], []);
    expect(Object.keys(positions)).toEqual(['A', 'B']);
    expect(placeNewNodes({}, [node('A')], [])).toEqual({ A: { x: 0, y: 0 } });
    const two = placeNewNodes({}, [node('A'), node('B')], []);
    expect(crowded({}, [node('A'), node('B')], two)).toEqual([]);
  });

  it('keeps a new node of a group out of other groups\u2019 frames, and its own frame clear of them', () => {
    const placed: Record<string, PlacedRect> = {
      A1: { x: 0, y: 0, width: 240, height: 300, group: 'a.prisma' },
      B1: { x: 400, y: 0, width: 240, height: 300, group: 'b.prisma' },
      B2: { x: 400, y: 340, width: 240, height: 300, group: 'b.prisma' },
    };
    const fresh = [node('A2', 200, 'a.prisma'), node('C1', 100, 'c.prisma'), node('Free', 100)];
    const positions = placeNewNodes(placed, fresh, [edge('C1', 'B1'), edge('Free', 'A1')]);
    expect(crowded(placed, fresh, positions)).toEqual([]);
    const members = new Map<string, Rect[]>();
    for (const r of Object.values(placed)) members.set(r.group!, [...(members.get(r.group!) ?? []), r]);
    for (const n of fresh.filter((f) => f.group)) members.set(n.group!, [...(members.get(n.group!) ?? []), { ...positions[n.id], width: n.width, height: n.height }]);
    const frames = [...members.entries()].map(([g, rs]) => [g, frameAround(boundingBox(rs)!)] as const);
    for (let i = 0; i < frames.length; i++) for (let j = i + 1; j < frames.length; j++) expect(rectsOverlap(frames[i][1], frames[j][1]), `${frames[i][0]} / ${frames[j][0]}`).toBe(false);
    const free = { ...positions.Free, width: 240, height: 100 };
    for (const [g, f] of frames) expect(rectsOverlap(free, f), `Free inside ${g}`).toBe(false);
  });

  it('is deterministic and quick with 1000 placed nodes', () => {
    const placed: Record<string, PlacedRect> = {};
    for (let i = 0; i < 1000; i++) placed[`P${i}`] = { x: (i % 40) * 300, y: Math.floor(i / 40) * 400 + (i % 3) * 30, width: 240, height: 200 + (i % 5) * 20 };
    const fresh = Array.from({ length: 40 }, (_, i) => node(`N${i}`, 100 + (i % 4) * 60));
    const edges = fresh.flatMap((n, i) => (i % 3 === 0 ? [] : [edge(n.id, `P${(i * 97) % 1000}`)]));
    const started = performance.now();
    const positions = placeNewNodes(placed, fresh, edges);
    console.log(`placeNewNodes: 40 new nodes among 1000 placed, ${Math.round(performance.now() - started)} ms`);
    expect(crowded(placed, fresh, positions)).toEqual([]);
    expect(placeNewNodes(placed, fresh, edges)).toEqual(positions);
  });
});

describe.skipIf(!corpusAvailable())('placeNewNodes on a laid-out real schema', () => {
  it('puts models back next to their relations in papermark without touching frames of other files', async () => {
    const schema = corpusProjects().find((p) => p.name === 'papermark')!;
    const { model } = parseSchema(schema.files);
    const all: LayoutNode[] = [...model.models, ...model.enums].map((m) => ({ id: m.name, width: 240, height: 40 + 24 * ('fields' in m ? m.fields.length : m.values.length), group: m.file }));
    const edges = model.relations.map((r) => ({ id: r.id, source: r.from.model, target: r.to.model }));
    const layout = await autoLayout({ nodes: all, edges }, new ELK());
    // "Add" every fifth model: remove it, then place it again.
    const removed = all.filter((_, i) => i % 5 === 0);
    const placed: Record<string, PlacedRect> = {};
    for (const n of all) if (!removed.includes(n)) placed[n.id] = { ...layout.positions[n.id], width: n.width, height: n.height, group: n.group };
    const positions = placeNewNodes(placed, removed, edges);
    expect(crowded(placed, removed, positions)).toEqual([]);
    const boxes = new Map<string, Rect[]>();
    for (const n of all) {
      const p = placed[n.id] ?? positions[n.id];
      boxes.set(n.group!, [...(boxes.get(n.group!) ?? []), { ...p, width: n.width, height: n.height }]);
    }
    const frames = [...boxes.entries()].map(([g, rs]) => [g, frameAround(boundingBox(rs)!)] as const);
    for (let i = 0; i < frames.length; i++) for (let j = i + 1; j < frames.length; j++) expect(rectsOverlap(frames[i][1], frames[j][1]), `${frames[i][0]} / ${frames[j][0]}`).toBe(false);
  });
});
