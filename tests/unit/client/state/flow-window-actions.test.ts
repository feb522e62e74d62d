// Asking for the time window's numbers of the network's stored flows (client/state/flow-window-actions.ts), against a
// stand-in for the HTTP API: once per window change, debounced, in bounded requests, the latest request winning.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FlowsResponse } from '../../../../model/flow-response.js';
import type { GraphEdge } from '../../../../model/graph.js';
import { MAX_FLOW_IDS } from '../../../../model/api-limits.js';
import type { Api } from '../../../../client/api/api.js';
import { initialState, type AppState } from '../../../../client/state/app-state.js';
import {
  createFlowWindowActions,
  DEFAULT_FLOW_WINDOW_DELAY_MS,
} from '../../../../client/state/flow-window-actions.js';
import { DEFAULT_DERIVATION_POLL_MS } from '../../../../client/state/flows.js';
import {
  currentFlowCounts,
  flowWindowStatus,
  NOTHING_IN_WINDOW,
} from '../../../../client/state/flow-window.js';
import { splitFlows } from '../../../../client/state/flows.js';
import { createQueryMemory } from '../../../../client/state/query-history.js';
import { sceneFromGraph } from '../../../../client/state/scene.js';
import { createStore } from '../../../../client/state/store.js';
import { edge, node } from '../fixtures.js';
import { cypherAnswer, fakeApi, flowOf, flowsAnswer } from '../answers.js';

/** A scene of `n` stored flows org:s → org:t<i>, three stated movers each. */
function flowsScene(n: number) {
  const edges: GraphEdge[] = Array.from({ length: n }, (_, i) =>
    edge(`flow:org:s->org:t${i}`, 'TALENT_FLOW', 'org:s', `org:t${i}`, { count: 3, statedCount: 3 }),
  );
  const nodes = [node('org:s', 'Organization'), ...edges.map((e) => node(e.target, 'Organization'))];
  return sceneFromGraph(splitFlows({ nodes, edges }));
}

/** The window's answer: each flow asked for with `named` stated movers. */
function answerFor(ids: string[], named: number): FlowsResponse {
  return flowsAnswer({
    flows: ids.map((id) => ({ ...flowOf(id), count: named, byCertainty: { stated: named, implied: 0 } })),
  });
}

type Asked = NonNullable<Parameters<Api['flows']>[0]>;

function setup(flows: (o: Asked, signal?: AbortSignal) => Promise<FlowsResponse>, scene = flowsScene(2)) {
  const asked: Asked[] = [];
  const api = fakeApi({
    flows: (o = {}, signal) => {
      asked.push(o);
      return flows(o, signal);
    },
  });
  const store = createStore(initialState({ scene }));
  createFlowWindowActions({ store, api, memory: createQueryMemory(undefined) });
  const setWindow = (from: string | null, to: string) =>
    store.set((s: AppState) => ({ time: { ...s.time, enabled: true, window: { from, to } } }));
  return { store, asked, setWindow };
}

interface Held {
  until: string;
  ids: string[];
  signal: AbortSignal;
  resolve: (a: FlowsResponse) => void;
}

/** setup with requests held open until a test answers them; an abort rejects one, as fetch does. */
function setupHeld() {
  const held: Held[] = [];
  const env = setup(
    (o, signal) =>
      new Promise((resolve, reject) => {
        held.push({ until: o.until!, ids: o.ids!, signal: signal!, resolve });
        signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      }),
  );
  return { ...env, held };
}

const rest = () => vi.advanceTimersByTimeAsync(DEFAULT_FLOW_WINDOW_DELAY_MS + 1);

describe('the time window’s numbers of the network’s stored flows', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('asks nothing without a window, or with no stored flow in the scene', async () => {
    const { store, asked, setWindow } = setup(async (o) => answerFor(o.ids!, 1));
    store.set({ scene: flowsScene(3) });
    await rest();
    expect(asked).toEqual([]);
    store.set({ scene: flowsScene(0) });
    setWindow(null, '2022');
    await rest();
    expect(asked).toEqual([]);
  });

  it('asks once for the window the slider rests on, for the scene’s flows, and draws its numbers', async () => {
    const { store, asked, setWindow } = setup(async (o) => answerFor(o.ids!, 1));
    setWindow(null, '2020');
    setWindow(null, '2021');
    setWindow('2019', '2022');
    expect(currentFlowCounts(store.get())).toBeNull();
    await rest();
    expect(asked).toEqual([
      {
        ids: ['flow:org:s->org:t0', 'flow:org:s->org:t1'],
        since: '2019',
        until: '2022',
        min: 0,
        peopleLimit: 0,
      },
    ]);
    expect(currentFlowCounts(store.get())?.['flow:org:s->org:t0']).toMatchObject({ stated: 1, implied: 0 });
    // The same window again asks nothing; an expansion's new flow alone is asked for.
    store.set({ scene: flowsScene(3) });
    await rest();
    expect(asked.at(-1)?.ids).toEqual(['flow:org:s->org:t2']);
    expect(Object.keys(currentFlowCounts(store.get())!)).toHaveLength(3);
  });

  it('keeps a slow answer for an older window from overwriting a newer one’s', async () => {
    const pending: { until: string; resolve: (a: FlowsResponse) => void }[] = [];
    const { store, setWindow } = setup(
      (o) => new Promise((resolve) => pending.push({ until: o.until!, resolve })),
    );
    setWindow(null, '2020');
    await rest();
    setWindow(null, '2024');
    await rest();
    expect(pending.map((p) => p.until)).toEqual(['2020', '2024']);
    pending[1]!.resolve(answerFor(['flow:org:s->org:t0', 'flow:org:s->org:t1'], 4));
    await vi.advanceTimersByTimeAsync(0);
    pending[0]!.resolve(answerFor(['flow:org:s->org:t0', 'flow:org:s->org:t1'], 1));
    await vi.advanceTimersByTimeAsync(0);
    expect(store.get().flowWindow?.until).toBe('2024');
    expect(currentFlowCounts(store.get())?.['flow:org:s->org:t0']?.stated).toBe(4);
  });

  it('aborts the request of a window the slider has left, keeps none of its answer and says nothing', async () => {
    const { store, held, setWindow } = setupHeld();
    const ids = ['flow:org:s->org:t0', 'flow:org:s->org:t1'];
    setWindow(null, '2020');
    await rest();
    expect(held.map((h) => [h.until, h.signal.aborted])).toEqual([['2020', false]]);
    // The play button steps on: the request for 2020 is aborted at once, before 2021 has rested.
    setWindow(null, '2021');
    expect(held[0]!.signal.aborted).toBe(true);
    // A server that answers it anyway: not kept.
    held[0]!.resolve(answerFor(ids, 7));
    await vi.advanceTimersByTimeAsync(0);
    expect(store.get().flowWindow?.counts).toEqual({});
    await rest();
    expect(held.map((h) => [h.until, h.signal.aborted])).toEqual([
      ['2020', true],
      ['2021', false],
    ]);
    held[1]!.resolve(answerFor(ids, 2));
    await vi.advanceTimersByTimeAsync(0);
    expect(currentFlowCounts(store.get())?.['flow:org:s->org:t0']?.stated).toBe(2);
    expect(store.get().notice).toBeNull();
  });

  it('aborts the request in flight when the window is turned off or another scene comes, without a notice', async () => {
    const { store, held, setWindow } = setupHeld();
    setWindow(null, '2020');
    await rest();
    store.set((s: AppState) => ({ time: { ...s.time, enabled: false } }));
    expect(held[0]!.signal.aborted).toBe(true);
    setWindow(null, '2020');
    await rest();
    expect(held).toHaveLength(2);
    // Another dataset's scene: its flows are other flows.
    store.set({ scene: flowsScene(3) });
    expect(held[1]!.signal.aborted).toBe(true);
    await rest();
    expect(held.map((h) => h.signal.aborted)).toEqual([true, true, false]);
    held[2]!.resolve(answerFor(held[2]!.ids, 1));
    await vi.advanceTimersByTimeAsync(0);
    expect(Object.keys(currentFlowCounts(store.get())!)).toHaveLength(3);
    expect(store.get().notice).toBeNull();
  });

  it('keeps a flow pending, drawn as the last window’s answer, while the next window’s request is held', async () => {
    const { store, held, setWindow } = setupHeld();
    const ids = ['flow:org:s->org:t0', 'flow:org:s->org:t1'];
    const t0 = 'flow:org:s->org:t0';
    setWindow(null, '2020');
    // Before any answer: pending, with nothing to draw it by but its stored self — never all time's numbers.
    expect(flowWindowStatus(store.get(), t0)).toEqual({ kind: 'pending', drawn: null });
    await rest();
    held[0]!.resolve(answerFor(ids, 3));
    await vi.advanceTimersByTimeAsync(0);
    expect(flowWindowStatus(store.get(), t0)).toMatchObject({ kind: 'counted', counts: { stated: 3 } });
    // The slider steps on: while 2021 rests, and while its request is held, 2020's numbers draw it, as pending.
    setWindow(null, '2021');
    expect(flowWindowStatus(store.get(), t0)).toMatchObject({ kind: 'pending', drawn: { stated: 3 } });
    await rest();
    expect(held).toHaveLength(2);
    expect(flowWindowStatus(store.get(), t0)).toMatchObject({ kind: 'pending', drawn: { stated: 3 } });
    held[1]!.resolve(answerFor(ids, 1));
    await vi.advanceTimersByTimeAsync(0);
    expect(flowWindowStatus(store.get(), t0)).toMatchObject({ kind: 'counted', counts: { stated: 1 } });
  });

  it('keeps the window’s numbers in hand when only the follow-up for a flow the answer left out fails', async () => {
    const t0 = 'flow:org:s->org:t0';
    const t1 = 'flow:org:s->org:t1';
    // The window's answer counts t0 and leaves t1 out; asking for t1 over all time then fails.
    const { store, setWindow, asked } = setup(async (o) => {
      if (!o.until) throw new Error('503');
      return answerFor([t0], 2);
    });
    setWindow(null, '2020');
    await rest();
    expect(asked).toHaveLength(2);
    expect(flowWindowStatus(store.get(), t0)).toMatchObject({ kind: 'counted', counts: { stated: 2 } });
    expect(flowWindowStatus(store.get(), t1)).toEqual({ kind: 'allTime' });
    expect(store.get().notice).toBeNull();
  });

  it('falls back to all time’s numbers, marked, only when asking fails', async () => {
    let fail = false;
    const { store, setWindow } = setup(async (o) => {
      if (fail) throw new Error('503');
      return answerFor(o.ids!, 2);
    });
    const t0 = 'flow:org:s->org:t0';
    setWindow(null, '2020');
    await rest();
    fail = true;
    setWindow(null, '2021');
    expect(flowWindowStatus(store.get(), t0)?.kind).toBe('pending');
    await rest();
    expect(flowWindowStatus(store.get(), t0)).toEqual({ kind: 'allTime' });
    expect(store.get().notice).toBeNull();
    // Asked again (another window): pending again, drawn as the last answer, 2020's.
    fail = false;
    setWindow(null, '2022');
    expect(flowWindowStatus(store.get(), t0)).toMatchObject({ kind: 'pending', drawn: { stated: 2 } });
    await rest();
    expect(flowWindowStatus(store.get(), t0)).toMatchObject({ kind: 'counted', counts: { stated: 2 } });
  });

  it('asks for a large scene’s flows in bounded requests', async () => {
    const n = MAX_FLOW_IDS * 2 + 5;
    const { store, asked, setWindow } = setup(async (o) => answerFor(o.ids!, 2), flowsScene(n));
    setWindow(null, '2022');
    await rest();
    expect(asked.map((a) => a.ids!.length)).toEqual([MAX_FLOW_IDS, MAX_FLOW_IDS, 5]);
    expect(Object.keys(currentFlowCounts(store.get())!)).toHaveLength(n);
  });

  it('tells a flow with nothing in the window from one the server does not store, which keeps its all-time numbers', async () => {
    // t0 moved in the window; t1 is stored but has nothing in it; t2 is no stored flow (written by hand).
    const { store, asked, setWindow } = setup(
      async (o) =>
        o.until
          ? answerFor(
              o.ids!.filter((id) => id.endsWith('t0')),
              1,
            )
          : answerFor(
              o.ids!.filter((id) => !id.endsWith('t2')),
              3,
            ),
      flowsScene(3),
    );
    setWindow(null, '2022');
    await rest();
    // The flows the window's answer left out are asked for once over all time: does the server have them at all?
    expect(asked.map((a) => [a.until ?? null, a.ids])).toEqual([
      ['2022', ['flow:org:s->org:t0', 'flow:org:s->org:t1', 'flow:org:s->org:t2']],
      [null, ['flow:org:s->org:t1', 'flow:org:s->org:t2']],
    ]);
    const counts = currentFlowCounts(store.get())!;
    expect(counts['flow:org:s->org:t0']?.stated).toBe(1);
    expect(counts['flow:org:s->org:t1']).toEqual(NOTHING_IN_WINDOW);
    expect(counts['flow:org:s->org:t2']).toBeUndefined();
    // Another window asks for the stored ones only, and no more whether they are stored.
    setWindow(null, '2023');
    await rest();
    expect(asked.slice(2).map((a) => [a.until ?? null, a.ids])).toEqual([
      ['2023', ['flow:org:s->org:t0', 'flow:org:s->org:t1']],
    ]);
  });

  it('keeps all time’s numbers when asking fails, and asks again on the next change', async () => {
    let fail = true;
    const { store, asked, setWindow } = setup(async (o) => {
      if (fail) throw new Error('503');
      return answerFor(o.ids!, 1);
    });
    setWindow(null, '2022');
    await rest();
    expect(asked).toHaveLength(1);
    expect(currentFlowCounts(store.get())).toEqual({});
    expect(currentFlowCounts(store.get())?.['flow:org:s->org:t0']).toBeUndefined();
    fail = false;
    setWindow(null, '2023');
    await rest();
    expect(asked).toHaveLength(2);
    expect(currentFlowCounts(store.get())?.['flow:org:s->org:t0']?.stated).toBe(1);
  });

  it('trusts no flow left out while the server derives the flows again, and asks again until it is done', async () => {
    // A write swaps the flows: while the derivation runs, t1 is missing from the answers; once done, both are back.
    let deriving = true;
    const { store, asked, setWindow } = setup(async (o) => {
      const ids = deriving ? o.ids!.filter((id) => id.endsWith('t0')) : o.ids!;
      return { ...answerFor(ids, deriving ? 1 : 2), derivation: { running: deriving, failed: null } };
    });
    setWindow(null, '2022');
    await rest();
    // Not asked whether t1 is stored at all (the answer may be half swapped), and drawn with no window's numbers.
    expect(asked).toHaveLength(1);
    expect(currentFlowCounts(store.get())?.['flow:org:s->org:t1']).toBeUndefined();
    deriving = false;
    await vi.advanceTimersByTimeAsync(DEFAULT_DERIVATION_POLL_MS + 1);
    expect(asked.at(-1)?.ids).toEqual(['flow:org:s->org:t0', 'flow:org:s->org:t1']);
    const counts = currentFlowCounts(store.get())!;
    expect(counts['flow:org:s->org:t0']?.stated).toBe(2);
    expect(counts['flow:org:s->org:t1']?.stated).toBe(2);
    // Done: no more asking.
    const n = asked.length;
    await vi.advanceTimersByTimeAsync(DEFAULT_DERIVATION_POLL_MS * 3);
    expect(asked).toHaveLength(n);
  });

  it('asks again after a write this page ran, and drops a flow the derivation removed', async () => {
    let afterWrite = false;
    const { store, setWindow } = setup(async (o) =>
      afterWrite
        ? answerFor(
            o.ids!.filter((id) => id.endsWith('t0')),
            5,
          )
        : answerFor(o.ids!, 1),
    );
    setWindow(null, '2022');
    await rest();
    expect(currentFlowCounts(store.get())?.['flow:org:s->org:t1']?.stated).toBe(1);
    // The Cypher panel's run wrote (its summary has counters); the server derived the flows again: t1 is gone.
    afterWrite = true;
    store.set((s) => ({
      cypher: {
        ...s.cypher,
        result: cypherAnswer({ nodes: [], edges: [] }, { counters: { propertiesSet: 1 } }),
      },
    }));
    await rest();
    const counts = currentFlowCounts(store.get())!;
    expect(counts['flow:org:s->org:t0']?.stated).toBe(5);
    // No longer a stored flow: its all-time numbers, marked, rather than hidden as "nothing in the window".
    expect(counts['flow:org:s->org:t1']).toBeUndefined();
  });

  it('does not ask again after a Cypher run that only read', async () => {
    const { store, asked, setWindow } = setup(async (o) => answerFor(o.ids!, 1));
    setWindow(null, '2022');
    await rest();
    store.set((s) => ({ cypher: { ...s.cypher, result: cypherAnswer({ nodes: [], edges: [] }) } }));
    await rest();
    expect(asked).toHaveLength(1);
  });
});
