// The grid the pointer's edge is found in (edge-index.ts): for any point it answers what the full walk over every
// drawn edge answers (nearestEdge) — the same edge, the later of two at an equal distance — over lines and curves,
// thin edges and wide bands, arrow heads wider than their edge, edges off the canvas or too big for cells, and points
// on cell borders or off the canvas.
import { describe, expect, it } from 'vitest';
import { createRng, type Rng } from '../../../../bench/random.js';
import {
  curveControlPoint,
  DEFAULT_EDGE_HIT_TOLERANCE_PX,
  distanceToEdge,
  headTriangle,
  nearestEdge,
  type DrawnEdge,
  type Point,
} from '../../../../client/graph/edge-hit.js';
import { createEdgeIndex, type EdgeIndexOptions } from '../../../../client/graph/edge-index.js';

const W = 400;
const H = 300;
const canvas = { minX: 0, minY: 0, maxX: W, maxY: H };

/** Edges with ends anywhere from well left of / above the canvas to well past it, a third of them curved. */
function randomEdges(rng: Rng, count: number): DrawnEdge[] {
  const coord = (size: number) => -size / 2 + rng.next() * size * 2;
  return Array.from({ length: count }, (_, i) => {
    const source = { x: coord(W), y: coord(H) };
    // Most edges short, as a laid-out scene's; some across the whole canvas and beyond.
    const target =
      rng.next() < 0.7
        ? { x: source.x + (rng.next() - 0.5) * 120, y: source.y + (rng.next() - 0.5) * 120 }
        : { x: coord(W), y: coord(H) };
    const curved = rng.next() < 0.3;
    const wide = rng.next() < 0.2;
    const halfWidth = rng.next() < 0.8 ? (wide ? 4 + rng.next() * 16 : rng.next() * 2) : undefined;
    // Half of them with an arrow head as sigma draws it (2.5 widths long, twice as wide), some past a short edge's
    // source.
    const width = 2 * (halfWidth ?? 0.5);
    const head =
      rng.next() < 0.5 ? { inset: rng.next() * 12, length: 2.5 * width, halfWidth: width } : undefined;
    return {
      id: `e:${i}`,
      source,
      target,
      ...(curved ? { curvature: (rng.next() < 0.5 ? -1 : 1) * (0.05 + rng.next() * 0.4) } : {}),
      ...(halfWidth !== undefined ? { halfWidth } : {}),
      ...(head ? { head } : {}),
    };
  });
}

/** A point on the edge as drawn (its line or curve), `t` of the way along. */
function pointOn(edge: DrawnEdge, t: number): Point {
  const c = edge.curvature
    ? curveControlPoint(edge.source, edge.target, edge.curvature)
    : { x: (edge.source.x + edge.target.x) / 2, y: (edge.source.y + edge.target.y) / 2 };
  const u = 1 - t;
  return {
    x: u * u * edge.source.x + 2 * u * t * c.x + t * t * edge.target.x,
    y: u * u * edge.source.y + 2 * u * t * c.y + t * t * edge.target.y,
  };
}

/** Points all over and around the canvas, near edges (out to just past their reach), and on cell borders. */
function probePoints(rng: Rng, edges: readonly DrawnEdge[], cellPx: number, count: number): Point[] {
  const points: Point[] = [];
  for (let i = 0; i < count; i++) {
    const kind = i % 5;
    if (kind === 0) {
      points.push({ x: -20 + rng.next() * (W + 40), y: -20 + rng.next() * (H + 40) });
    } else if (kind === 1 || kind === 2) {
      // Near an edge, out to just past the farthest a click on it counts; for half of them around one of its ends
      // at about that farthest distance, often straight along an axis: there its box's sides are.
      const edge = rng.pick(edges);
      const onEnd = kind === 2;
      const p = pointOn(edge, onEnd ? rng.int(2) : rng.next());
      const reach = DEFAULT_EDGE_HIT_TOLERANCE_PX + (edge.halfWidth ?? 0);
      const angle = onEnd && rng.next() < 0.5 ? (rng.int(4) * Math.PI) / 2 : rng.next() * 2 * Math.PI;
      const r = onEnd ? reach - 0.5 + rng.next() : rng.next() * (reach + 2);
      points.push({ x: p.x + r * Math.cos(angle), y: p.y + r * Math.sin(angle) });
    } else if (kind === 4) {
      // Around an arrow head's corner, out to just past the tolerance: there the head reaches beyond the shaft; a
      // curve's head, around the curve's last fifth, out to just past its head's half width and the tolerance.
      const withHead = edges.filter((e) => e.head);
      const edge = rng.pick(withHead.length ? withHead : edges);
      const triangle = headTriangle(edge);
      const around = triangle ? triangle[1 + rng.int(2)]! : pointOn(edge, 0.8 + rng.next() * 0.2);
      const angle = rng.next() * 2 * Math.PI;
      const r =
        rng.next() * ((triangle ? 0 : (edge.head?.halfWidth ?? 0)) + DEFAULT_EDGE_HIT_TOLERANCE_PX + 2);
      points.push({ x: around.x + r * Math.cos(angle), y: around.y + r * Math.sin(angle) });
    } else {
      // On a cell border, or a hair either side of it.
      const nudge = [0, 1e-9, -1e-9, 0.5, -0.5][rng.int(5)]!;
      const cx = rng.int(Math.ceil(W / cellPx) + 1) * cellPx + nudge;
      const cy = rng.int(Math.ceil(H / cellPx) + 1) * cellPx + nudge;
      points.push(rng.next() < 0.5 ? { x: cx, y: rng.next() * H } : { x: rng.next() * W, y: cy });
    }
  }
  return points;
}

/** What the full walk answers at each point (measured once: the grids compared with it vary more than it does). */
const walkAt = (edges: readonly DrawnEdge[], points: readonly Point[], tolerance?: number) =>
  points.map((p) => nearestEdge(p, edges, tolerance));

/** Compares the grid with the walk's answers at every point. */
function expectSameAsWalk(
  edges: readonly DrawnEdge[],
  points: readonly Point[],
  walk: readonly (string | null)[],
  options: EdgeIndexOptions,
): void {
  const index = createEdgeIndex(edges, options);
  const differing = points
    .map((p, i) => ({ p, walk: walk[i], grid: index.nearest(p) }))
    .filter((d) => d.grid !== d.walk);
  expect(differing).toEqual([]);
}

describe('createEdgeIndex', () => {
  it('answers as the full walk over random straight and curved edges, thin and wide, on and off the canvas', () => {
    for (const seed of [1, 2, 3]) {
      const rng = createRng(seed);
      const edges = randomEdges(rng, 300);
      for (const cellPx of [8, 25, 64]) {
        const points = probePoints(rng, edges, cellPx, 800);
        const walk = walkAt(edges, points);
        // Not a vacuous comparison: most points near an edge are on it.
        expect(walk.filter((id) => id !== null).length).toBeGreaterThan(points.length / 3);
        // A low cap puts many edges in the oversize list; a high one puts nearly all in cells.
        for (const maxCellsPerEdge of [4, 128]) {
          const index = createEdgeIndex(edges, { bounds: canvas, cellPx, maxCellsPerEdge });
          if (maxCellsPerEdge === 4) expect(index.oversize).toBeGreaterThan(edges.length / 10);
          expectSameAsWalk(edges, points, walk, { bounds: canvas, cellPx, maxCellsPerEdge });
        }
      }
    }
  });

  it('answers as the walk with its default cells, with bounds from the edges, and with another tolerance', () => {
    const rng = createRng(11);
    const edges = randomEdges(rng, 2_000);
    const points = probePoints(rng, edges, 64, 1_000);
    const walk = walkAt(edges, points);
    expectSameAsWalk(edges, points, walk, { bounds: canvas });
    expectSameAsWalk(edges, points, walk, {});
    expectSameAsWalk(edges, points, walkAt(edges, points, 15), { bounds: canvas, tolerance: 15, cellPx: 20 });
  });

  it('answers as the walk just inside and just outside an edge’s reach, on every side of its box', () => {
    const edges: DrawnEdge[] = [
      { id: 'diagonal', source: { x: 40, y: 30 }, target: { x: 180, y: 170 } },
      { id: 'flat', source: { x: 300, y: 50 }, target: { x: 200, y: 50 }, halfWidth: 9 },
      { id: 'upright', source: { x: 350, y: 260 }, target: { x: 350, y: 120 }, halfWidth: 0.5 },
      { id: 'curve', source: { x: 60, y: 250 }, target: { x: 220, y: 230 }, curvature: 0.3, halfWidth: 2 },
    ];
    for (const edge of edges) {
      const reach = DEFAULT_EDGE_HIT_TOLERANCE_PX + (edge.halfWidth ?? 0);
      // Straight out from each end along each axis, and from the curve's middle, where its box's sides are.
      const from = [edge.source, edge.target, pointOn(edge, 0.5)];
      const axes = [
        [1, 0],
        [-1, 0],
        [0, 1],
        [0, -1],
      ] as const;
      for (const cellPx of [16, 64]) {
        const index = createEdgeIndex([edge], { bounds: canvas, cellPx });
        for (const p of from)
          for (const [ux, uy] of axes)
            for (const r of [reach - 0.01, reach + 0.01]) {
              const q = { x: p.x + ux * r, y: p.y + uy * r };
              expect(index.nearest(q)).toBe(nearestEdge(q, [edge]));
            }
        // Straight out from the source, just inside the reach: on a straight edge (a curve is drawn only between
        // its ends: curveBandDistance).
        if (!edge.curvature)
          expect(index.nearest({ x: edge.source.x - reach + 0.01, y: edge.source.y })).toBe(edge.id);
      }
    }
  });

  it('finds an arrow head’s wings, also where a short edge’s head reaches past its source', () => {
    const edges: DrawnEdge[] = [
      // A wide flow: its head's base is 24 px to each side, its shaft 12.
      {
        id: 'flow',
        source: { x: 40, y: 60 },
        target: { x: 300, y: 200 },
        halfWidth: 12,
        head: { inset: 8, length: 60, halfWidth: 24 },
      },
      // 30 px long, its head 68 px from its target: the head's base lies 38 px past the source.
      {
        id: 'short',
        source: { x: 200, y: 40 },
        target: { x: 224, y: 58 },
        halfWidth: 4,
        head: { inset: 8, length: 60, halfWidth: 24 },
      },
    ];
    for (const edge of edges) {
      const [tip, left, right] = headTriangle(edge)!;
      // Inside a wing near the head's base: beyond the shaft's side and its tolerance, yet on the head.
      const base = { x: (left.x + right.x) / 2, y: (left.y + right.y) / 2 };
      const wing = {
        x: base.x + 0.05 * (tip.x - base.x) + 0.8 * (left.x - base.x),
        y: base.y + 0.05 * (tip.y - base.y) + 0.8 * (left.y - base.y),
      };
      expect(distanceToEdge(wing, edge) - edge.halfWidth!).toBeGreaterThan(DEFAULT_EDGE_HIT_TOLERANCE_PX);
      expect(nearestEdge(wing, [edge])).toBe(edge.id);
      expect(nearestEdge(wing, [{ ...edge, head: undefined }])).toBeNull();
      for (const cellPx of [8, 16, 64]) {
        const index = createEdgeIndex([edge], { bounds: canvas, cellPx });
        expect(index.nearest(wing)).toBe(edge.id);
        // All around both corners, out to just past the tolerance.
        for (const corner of [left, right])
          for (let k = 0; k < 32; k++)
            for (const r of [0, DEFAULT_EDGE_HIT_TOLERANCE_PX - 0.01, DEFAULT_EDGE_HIT_TOLERANCE_PX + 0.01]) {
              const q = {
                x: corner.x + r * Math.cos((k * Math.PI) / 16),
                y: corner.y + r * Math.sin((k * Math.PI) / 16),
              };
              expect(index.nearest(q)).toBe(nearestEdge(q, [edge]));
            }
      }
    }
  });

  it('puts an edge too big for cells on the list checked every time, and still finds it', () => {
    const diagonal: DrawnEdge = { id: 'long', source: { x: 0, y: 0 }, target: { x: W, y: H } };
    const short: DrawnEdge = { id: 'short', source: { x: 10, y: 200 }, target: { x: 30, y: 210 } };
    const index = createEdgeIndex([diagonal, short], { bounds: canvas, cellPx: 10, maxCellsPerEdge: 20 });
    expect(index.oversize).toBe(1);
    expect(index.size).toBe(2);
    expect(index.nearest({ x: 200, y: 152 })).toBe('long');
    expect(index.nearest({ x: 20, y: 206 })).toBe('short');
    expect(index.nearest({ x: 300, y: 20 })).toBeNull();
  });

  it('keeps the later of two edges at an equal distance, as the walk does, wherever each is kept', () => {
    // Mirror images either side of the point: one short (in cells), one long (oversize with this cap).
    const above: DrawnEdge = { id: 'above', source: { x: 90, y: 100 }, target: { x: 110, y: 100 } };
    const below: DrawnEdge = { id: 'below', source: { x: 0, y: 106 }, target: { x: W, y: 106 } };
    const p = { x: 100, y: 103 };
    const options = { bounds: canvas, cellPx: 10, maxCellsPerEdge: 12 };
    for (const edges of [
      [above, below],
      [below, above],
    ]) {
      const index = createEdgeIndex(edges, options);
      expect(index.oversize).toBe(1);
      expect(index.nearest(p)).toBe(edges[1]!.id);
      expect(index.nearest(p)).toBe(nearestEdge(p, edges));
    }
    // Drawn twice in the same place (two facts between the same people): the later one.
    const twin = { ...above, id: 'twin' };
    expect(createEdgeIndex([above, twin], options).nearest({ x: 100, y: 101 })).toBe('twin');
  });

  it('finds an edge whose ends are both off the canvas where it crosses it, and answers off the canvas too', () => {
    const across: DrawnEdge = { id: 'across', source: { x: -500, y: 150 }, target: { x: W + 500, y: 150 } };
    const outside: DrawnEdge = { id: 'outside', source: { x: -200, y: -50 }, target: { x: -100, y: -50 } };
    const index = createEdgeIndex([across, outside], { bounds: canvas });
    expect(index.nearest({ x: 200, y: 153 })).toBe('across');
    // Off the canvas the grid answers nothing itself: the walk over every edge does.
    expect(index.nearest({ x: -150, y: -48 })).toBe('outside');
    expect(index.nearest({ x: -150, y: 150 })).toBe('across');
  });

  it('answers as the walk for edges placed or sized by numbers that are not finite', () => {
    const edges: DrawnEdge[] = [
      { id: 'nan', source: { x: Number.NaN, y: 10 }, target: { x: 50, y: 10 } },
      { id: 'inf', source: { x: 0, y: 20 }, target: { x: Infinity, y: 20 } },
      { id: 'ok', source: { x: 0, y: 12 }, target: { x: 50, y: 12 } },
    ];
    const index = createEdgeIndex(edges, { bounds: canvas });
    expect(index.oversize).toBe(2);
    for (const p of [
      { x: 25, y: 10 },
      { x: 25, y: 20 },
      { x: 25, y: 40 },
    ])
      expect(index.nearest(p)).toBe(nearestEdge(p, edges));
  });

  it('answers nothing when there are no edges', () => {
    for (const index of [createEdgeIndex([]), createEdgeIndex([], { bounds: canvas })]) {
      expect(index.size).toBe(0);
      expect(index.nearest({ x: 10, y: 10 })).toBeNull();
      expect(index.nearest({ x: -10, y: 1e6 })).toBeNull();
    }
  });
});
