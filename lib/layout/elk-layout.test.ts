import { syntheticSchema } from '../../test-support/synthetic';
import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { groupFrames } from '../diagram/groups';
import { parseSchema } from '../schema/document';
import { corpusAvailable, corpusProjects, type CorpusSchema } from '../../test-support/corpus';
import { autoLayout, LAYOUT_SPACING, type AutoLayoutResult, type LayoutGraph, type LayoutNode } from './elk-layout';
import { boundingBox, rectsOverlap, type Rect } from './place';

const elk = new ELK();

/** Nodes = models, views and enums (240 wide, 40 + 24 per row); edges = relations from → to. */
function graphOf(schema: CorpusSchema, grouped: boolean): LayoutGraph {
  const { model } = parseSchema(schema.files);
  const nodes: LayoutNode[] = [
    ...[...model.models, ...model.views].map((m) => ({ id: m.name, width: 240, height: 40 + 24 * m.fields.length, group: grouped ? m.file : null })),
    ...model.enums.map((e) => ({ id: e.name, width: 240, height: 40 + 24 * e.values.length, group: grouped ? e.file : null })),
  ];
  const edges = model.relations.map((r) => ({ id: r.id, source: r.from.model, target: r.to.model }));
  return { nodes, edges };
}

function project(name: string): CorpusSchema {
  const found = corpusProjects().find((p) => p.name === name);
  if (!found) throw new Error(`corpus project ${name} missing`);
  return found;
}

function rectsOf(graph: LayoutGraph, result: AutoLayoutResult): Array<Rect & { id: string }> {
  return graph.nodes.map((n) => {
    const p = result.positions[n.id];
    if (!p) throw new Error(`no position for ${n.id}`);
    return { id: n.id, x: p.x, y: p.y, width: n.width, height: n.height };
  });
}

/** Pairs of nodes closer than the minimum gap, as readable strings (empty when the layout is clean). */
function crowded(rects: Array<Rect & { id: string }>, gap = LAYOUT_SPACING.minGap): string[] {
  const out: string[] = [];
  for (let i = 0; i < rects.length; i++) {
    for (let j = i + 1; j < rects.length; j++) if (rectsOverlap(rects[i], rects[j], gap)) out.push(`${rects[i].id} / ${rects[j].id}`);
  }
  return out;
}

/** Every group's nodes inside its frame, frames apart from each other and from ungrouped nodes. */
function checkGroups(graph: LayoutGraph, result: AutoLayoutResult): void {
  const rects = new Map(rectsOf(graph, result).map((r) => [r.id, r]));
  const keys = [...new Set(graph.nodes.map((n) => n.group).filter((g): g is string => g != null))].sort();
  expect(Object.keys(result.groups).sort()).toEqual(keys);
  for (const n of graph.nodes) {
    const r = rects.get(n.id)!;
    if (n.group == null) {
      for (const [g, frame] of Object.entries(result.groups)) expect(rectsOverlap(r, frame, LAYOUT_SPACING.minGap), `${n.id} vs frame ${g}`).toBe(false);
      continue;
    }
    const f = result.groups[n.group];
    expect(r.x, `${n.id} left of its frame`).toBeGreaterThanOrEqual(f.x + 20);
    expect(r.y, `${n.id} above its frame's label`).toBeGreaterThanOrEqual(f.y + 50);
    expect(r.x + r.width, `${n.id} right of its frame`).toBeLessThanOrEqual(f.x + f.width - 20);
    expect(r.y + r.height, `${n.id} below its frame`).toBeLessThanOrEqual(f.y + f.height - 20);
  }
  const frames = Object.entries(result.groups);
  for (let i = 0; i < frames.length; i++) {
    for (let j = i + 1; j < frames.length; j++) expect(rectsOverlap(frames[i][1], frames[j][1], LAYOUT_SPACING.minGap), `${frames[i][0]} / ${frames[j][0]}`).toBe(false);
  }
}

const aspect = (rects: Rect[]) => {
  const b = boundingBox(rects)!;
  return b.width / b.height;
};

describe('autoLayout on small graphs', () => {
  it('returns nothing for an empty graph', async () => {
    expect(await autoLayout({ nodes: [], edges: [] }, elk)).toEqual({ positions: {}, groups: {} });
  });

  it('lays relations out left to right with room for the lines, in whole pixels', async () => {
    const graph: LayoutGraph = {
      nodes: [
        { id: 'Comment', width: 240, height: 136 },
        { id: 'Post', width: 260, height: 184 },
        { id: 'User', width: 240, height: 112 },
      ],
      edges: [
        { id: 'Comment.post', source: 'Comment', target: 'Post' },
        { id: 'Post.author', source: 'Post', target: 'User' },
      ],
    };
    const { positions } = await autoLayout(graph, elk);
    expect(positions.Comment.x + 240 + LAYOUT_SPACING.minGap).toBeLessThanOrEqual(positions.Post.x);
    expect(positions.Post.x + 260 + LAYOUT_SPACING.minGap).toBeLessThanOrEqual(positions.User.x);
    for (const p of Object.values(positions)) {
      expect(Number.isInteger(p.x) && Number.isInteger(p.y)).toBe(true);
    }
    expect(crowded(rectsOf(graph, { positions, groups: {} }))).toEqual([]);
  });

  it('ignores self-loops, duplicate and reversed edges, dangling edges and repeated nodes', async () => {
    const nodes = [
      { id: 'A', width: 240, height: 100 },
      { id: 'B', width: 240, height: 300 },
      { id: 'C', width: 200, height: 80 },
    ];
    const clean = await autoLayout({ nodes, edges: [{ id: 'ab', source: 'A', target: 'B' }] }, elk);
    const messy = await autoLayout(
      {
        nodes: [...nodes, { id: 'A', width: 999, height: 999 }],
        edges: [
          { id: 'ab', source: 'A', target: 'B' },
          { id: 'ab', source: 'A', target: 'B' },
          { id: 'ba', source: 'B', target: 'A' },
          { id: 'aa', source: 'A', target: 'A' },
          { id: 'ax', source: 'A', target: 'Missing' },
        ],
      },
      elk,
    );
    expect(messy).toEqual(clean);
    expect(Object.keys(clean.positions).sort()).toEqual(['A', 'B', 'C']);
  });

  it('is deterministic', async () => {
    // A generated schema, so this runs without the shared corpus too.
    const graph = graphOf({ name: 'synthetic-30', files: syntheticSchema(30).files, sources: [] }, false);
    expect(await autoLayout(graph, elk)).toEqual(await autoLayout(graph, elk));
  });

  it('keeps ungrouped nodes out of group frames and frames apart', async () => {
    const graph: LayoutGraph = {
      nodes: [
        { id: 'A1', width: 240, height: 200, group: 'a.prisma' },
        { id: 'A2', width: 240, height: 120, group: 'a.prisma' },
        { id: 'B1', width: 240, height: 300, group: 'b.prisma' },
        { id: 'Loose', width: 240, height: 100, group: null },
        { id: 'Loose2', width: 240, height: 100 },
      ],
      edges: [
        { id: '1', source: 'A1', target: 'A2' },
        { id: '2', source: 'A2', target: 'B1' },
        { id: '3', source: 'Loose', target: 'A1' },
      ],
    };
    const result = await autoLayout(graph, elk);
    checkGroups(graph, result);
    expect(crowded(rectsOf(graph, result))).toEqual([]);
    // Related groups sit side by side, left to right like relations.
    expect(result.groups['a.prisma'].x + result.groups['a.prisma'].width).toBeLessThan(result.groups['b.prisma'].x);
  });
});

describe.skipIf(!corpusAvailable())('autoLayout on the real corpus', () => {
  it('never lets two nodes come closer than the minimum gap, in any project', async () => {
    for (const schema of corpusProjects()) {
      const graph = graphOf(schema, false);
      const result = await autoLayout(graph, elk);
      expect(crowded(rectsOf(graph, result)), schema.name).toEqual([]);
      expect(result.groups).toEqual({});
    }
  });

  it('packs refly (82 models, 13 relations) into a landscape block rather than a strip', async () => {
    const graph = graphOf(project('refly'), false);
    const rects = rectsOf(graph, await autoLayout(graph, elk));
    const ratio = aspect(rects);
    expect(ratio).toBeGreaterThan(1.3);
    expect(ratio).toBeLessThan(2.6);
    // Compact as well: the drawing is at most three times the area of its nodes.
    const b = boundingBox(rects)!;
    const area = rects.reduce((sum, r) => sum + r.width * r.height, 0);
    expect(b.width * b.height).toBeLessThan(3 * area);
  });

  it.each(['papermark', 'comp'])('keeps each file of the multi-file schema %s in its own frame', async (name) => {
    const graph = graphOf(project(name), true);
    const started = performance.now();
    const result = await autoLayout(graph, elk);
    const ms = performance.now() - started;
    console.log(`autoLayout ${name}: ${graph.nodes.length} nodes, ${Object.keys(result.groups).length} groups, ${Math.round(ms)} ms`);
    expect(crowded(rectsOf(graph, result))).toEqual([]);
    checkGroups(graph, result);
    // The canvas draws frames from its nodes' bounding box; they must land where the layout reserved room.
    const drawn = groupFrames(
      { by: 'file', defaultSchema: 'public' },
      graph.nodes.map((n) => ({ group: n.group ?? null, position: result.positions[n.id], width: n.width, height: n.height })),
    );
    for (const frame of drawn) {
      const reserved = result.groups[frame.key];
      expect(Math.abs(frame.x - reserved.x) + Math.abs(frame.y - reserved.y) + Math.abs(frame.width - reserved.width) + Math.abs(frame.height - reserved.height), frame.key).toBeLessThanOrEqual(4);
    }
  });

  it('lays out the largest corpus schema (comp) without groups', async () => {
    const graph = graphOf(project('comp'), false);
    const started = performance.now();
    const result = await autoLayout(graph, elk);
    console.log(`autoLayout comp (ungrouped): ${graph.nodes.length} nodes, ${graph.edges.length} edges, ${Math.round(performance.now() - started)} ms`);
    expect(crowded(rectsOf(graph, result))).toEqual([]);
  });
});

describe('autoLayout on a synthetic 300-model graph', () => {
  // A fixed pseudo-random schema: each model refers to up to three earlier ones, a third of them to none.
  function synthetic(groups: number): LayoutGraph {
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const nodes: LayoutNode[] = [];
    const edges = [];
    for (let i = 0; i < 300; i++) {
      nodes.push({ id: `M${i}`, width: 200 + Math.floor(next() * 200), height: 40 + 24 * (2 + Math.floor(next() * 20)), group: groups ? `g${i % groups}` : null });
      const refs = i === 0 || next() < 0.33 ? 0 : 1 + Math.floor(next() * 3);
      for (let k = 0; k < refs; k++) edges.push({ id: `M${i}.r${k}`, source: `M${i}`, target: `M${Math.floor(next() * i)}` });
    }
    return { nodes, edges };
  }

  it.each([0, 12])('places every node without overlap (%i groups) and reports the time', async (groups) => {
    const graph = synthetic(groups);
    const started = performance.now();
    const result = await autoLayout(graph, elk);
    console.log(`autoLayout synthetic: 300 models, ${graph.edges.length} edges, ${groups} groups, ${Math.round(performance.now() - started)} ms`);
    expect(crowded(rectsOf(graph, result))).toEqual([]);
    if (groups) checkGroups(graph, result);
  });
});
