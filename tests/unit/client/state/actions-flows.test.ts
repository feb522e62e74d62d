// The flow view's loading against a stand-in for the HTTP API: a time window that holds no flows draws none (it
// once fell back to every flow without the window), divisions are asked for on request, and why each move is
// implied is kept for the details.
import { describe, expect, it } from 'vitest';
import type { FlowsResponse } from '../../../../model/flow-response.js';
import { createActions } from '../../../../client/state/actions.js';
import type { Api } from '../../../../client/api/api.js';
import { initialState } from '../../../../client/state/app-state.js';
import { createQueryMemory } from '../../../../client/state/query-history.js';
import { createStore } from '../../../../client/state/store.js';
import { articleGraph, edge, node } from '../fixtures.js';
import { cypherAnswer, fakeApi, flowOf, flowPerson, flowsAnswer } from '../answers.js';

/** An answer of GET /api/flows with Meta → xAI (four implied moves and a stated report), or with nothing. */
function metaToXai(empty: boolean): FlowsResponse {
  if (empty) return flowsAnswer();
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
  return flowsAnswer({
    flows: [
      flowOf(flow.id, [
        flowPerson({
          id: 'person:xinlei-chen',
          certainty: 'implied',
          impliedBy: ['fact:xinlei-chen-joined-xai'],
        }),
      ]),
    ],
    graph: {
      nodes: [
        node('org:meta', 'Organization', { name: 'Meta' }),
        node('org:xai', 'Organization', { name: 'xAI' }),
      ],
      edges: [flow],
    },
  });
}

function setup() {
  const asked: Parameters<Api['flows']>[0][] = [];
  const api = fakeApi({
    flows: async (o) => {
      asked.push(o);
      return metaToXai(Boolean(o?.until && o.until < '2000'));
    },
    // A graph with every flow, as a Cypher query for the flows would return it.
    cypher: async () =>
      cypherAnswer({
        nodes: articleGraph().nodes,
        edges: [edge('flow:org:meta->org:xai', 'TALENT_FLOW', 'org:meta', 'org:xai', { count: 4 })],
      }),
  });
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
