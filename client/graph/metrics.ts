// Node sizes from the scene's structure: degree or PageRank (graphology-metrics), scaled to a readable pixel range.
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { SceneGraph } from './scene-graph.js';

export type SizeBy = 'degree' | 'pagerank';
export const MIN_NODE_SIZE = 5;
export const MAX_NODE_SIZE = 18;

export function nodeSizes(
  graph: SceneGraph,
  by: SizeBy,
  min = MIN_NODE_SIZE,
  max = MAX_NODE_SIZE,
): Map<string, number> {
  const raw = new Map<string, number>();
  if (by === 'pagerank' && graph.size > 0) {
    const pr = pagerank(graph, { getEdgeWeight: null, maxIterations: 200, tolerance: 1e-8 });
    for (const [id, v] of Object.entries(pr)) raw.set(id, v);
  } else {
    graph.forEachNode((id) => raw.set(id, graph.degree(id)));
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of raw.values()) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  const sizes = new Map<string, number>();
  for (const [id, v] of raw) {
    // Square root keeps hubs from dwarfing everything else.
    const t = hi > lo ? Math.sqrt((v - lo) / (hi - lo)) : 0.3;
    sizes.set(id, min + t * (max - min));
  }
  return sizes;
}
