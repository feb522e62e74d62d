// A uniform grid over node discs in viewport pixels: finds the node under the pointer from positions alone, without
// reading sigma's picking buffer (which waits for the frame in flight; seconds at 10k nodes in software WebGL).
// Pure: no sigma, no DOM.

/** A node as drawn: centre and radius in viewport pixels, and its draw order (higher is on top). */
export interface GridNode {
  id: string;
  x: number;
  y: number;
  r: number;
  z: number;
}

export interface NodeGrid {
  /** The node drawn at this viewport point (the top one where discs overlap; the nearer centre on a tie), or null. */
  pick(x: number, y: number): string | null;
  readonly size: number;
}

/** Side of a grid cell in viewport pixels: a few node diameters, so a pick looks at a handful of nodes. */
export const DEFAULT_GRID_CELL_PX = 32;

export function createNodeGrid(nodes: Iterable<GridNode>, cellPx = DEFAULT_GRID_CELL_PX): NodeGrid {
  const cells = new Map<string, GridNode[]>();
  const key = (cx: number, cy: number) => `${cx},${cy}`;
  let size = 0;
  for (const n of nodes) {
    if (!Number.isFinite(n.x) || !Number.isFinite(n.y) || !(n.r >= 0)) continue;
    size++;
    // A disc goes into every cell it overlaps, so a pick only looks in the pointer's own cell.
    const x0 = Math.floor((n.x - n.r) / cellPx);
    const x1 = Math.floor((n.x + n.r) / cellPx);
    const y0 = Math.floor((n.y - n.r) / cellPx);
    const y1 = Math.floor((n.y + n.r) / cellPx);
    for (let cx = x0; cx <= x1; cx++)
      for (let cy = y0; cy <= y1; cy++) {
        const k = key(cx, cy);
        const list = cells.get(k);
        if (list) list.push(n);
        else cells.set(k, [n]);
      }
  }
  return {
    size,
    pick(x, y) {
      const list = cells.get(key(Math.floor(x / cellPx), Math.floor(y / cellPx)));
      if (!list) return null;
      let best: GridNode | null = null;
      let bestD = Infinity;
      for (const n of list) {
        const d = Math.hypot(n.x - x, n.y - y);
        if (d > n.r) continue;
        if (!best || n.z > best.z || (n.z === best.z && d < bestD)) {
          best = n;
          bestD = d;
        }
      }
      return best?.id ?? null;
    },
  };
}
