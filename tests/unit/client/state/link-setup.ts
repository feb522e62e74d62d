// The stand-in for the HTTP API that the shared-link tests open links against: the article's graph with a derived
// flow, answered as the node-set view would (the nodes asked for and the facts among them).
import type { Api, CypherResult } from '../../../../client/api/api.js';
import { createActions } from '../../../../client/state/actions.js';
import { initialState } from '../../../../client/state/app-state.js';
import { createQueryMemory } from '../../../../client/state/query-history.js';
import { createStore } from '../../../../client/state/store.js';
import type { GraphData } from '../../../../model/graph.js';
import { articleGraph, edge } from '../fixtures.js';
import { cypherAnswer, fakeApi } from '../answers.js';
/** The article's graph plus a derived flow between two of its organisations (what a node-set query also returns). */
export function graphWithFlow(): GraphData {
  const g = articleGraph();
  return { ...g, edges: [...g.edges, edge('flow:org:meta->org:xai', 'TALENT_FLOW', 'org:meta', 'org:xai')] };
}

export const answer = (graph: GraphData): CypherResult => cypherAnswer(graph);

/** Like the node-set query: the nodes with these ids and every fact among them. */
export function among(graph: GraphData, ids: unknown): GraphData {
  if (!Array.isArray(ids)) return graph;
  const keep = new Set(ids);
  return {
    nodes: graph.nodes.filter((n) => keep.has(n.id)),
    edges: graph.edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
  };
}

export function setup(
  cypher: Api['cypher'] = async (_q, p) => answer(among(graphWithFlow(), p?.ids)),
  others: Partial<Api> = {},
) {
  const queries: string[] = [];
  const api: Api = fakeApi({
    ...others,
    cypher: async (q, p, signal) => {
      queries.push(q);
      return cypher(q, p, signal);
    },
  });
  const store = createStore(initialState());
  const actions = createActions({ store, api, memory: createQueryMemory(undefined) });
  return { store, actions, queries };
}

/** The article's graph with Meta → xAI derived again (test data): one implied move and a report, no stated one. */
export function rederivedFlowGraph(): GraphData {
  const g = articleGraph();
  const rederived = edge('flow:org:meta->org:xai', 'TALENT_FLOW', 'org:meta', 'org:xai', {
    count: 1,
    statedCount: 0,
    impliedCount: 1,
    reportedCount: 14,
    eventIds: ['event:meta-to-xai-departures-2025'],
  });
  return { ...g, edges: [...g.edges, rederived] };
}
