// The flow view's loading against a stand-in for the HTTP API: a time window that holds no flows draws none (it
// once fell back to every flow without the window), divisions are asked for on request, and why each move is
// implied is kept for the details.
import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../../../model/graph.js';
import { createActions } from '../../../../client/state/actions.js';
import type { Api } from '../../../../client/state/api.js';
import { initialState } from '../../../../client/state/app-state.js';
import { createQueryMemory } from '../../../../client/state/query-history.js';
import { createStore } from '../../../../client/state/store.js';
import { articleGraph, edge, node } from '../fixtures.js';

/** An answer of GET /api/flows with Meta → xAI (four implied moves and a stated report), or with nothing. */
function flowsAnswer(empty: boolean): JsonValue {
  if (empty) return { org: null, total: 0, more: 0, flows: [], graph: { nodes: [], edges: [] } };
  const flow = edge('flow:org:meta->org:xai', 'TALENT_FLOW', 'org:meta', 'org:xai', {
    count: 4,
    statedCount: 0,
    impliedCount: 4,
    certainty: 'stated',
    reportedCount: 14,
    reportedQualifier: 'at least',
    reports: 1,
    reportCertainty: 'stated',
    eventIds: ['event:meta-to-xai-departures-2025'],
  });
  return {
    org: null,
    total: 1,
    more: 0,
    flows: [
      {
        id: flow.id,
        people: [
          {
            id: 'person:xinlei-chen',
            certainty: 'implied',
            impliedBy: ['fact:xinlei-chen-joined-xai'],
          },
        ],
      },
    ],
    graph: {
      nodes: [
        node('org:meta', 'Organization', { name: 'Meta' }),
        node('org:xai', 'Organization', { name: 'xAI' }),
      ],
      edges: [flow],
    },
  } as unknown as JsonValue;
}

function setup() {
  const asked: Parameters<Api['flows']>[0][] = [];
  const api = {
    flows: async (o: Parameters<Api['flows']>[0]) => {
      asked.push(o);
      return flowsAnswer(Boolean(o?.until && o.until < '2000'));
    },
    // A graph with every flow, as a Cypher query for the flows would return it.
    cypher: async () => ({
      columns: [],
      rows: [],
      graph: {
        nodes: articleGraph().nodes,
        edges: [edge('flow:org:meta->org:xai', 'TALENT_FLOW', 'org:meta', 'org:xai', { count: 4 })],
      },
      summary: { rowCount: 1, truncated: false, resultAvailableAfterMs: 1, resultConsumedAfterMs: 1 },
    }),
    timeline: async () => ({ items: [] }),
  } as unknown as Api;
  const store = createStore(initialState());
  const actions = createActions({ store, api, memory: createQueryMemory(undefined) });
  return { store, actions, asked };
}

describe('the flow view', () => {
  it('draws no flow for a 1990 window that holds none, rather than every flow without the window', async () => {
    const { store, actions, asked } = setup();
    actions.time.setWindow({ from: null, to: '1990' });
    await actions.loadFlows();
    expect(asked.at(-1)).toMatchObject({ until: '1990' });
    expect(store.get().flowStatus).toBe('ready');
    expect(store.get().flowData?.edges).toEqual([]);
  });

  it('draws the implied moves and the report of a flow as separate edges, and keeps why each move is implied', async () => {
    const { store, actions } = setup();
    await actions.loadFlows();
    const edges = store.get().flowData!.edges;
    expect(edges.map((e) => [e.id, e.properties.certainty, e.properties.count ?? null])).toEqual([
      ['flow:org:meta->org:xai#implied', 'implied', 4],
      ['flow:org:meta->org:xai#reported', 'stated', 4],
    ]);
    expect(store.get().flowImplied['flow:org:meta->org:xai']).toEqual({
      'person:xinlei-chen': ['fact:xinlei-chen-joined-xai'],
    });
  });

  it('asks for division-level flows when the user opens divisions', async () => {
    const { store, actions, asked } = setup();
    actions.setFlowDivisions(true);
    await actions.loadFlows();
    expect(store.get().flowDivisions).toBe(true);
    expect(asked.at(-1)).toMatchObject({ divisions: true });
  });
});
