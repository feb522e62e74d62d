// The flow view's loading against a stand-in for the HTTP API: a time window that holds no flows draws none (it
// once fell back to every flow without the window), divisions are asked for on request, and why each move is
// implied is kept for the details.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FlowsResponse } from '../../../../model/flow-response.js';
import { createActions, DEFAULT_DERIVATION_POLL_MS } from '../../../../client/state/actions.js';
import type { Api } from '../../../../client/api/api.js';
import { initialState } from '../../../../client/state/app-state.js';
import { createQueryMemory } from '../../../../client/state/query-history.js';
import { createStore } from '../../../../client/state/store.js';
import { articleGraph, edge, node } from '../fixtures.js';
import { cypherAnswer, fakeApi, flowOf, flowPerson, flowsAnswer, nodeAnswer } from '../answers.js';

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

  it('says the flows are from before a write while the server derives them again, and asks again until it has', async () => {
    vi.useFakeTimers();
    try {
      const answers = [
        { ...metaToXai(false), derivation: { running: true, failed: null } },
        { ...metaToXai(false), derivation: { running: true, failed: null } },
        metaToXai(false),
      ];
      let asked = 0;
      const api = fakeApi({ flows: async () => answers[Math.min(asked++, answers.length - 1)]! });
      const store = createStore(initialState());
      const actions = createActions({ store, api, memory: createQueryMemory(undefined) });
      actions.setMode('flows');
      await vi.waitFor(() => expect(asked).toBe(1));
      await vi.waitFor(() =>
        expect(store.get().notice).toMatchObject({ kind: 'warn', key: 'flowsDeriving' }),
      );
      // The flows drawn meanwhile are those the server holds (from before the write).
      expect(store.get().flowData!.edges.length).toBeGreaterThan(0);
      await vi.advanceTimersByTimeAsync(DEFAULT_DERIVATION_POLL_MS);
      expect(asked).toBe(2);
      await vi.advanceTimersByTimeAsync(DEFAULT_DERIVATION_POLL_MS);
      expect(asked).toBe(3);
      // Derived: the notice is gone, and nothing more is asked.
      expect(store.get().notice).toBeNull();
      await vi.advanceTimersByTimeAsync(DEFAULT_DERIVATION_POLL_MS * 3);
      expect(asked).toBe(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('asks again on coming back to the flow view left while the server derived the flows', async () => {
    vi.useFakeTimers();
    try {
      let asked = 0;
      const api = fakeApi({
        flows: async () =>
          asked++ === 0
            ? { ...metaToXai(false), derivation: { running: true, failed: null } }
            : metaToXai(false),
      });
      const store = createStore(initialState());
      const actions = createActions({ store, api, memory: createQueryMemory(undefined) });
      actions.setMode('flows');
      await vi.waitFor(() => expect(store.get().flowStatus).toBe('ready'));
      actions.setMode('network');
      await vi.advanceTimersByTimeAsync(DEFAULT_DERIVATION_POLL_MS * 2);
      // Not shown: not asked.
      expect(asked).toBe(1);
      actions.setMode('flows');
      await vi.waitFor(() => expect(asked).toBe(2));
    } finally {
      vi.useRealTimers();
    }
  });

  it('says the flows are from before a write when deriving them again failed, and why', async () => {
    const api = fakeApi({
      flows: async () => ({ ...metaToXai(false), derivation: { running: false, failed: 'Neo4j went away' } }),
    });
    const store = createStore(initialState());
    const actions = createActions({ store, api, memory: createQueryMemory(undefined) });
    actions.setMode('flows');
    await vi.waitFor(() =>
      expect(store.get().notice).toMatchObject({
        kind: 'error',
        key: 'flowsDerivationFailed',
        about: 'flows',
      }),
    );
  });

  it('leaves a notice the user dismissed, or another one, alone when it asks again', async () => {
    vi.useFakeTimers();
    try {
      let asked = 0;
      const api = fakeApi({
        flows: async () => {
          asked += 1;
          return { ...metaToXai(false), derivation: { running: true, failed: null } };
        },
      });
      const store = createStore(initialState());
      const actions = createActions({ store, api, memory: createQueryMemory(undefined) });
      actions.setMode('flows');
      await vi.waitFor(() => expect(store.get().notice).toMatchObject({ key: 'flowsDeriving' }));
      store.set({ notice: null });
      await vi.advanceTimersByTimeAsync(DEFAULT_DERIVATION_POLL_MS);
      expect(asked).toBe(2);
      expect(store.get().notice).toBeNull();
      store.set({ notice: { kind: 'info', key: 'emptyResult' } });
      await vi.advanceTimersByTimeAsync(DEFAULT_DERIVATION_POLL_MS);
      expect(asked).toBe(3);
      expect(store.get().notice).toMatchObject({ key: 'emptyResult' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the flows and the notice shown when asking again fails, asks again later, and says a failure even after a dismissal', async () => {
    vi.useFakeTimers();
    try {
      const steps: (() => FlowsResponse)[] = [
        () => ({ ...metaToXai(false), derivation: { running: true, failed: null } }),
        () => {
          throw new Error('network down');
        },
        () => ({ ...metaToXai(false), derivation: { running: false, failed: 'The last derivation failed' } }),
      ];
      let asked = 0;
      const api = fakeApi({ flows: async () => steps[Math.min(asked++, steps.length - 1)]!() });
      const store = createStore(initialState());
      const actions = createActions({ store, api, memory: createQueryMemory(undefined) });
      actions.setMode('flows');
      await vi.waitFor(() => expect(store.get().notice).toMatchObject({ key: 'flowsDeriving' }));
      await vi.advanceTimersByTimeAsync(DEFAULT_DERIVATION_POLL_MS);
      expect(asked).toBe(2);
      expect(store.get().flowStatus).toBe('ready');
      expect(store.get().notice).toMatchObject({ key: 'flowsDeriving' });
      // Dismissed; the next answer says the derivation failed: that is shown.
      store.set({ notice: null });
      await vi.advanceTimersByTimeAsync(DEFAULT_DERIVATION_POLL_MS);
      expect(asked).toBe(3);
      expect(store.get().notice).toMatchObject({ kind: 'error', key: 'flowsDerivationFailed' });
    } finally {
      vi.useRealTimers();
    }
  });

  describe('an organisation’s details while the server derives the flows', () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());

    /** The actions over an API whose organisations are named by their ids, and whose flows `flows` answers. */
    const orgActions = (
      flows: Api['flows'],
      nodeOf: Api['node'] = async (id) => nodeAnswer(node(id, 'Organization', { name: id })),
    ) => {
      const store = createStore(initialState());
      const api = fakeApi({ node: nodeOf, flows });
      return { store, actions: createActions({ store, api, memory: createQueryMemory(undefined) }) };
    };

    it('tells an organisation’s details that its flows are being derived again, asks again while they are shown, and keeps them when asking fails', async () => {
      const steps: (() => FlowsResponse)[] = [
        () => ({ ...metaToXai(false), derivation: { running: true, failed: null } }),
        () => {
          throw new Error('network down');
        },
        () => metaToXai(false),
      ];
      let asked = 0;
      const { store, actions } = orgActions(async () => steps[Math.min(asked++, steps.length - 1)]!());
      actions.details.selectNode('org:meta');
      await vi.waitFor(() =>
        expect(store.get().details?.flowsDerivation).toEqual({ running: true, failed: false }),
      );
      expect(store.get().details?.flows?.edges.length).toBeGreaterThan(0);
      // Asking again fails: what the panel shows stays, and it asks again later.
      await vi.advanceTimersByTimeAsync(DEFAULT_DERIVATION_POLL_MS);
      expect(asked).toBe(2);
      expect(store.get().details).toMatchObject({ flowsStatus: 'ready', flowsDerivation: { running: true } });
      await vi.advanceTimersByTimeAsync(DEFAULT_DERIVATION_POLL_MS);
      expect(asked).toBe(3);
      expect(store.get().details?.flowsDerivation).toEqual({ running: false, failed: false });
      await vi.advanceTimersByTimeAsync(DEFAULT_DERIVATION_POLL_MS * 3);
      expect(asked).toBe(3);
    });

    it('stops asking for an organisation’s flows once its details are closed', async () => {
      let asked = 0;
      const { store, actions } = orgActions(async () => {
        asked++;
        return { ...metaToXai(false), derivation: { running: false, failed: 'The last derivation failed' } };
      });
      actions.details.selectNode('org:meta');
      await vi.waitFor(() =>
        expect(store.get().details?.flowsDerivation).toEqual({ running: false, failed: true }),
      );
      // A failure is said, not polled for.
      await vi.advanceTimersByTimeAsync(DEFAULT_DERIVATION_POLL_MS * 2);
      expect(asked).toBe(1);
      let running = true;
      const { store: store2, actions: actions2 } = orgActions(async () => {
        asked++;
        return { ...metaToXai(false), derivation: { running, failed: null } };
      });
      actions2.details.selectNode('org:meta');
      await vi.waitFor(() => expect(store2.get().details?.flowsDerivation?.running).toBe(true));
      actions2.details.selectNode(null);
      running = false;
      const before = asked;
      await vi.advanceTimersByTimeAsync(DEFAULT_DERIVATION_POLL_MS * 3);
      expect(asked).toBe(before);
    });

    it('keeps asking for the organisation shown when a late answer for the one shown before arrives', async () => {
      const asked: string[] = [];
      let releaseMeta: () => void = () => {};
      const { store, actions } = orgActions(async (o) => {
        asked.push(o!.org!);
        // Meta's second answer (a poll) comes late, after xAI's details are shown.
        if (o!.org === 'org:meta' && asked.filter((x) => x === 'org:meta').length === 2)
          await new Promise<void>((r) => (releaseMeta = r));
        return { ...metaToXai(false), derivation: { running: true, failed: null } };
      });
      actions.details.selectNode('org:meta');
      await vi.waitFor(() => expect(store.get().details?.flowsDerivation?.running).toBe(true));
      await vi.advanceTimersByTimeAsync(DEFAULT_DERIVATION_POLL_MS);
      expect(asked).toEqual(['org:meta', 'org:meta']);
      actions.details.selectNode('org:xai');
      await vi.waitFor(() => expect(store.get().details?.flowsDerivation?.running).toBe(true));
      releaseMeta();
      await vi.advanceTimersByTimeAsync(0);
      await vi.advanceTimersByTimeAsync(DEFAULT_DERIVATION_POLL_MS);
      expect(asked.at(-1)).toBe('org:xai');
      expect(asked.filter((x) => x === 'org:xai')).toHaveLength(2);
      expect(asked.filter((x) => x === 'org:meta')).toHaveLength(2);
    });

    it('keeps asking for the organisation shown when the node answer of one shown before comes late', async () => {
      const asked: string[] = [];
      let releaseMeta: () => void = () => {};
      const { store, actions } = orgActions(
        async (o) => {
          asked.push(o!.org!);
          return { ...metaToXai(false), derivation: { running: true, failed: null } };
        },
        async (id) => {
          if (id === 'org:meta') await new Promise<void>((r) => (releaseMeta = r));
          return nodeAnswer(node(id, 'Organization', { name: id }));
        },
      );
      actions.details.selectNode('org:meta');
      actions.details.selectNode('org:xai');
      await vi.waitFor(() => expect(store.get().details?.flowsDerivation?.running).toBe(true));
      releaseMeta();
      await vi.advanceTimersByTimeAsync(0);
      await vi.advanceTimersByTimeAsync(DEFAULT_DERIVATION_POLL_MS);
      // Meta's flows were never asked for; xAI's again.
      expect(asked).toEqual(['org:xai', 'org:xai']);
    });
  });
});
