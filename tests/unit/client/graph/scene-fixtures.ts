// Scene graphs for the graph controllers' unit tests: made-up people in a chain, no data from any source.
import type { ViewSpec } from '../../../../client/graph/reducers.js';
import { createSceneGraph, syncSceneGraph, type SceneGraph } from '../../../../client/graph/scene-graph.js';
import { edge, node } from '../fixtures.js';

/** A scene of `n` people `p:0` … `p:n-1`, each KNOWS the next. */
export function chainScene(n: number): SceneGraph {
  const graph = createSceneGraph();
  const nodes = Array.from({ length: n }, (_, i) => node(`p:${i}`, 'Person', { name: `P ${i}` }));
  const edges = Array.from({ length: n - 1 }, (_, i) => edge(`e:${i}`, 'KNOWS', `p:${i}`, `p:${i + 1}`));
  syncSceneGraph(graph, { nodes, edges });
  return graph;
}

/** The plainest view: English, light, everything drawn, nothing selected or focused. */
export const BASE_SPEC: ViewSpec = {
  lang: 'en',
  theme: 'light',
  visibleNodes: null,
  visibleEdges: null,
  focus: null,
  selected: null,
  sizes: new Map(),
  large: false,
};
