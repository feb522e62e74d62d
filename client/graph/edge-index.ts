// A uniform grid over the drawn edges in viewport pixels, so the edge under the pointer (edge-hit.ts) is measured
// against the edges near it rather than every edge of the scene: the hover cursor asks once per frame, and walking
// sigma's 8k edges cost ~5 ms each time. Built from one picture's edges (pointer.ts). Pure: no sigma, no DOM.
import {
  createNearestEdgeSearch,
  DEFAULT_EDGE_HIT_TOLERANCE_PX,
  edgeBounds,
  edgeReach,
  nearestEdge,
  type DrawnEdge,
  type Point,
} from './edge-hit.js';
import type { Bounds } from './lasso.js';

/** The box a grid covers (lasso.ts Bounds). */
export type EdgeIndexBounds = Bounds;

export interface EdgeIndexOptions {
  /**
   * The area the grid covers (the canvas). A point outside it is measured against every edge, as exactly; edges
   * wholly outside it go in no cell. Default: the area the edges reach.
   */
  bounds?: EdgeIndexBounds;
  cellPx?: number;
  /** An edge that would go in more cells than this goes in none and is checked on every query instead. */
  maxCellsPerEdge?: number;
  /** As nearestEdge's: how far from an edge's side a point still counts as on it. */
  tolerance?: number;
}

export interface EdgeIndex {
  /**
   * What nearestEdge(p, edges, tolerance) answers over the edges given, in their order — the same edge, and the later
   * of two at an equal distance — having measured only the edges that can be within reach of `p`.
   */
  nearest(p: Point): string | null;
  readonly size: number;
  /** Edges checked on every query: too big for cells, or placed or sized by something that is not a finite number. */
  readonly oversize: number;
}

/**
 * Side of a grid cell in viewport pixels. A query's cost is the edges within reach of the point, measured exactly
 * (dozens in a dense 8k-edge scene), more than the cell's list; smaller cells only made the build slower.
 */
export const DEFAULT_EDGE_INDEX_CELL_PX = 64;
/** Cells one edge may go in: a straight edge across a 1080p canvas takes ~60; a big curve's box may take hundreds. */
export const DEFAULT_EDGE_INDEX_MAX_CELLS_PER_EDGE = 128;
/** Cells in the whole grid: bounds far larger than a canvas get bigger cells rather than a huge table. */
export const DEFAULT_EDGE_INDEX_MAX_GRID_CELLS = 1 << 16;
/**
 * Added to each edge's reach. The reach's box is computed as the walk's box check computes its own (the same bounds,
 * a margin never smaller) and rounding is monotone, so there it is insurance only; it covers the rounding of the
 * band along a straight edge (below). An extra candidate costs one box check.
 */
const ROUNDING_SLACK_PX = 1;
/** Coordinates below which the band's rounding is far below ROUNDING_SLACK_PX; beyond (never on a canvas), the box. */
const BAND_MAX_PX = 1e9;

/** Finite, and not inside out (NaN fails every comparison). */
const finiteBox = (b: EdgeIndexBounds) =>
  Number.isFinite(b.maxX - b.minX) &&
  Number.isFinite(b.maxY - b.minY) &&
  b.maxX >= b.minX &&
  b.maxY >= b.minY;

/** Columns and rows of `cellPx` over the bounds; bigger cells when that would make more than the grid's cap. */
function gridOver(bounds: EdgeIndexBounds, cellPx: number): { cellPx: number; cols: number; rows: number } {
  const cols = Math.max(1, Math.ceil((bounds.maxX - bounds.minX) / cellPx));
  const rows = Math.max(1, Math.ceil((bounds.maxY - bounds.minY) / cellPx));
  if (cols * rows <= DEFAULT_EDGE_INDEX_MAX_GRID_CELLS) return { cellPx, cols, rows };
  return gridOver(bounds, cellPx * Math.sqrt((cols * rows) / DEFAULT_EDGE_INDEX_MAX_GRID_CELLS) * 1.01);
}

export function createEdgeIndex(edges: readonly DrawnEdge[], options: EdgeIndexOptions = {}): EdgeIndex {
  const tolerance = options.tolerance ?? DEFAULT_EDGE_HIT_TOLERANCE_PX;
  const maxCellsPerEdge = options.maxCellsPerEdge ?? DEFAULT_EDGE_INDEX_MAX_CELLS_PER_EDGE;
  const n = edges.length;

  // Each edge's reach: the box the walk checks first (edgeBounds), grown by the largest margin that check ever uses
  // (the tolerance plus edgeReach: half the edge's width, or its head's if wider, so that the band below, which
  // follows a straight edge's line, holds its head's wings too). The walk passes over an edge whose reach does not
  // hold the point, so leaving it out changes nothing. A reach that is not finite is made infinite: that edge is
  // offered every time.
  const reach = new Float64Array(n * 4);
  const margins = new Float64Array(n).fill(NaN); // NaN: not finite, checked on every query
  const all = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (let i = 0; i < n; i++) {
    const edge = edges[i]!;
    const b = edgeBounds(edge);
    const m = tolerance + edgeReach(edge) + ROUNDING_SLACK_PX;
    const k = i * 4;
    const box = { minX: b.minX - m, minY: b.minY - m, maxX: b.maxX + m, maxY: b.maxY + m };
    const finite = finiteBox(box);
    reach[k] = finite ? box.minX : -Infinity;
    reach[k + 1] = finite ? box.minY : -Infinity;
    reach[k + 2] = finite ? box.maxX : Infinity;
    reach[k + 3] = finite ? box.maxY : Infinity;
    if (!finite) continue;
    margins[i] = m;
    all.minX = Math.min(all.minX, box.minX);
    all.minY = Math.min(all.minY, box.minY);
    all.maxX = Math.max(all.maxX, box.maxX);
    all.maxY = Math.max(all.maxY, box.maxY);
  }
  const bounds = options.bounds ?? all;
  const gridded = finiteBox(bounds);
  const { cellPx, cols, rows } = gridded
    ? gridOver(bounds, options.cellPx ?? DEFAULT_EDGE_INDEX_CELL_PX)
    : { cellPx: 1, cols: 0, rows: 0 };
  const { minX: originX, minY: originY } = bounds;
  // Clamped to the grid, and monotone: a point inside a range of x (or y) is in one of that range's columns (rows).
  const colOf = (x: number) => Math.min(cols - 1, Math.max(0, Math.floor((x - originX) / cellPx)));
  const rowOf = (y: number) => Math.min(rows - 1, Math.max(0, Math.floor((y - originY) / cellPx)));

  /**
   * The cells edge i can be within reach of, as one run of columns per row, (row, first, last) triples into `out`
   * ended by -1; returns how many cells. A straight edge takes in each row only the columns its segment passes within
   * its margin of (a long diagonal edge crosses a thin band of cells, not its whole box); a curve, its whole box.
   */
  const runsOf = (i: number, out: Int32Array): number => {
    const x0 = reach[i * 4]!;
    const y0 = reach[i * 4 + 1]!;
    const x1 = reach[i * 4 + 2]!;
    const y1 = reach[i * 4 + 3]!;
    out[0] = -1;
    if (x1 < bounds.minX || x0 > bounds.maxX || y1 < bounds.minY || y0 > bounds.maxY) return 0;
    const edge = edges[i]!;
    const m = margins[i]!;
    const { x: ax, y: ay } = edge.source;
    const dx = edge.target.x - ax;
    const dy = edge.target.y - ay;
    // The band holds a head within the margin of the segment only when the head lies along it (not past the source).
    const headFits = !edge.head || edge.head.inset + edge.head.length <= Math.hypot(dx, dy);
    const band =
      !edge.curvature &&
      headFits &&
      dy !== 0 &&
      Math.max(Math.abs(x0), Math.abs(y0), Math.abs(x1), Math.abs(y1)) < BAND_MAX_PX;
    let cells = 0;
    let o = 0;
    for (let r = rowOf(y0), last = rowOf(y1); r <= last; r++) {
      let c0 = colOf(x0);
      let c1 = colOf(x1);
      if (band) {
        // A point in this row within the margin of the segment is within the margin of the part of it whose y lies
        // within the margin of the row: take that part's x extent, grown by the margin.
        const top = originY + r * cellPx - m;
        const ta = (top - ay) / dy;
        const tb = (top + cellPx + 2 * m - ay) / dy;
        const t0 = Math.max(0, Math.min(ta, tb));
        const t1 = Math.min(1, Math.max(ta, tb));
        if (t0 > t1) continue;
        c0 = colOf(Math.min(ax + t0 * dx, ax + t1 * dx) - m);
        c1 = colOf(Math.max(ax + t0 * dx, ax + t1 * dx) + m);
      }
      out[o++] = r;
      out[o++] = c0;
      out[o++] = c1;
      cells += c1 - c0 + 1;
    }
    out[o] = -1;
    return cells;
  };

  // Each cell's list holds its edges' walk indices in walk order, as they went in.
  const cells: (number[] | undefined)[] = new Array(cols * rows);
  const oversize: number[] = [];
  const runs = new Int32Array(rows * 3 + 1);
  for (let i = 0; i < n; i++) {
    if (!gridded || Number.isNaN(margins[i]) || runsOf(i, runs) > maxCellsPerEdge) {
      oversize.push(i);
      continue;
    }
    for (let k = 0; runs[k]! >= 0; k += 3) {
      const row = runs[k]! * cols;
      for (let c = runs[k + 1]!; c <= runs[k + 2]!; c++) (cells[row + c] ??= []).push(i);
    }
  }

  const none: number[] = [];
  return {
    size: n,
    oversize: oversize.length,
    nearest(p) {
      const inside =
        gridded && p.x >= bounds.minX && p.x <= bounds.maxX && p.y >= bounds.minY && p.y <= bounds.maxY;
      if (!inside) return nearestEdge(p, edges, tolerance);
      const search = createNearestEdgeSearch(p, tolerance);
      const list = cells[rowOf(p.y) * cols + colOf(p.x)] ?? none;
      // The cell's edges and the oversize ones, merged in walk order (the walk keeps the later edge on a tie); those
      // whose reach misses the point are passed over, as the walk's own box check would.
      let a = 0;
      let b = 0;
      while (a < list.length || b < oversize.length) {
        const i =
          b >= oversize.length || (a < list.length && list[a]! < oversize[b]!) ? list[a++]! : oversize[b++]!;
        const k = i * 4;
        if (p.x < reach[k]! || p.y < reach[k + 1]! || p.x > reach[k + 2]! || p.y > reach[k + 3]!) continue;
        search.offer(edges[i]!);
      }
      return search.nearest;
    },
  };
}
