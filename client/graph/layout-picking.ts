// While the layout runs, sigma finds the node under the pointer from the drawn positions (node-grid.ts) instead of
// reading its picking buffer: that read waits for the frame in flight, so at 10k nodes in software WebGL a click,
// a press or a hover waited seconds. Hover, drag, clicks and context menus then answer at once.
import type Sigma from 'sigma';
import type { Coordinates } from 'sigma/types';
import { createNodeGrid, type GridNode, type NodeGrid } from './node-grid.js';
import type { SceneEdgeAttributes, SceneGraph, SceneNodeAttributes } from './scene-graph.js';

/** Nodes this far outside the canvas (px) are left out of the grid: the pointer cannot be over them. */
const OFFSCREEN_SLACK_PX = 64;

export function attachLayoutPicking(
  sigma: Sigma<SceneNodeAttributes, SceneEdgeAttributes>,
  graph: SceneGraph,
  isActive: () => boolean,
): void {
  let grid: NodeGrid | null = null;
  // Rebuilt lazily on the next pick after the drawn positions change: at most once per processed position upload,
  // camera move or resize, and only when the user points at the canvas.
  const invalidate = () => (grid = null);
  sigma.on('afterProcess', invalidate);
  sigma.on('resize', invalidate);
  sigma.getCamera().on('updated', invalidate);

  const build = (): NodeGrid => {
    const { width, height } = sigma.getDimensions();
    const nodes: GridNode[] = [];
    graph.forEachNode((id) => {
      const d = sigma.getNodeDisplayData(id);
      if (!d || d.hidden) return;
      const p = sigma.framedGraphToViewport({ x: d.x, y: d.y });
      const r = sigma.scaleSize(d.size);
      const slack = r + OFFSCREEN_SLACK_PX;
      if (p.x < -slack || p.y < -slack || p.x > width + slack || p.y > height + slack) return;
      nodes.push({ id, x: p.x, y: p.y, r, z: d.zIndex });
    });
    return createNodeGrid(nodes);
  };

  // Sigma's own picking is a private method every pointer handler calls; it is replaced on this instance only, and
  // hands back to sigma's buffer whenever the layout is not running (exact shapes, nothing to wait for).
  const own: (this: typeof sigma, p: Coordinates) => string | null = Reflect.get(
    Object.getPrototypeOf(sigma),
    'getNodeAtPosition',
  );
  Object.defineProperty(sigma, 'getNodeAtPosition', {
    configurable: true,
    writable: true,
    value(position: Coordinates): string | null {
      if (!isActive()) return own.call(sigma, position);
      grid ??= build();
      return grid.pick(position.x, position.y);
    },
  });
}
