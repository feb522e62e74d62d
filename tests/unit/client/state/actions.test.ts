// The explorer's actions against a stand-in for the HTTP API (the real API and database are exercised by the
// browser tests): the opening cap, the supernode guard, undo, the URL view, Cypher errors, the time player.
import { describe, expect, it, vi } from 'vitest';
import type { GraphData } from '../../../../model/graph.js';
import { createActions, viewOf } from '../../../../client/state/actions.js';
import { ApiError, type Api } from '../../../../client/api/api.js';
import { DEFAULT_INITIAL_NODE_CAP, initialState } from '../../../../client/state/app-state.js';
import { createQueryMemory } from '../../../../client/state/query-history.js';
import { EMPTY_SCENE } from '../../../../client/state/scene.js';
import { createStore } from '../../../../client/state/store.js';
import { articleGraph, edge, node } from '../fixtures.js';
import { cypherAnswer, fakeApi, nodeAnswer, timelineAnswer, timelineItem } from '../answers.js';

function bigGraph(n: number): GraphData {
  const nodes = Array.from({ length: n }, (_, i) => node(`person:p${i}`, 'Person', { name: `P${i}` }));
  return {
    nodes: [...nodes, node('org:hub', 'Organization')],
    edges: nodes.map((p, i) => edge(`fact:e${i}`, 'WORKED_AT', p.id, 'org:hub')),
  };
}

function setup(overrides: Partial<Api> = {}) {
  const cypherGraph = articleGraph();
  const api: Api = fakeApi({
    node: async (id) =>
      nodeAnswer(
        articleGraph().nodes.find((n) => n.id === id)!,
        articleGraph(),
      ),
    neighbors: async () => ({ graph: bigGraph(100), returned: 100, total: 412 }),
    cypher: async () => cypherAnswer(cypherGraph),
    ...overrides,
  });
  const store = createStore(initialState());
  const ticks: (() => void)[] = [];
  const timers = {
    setInterval: (fn: () => void) => (ticks.push(fn), 1) as unknown as ReturnType<typeof setInterval>,
    clearInterval: () => void ticks.splice(0),
  };
  const actions = createActions({ store, api, memory: createQueryMemory(undefined), timers });
  return { store, actions, ticks };
}

describe('actions', () => {
  it('opens on the story, capped at the opening limit with a notice', async () => {
    const { store, actions } = setup({
      cypher: async () => cypherAnswer(bigGraph(1_500), { rowCount: 1 }),
    });
    await actions.init({});
    const s = store.get();
    expect(Object.keys(s.scene.nodes)).toHaveLength(DEFAULT_INITIAL_NODE_CAP);
    expect(s.notice).toMatchObject({
      kind: 'warn',
      key: 'capped',
      vars: { shown: DEFAULT_INITIAL_NODE_CAP, total: 1_501 },
    });
    expect(s.origin?.id).toBe('left-meta');
    expect(s.history.past).toEqual([]);
  });

  it('reopens a linked query as large as the sender’s scene, not at the opening limit', async () => {
    const { store, actions } = setup({
      cypher: async () => cypherAnswer(bigGraph(1_500), { rowCount: 1 }),
    });
    await actions.init({ query: 'MATCH (p:Person)-[r]->(o) RETURN p, r, o', params: {} });
    const s = store.get();
    expect(Object.keys(s.scene.nodes)).toHaveLength(1_501);
    expect(s.notice).toBeNull();
    expect(s.linkIssues).toEqual([]);
  });

  it('expands through the supernode guard, says "100 of 412", shows more on request, and undoes', async () => {
    const limits: number[] = [];
    const { store, actions } = setup({
      neighbors: async (_id, o) => {
        limits.push(o?.limit ?? 0);
        return { graph: bigGraph(o?.limit ?? 100), returned: o?.limit ?? 100, total: 412 };
      },
    });
    await actions.init({});
    const before = Object.keys(store.get().scene.nodes).length;
    await actions.scene.expand('org:meta');
    expect(store.get().notice).toMatchObject({
      key: 'moreNeighbours',
      vars: { shown: 100, total: 412 },
      action: { key: 'showMore' },
    });
    expect(store.get().more['org:meta']).toEqual({ shown: 100, total: 412 });
    store.get().notice!.action!.run();
    await new Promise((r) => setTimeout(r, 0));
    expect(limits).toEqual([100, 200]);
    actions.scene.undo();
    actions.scene.undo();
    expect(Object.keys(store.get().scene.nodes)).toHaveLength(before);
  });

  it('expands by one relationship type and direction, keeps that filter for "show more", and leaves the node’s own count alone', async () => {
    const asked: unknown[] = [];
    const { store, actions } = setup({
      neighbors: async (_id, o) => {
        asked.push(o);
        return { graph: bigGraph(o?.limit ?? 100), returned: o?.limit ?? 100, total: 150 };
      },
    });
    await actions.init({});
    await actions.scene.expand('org:meta', undefined, { type: 'WORKED_AT', direction: 'in' });
    expect(asked[0]).toEqual({ limit: 100, types: ['WORKED_AT'], direction: 'in' });
    expect(store.get().more['org:meta']).toBeUndefined();
    store.get().notice!.action!.run();
    await new Promise((r) => setTimeout(r, 0));
    expect(asked[1]).toEqual({ limit: 200, types: ['WORKED_AT'], direction: 'in' });
  });

  it('says so when expanding a node adds nothing new to the scene', async () => {
    const { store, actions } = setup({
      // The neighbours returned are the article graph, which the opening scene already holds.
      neighbors: async () => ({ graph: articleGraph(), returned: 3, total: 3 }),
    });
    await actions.init({});
    const scene = store.get().scene;
    await actions.scene.expand('org:meta');
    expect(Object.keys(store.get().scene.nodes)).toEqual(Object.keys(scene.nodes));
    expect(store.get().notice).toMatchObject({
      kind: 'info',
      key: 'noNewNeighbours',
      vars: { name: 'Meta' },
    });
  });

  it('puts the query in the URL while the scene is its result, and the node set once changed by hand', async () => {
    const { store, actions } = setup();
    await actions.init({});
    expect(viewOf(store.get())).toMatchObject({
      query: expect.stringContaining('Who left Meta'),
      params: { org: 'org:meta' },
    });
    actions.scene.remove(['org:fair']);
    const v = viewOf(store.get());
    expect(v.query).toBeUndefined();
    expect(v.nodes).not.toContain('org:fair');
    expect(v.nodes).toContain('org:meta');
  });

  it('keeps a Cypher error with its position and leaves the scene alone', async () => {
    const { store, actions } = setup();
    await actions.init({});
    const scene = store.get().scene;
    const failing = setup({
      cypher: async () => {
        throw new ApiError(400, 'CYPHER_ERROR', "Invalid input 'RETRN'", {
          position: { line: 2, column: 1, offset: 17 },
        });
      },
    });
    failing.actions.cypher.setText('MATCH (n)\nRETRN n');
    await failing.actions.cypher.run();
    expect(failing.store.get().cypher.error).toEqual({
      code: 'CYPHER_ERROR',
      message: "Invalid input 'RETRN'",
      position: { line: 2, column: 1, offset: 17 },
    });
    expect(store.get().scene).toBe(scene);
    failing.actions.cypher.setParams('{not json');
    await failing.actions.cypher.run();
    expect(failing.store.get().cypher.error?.code).toBe('PARAMS_INVALID');
  });

  it('cancels a running query: the request is aborted, the panel says so and the history keeps it', async () => {
    let seen: AbortSignal | undefined;
    const { store, actions } = setup({
      cypher: (_q, _p, _l, signal) =>
        new Promise((_resolve, reject) => {
          seen = signal;
          signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    });
    actions.cypher.setText('UNWIND range(1, 1000000000) AS x RETURN count(x)');
    const run = actions.cypher.run();
    expect(store.get().cypher.running).toBe(true);
    actions.cypher.cancel();
    await run;
    expect(seen?.aborted).toBe(true);
    expect(store.get().cypher).toMatchObject({ running: false, cancelled: true, error: null });
    expect(store.get().cypher.history[0]).toMatchObject({
      query: 'UNWIND range(1, 1000000000) AS x RETURN count(x)',
      outcome: 'cancelled',
    });
  });

  it("adds a frame per run, newest on top; a frame's re-run runs its own query and reaches the scene again", async () => {
    const asked: string[] = [];
    const { store, actions } = setup({
      cypher: async (query) => {
        asked.push(query);
        if (query.includes('RETRN')) throw new ApiError(400, 'CYPHER_ERROR', "Invalid input 'RETRN'");
        return {
          ...cypherAnswer(query.includes('MATCH') ? articleGraph() : { nodes: [], edges: [] }),
          rows: [{ n: 1 }],
        };
      },
    });
    actions.cypher.setText('MATCH (n) RETURN n');
    await actions.cypher.run();
    const drawn = Object.keys(store.get().scene.nodes).length;
    expect(drawn).toBeGreaterThan(0);
    actions.cypher.setText('MATCH (n)\nRETRN n');
    await actions.cypher.run();
    const frames = () => store.get().cypher.frames;
    expect(frames().map((f) => [f.query, f.outcome])).toEqual([
      ['MATCH (n)\nRETRN n', 'error'],
      ['MATCH (n) RETURN n', 'ok'],
    ]);
    expect(frames()[0]!.error?.code).toBe('CYPHER_ERROR');
    // The editor holds the failed query; re-running the older frame runs that frame's query, as a new frame.
    store.set({ scene: EMPTY_SCENE });
    await actions.cypher.rerun(frames()[1]!.id);
    expect(asked.at(-1)).toBe('MATCH (n) RETURN n');
    expect(frames()).toHaveLength(3);
    expect(frames()[0]).toMatchObject({ query: 'MATCH (n) RETURN n', outcome: 'ok', view: 'graph' });
    expect(Object.keys(store.get().scene.nodes)).toHaveLength(drawn);
    expect(store.get().cypher.text).toBe('MATCH (n)\nRETRN n');
    // Pinned frames stay on top; a frame's view is its own.
    actions.cypher.pinFrame(frames()[2]!.id, true);
    expect(frames()[0]!.pinned).toBe(true);
    actions.cypher.setFrameView(frames()[1]!.id, 'json');
    expect(frames().map((f) => f.view)).toEqual(['graph', 'json', 'graph']);
    actions.cypher.closeFrame(frames()[1]!.id);
    expect(frames()).toHaveLength(2);
    // Closing the failed run's frame also takes its mark out of the editor.
    actions.cypher.setText('MATCH (n)\nRETRN n');
    await actions.cypher.run();
    expect(store.get().cypher.error?.code).toBe('CYPHER_ERROR');
    actions.cypher.closeFrame(frames().find((f) => f.outcome === 'error' && !f.pinned)!.id);
    expect(store.get().cypher.error).toBeNull();
  });

  it('opens a ready question in the editor without running it; its own Run runs it and records the run', async () => {
    let calls = 0;
    const { store, actions } = setup({
      cypher: async () => {
        calls += 1;
        return cypherAnswer(articleGraph(), { rowCount: 7 });
      },
    });
    const bid = actions.gallery.find((g) => g.id === 'bid-97-4b')!;
    actions.openGallery(bid);
    expect(store.get().cypher.text).toBe(bid.query);
    expect(calls).toBe(0);
    actions.runGallery(bid);
    await vi.waitFor(() => expect(store.get().cypher.history).toHaveLength(1));
    expect(calls).toBe(1);
    expect(store.get().origin?.id).toBe('bid-97-4b');
    expect(store.get().cypher.history[0]).toMatchObject({ query: bid.query.trim(), outcome: 'ok', rows: 7 });
  });

  it('plays through the dates in the scene, marking what just became true, and stops at the end', async () => {
    const { store, actions, ticks } = setup();
    await actions.init({ time: { from: null, to: '2024' } });
    actions.time.play();
    expect(store.get().time.playing).toBe(true);
    expect(store.get().time.window.to).toBe('2024');
    const seen: string[] = [];
    let fresh: string[] = [];
    while (ticks.length && seen.length < 10) {
      ticks[0]!();
      seen.push(store.get().time.window.to);
      if (store.get().time.window.to === '2025-03') fresh = store.get().time.fresh;
    }
    // The fixture's dates after 2024: the departures report (2025-01), the xAI stint (2025-03), the article; then a
    // last tick finds no later date and stops where it is.
    expect(seen).toEqual(['2025-01', '2025-03', '2025-08-29', '2025-08-29']);
    expect(fresh).toContain('fact:xinlei-chen-joined-xai');
    expect(store.get().time.playing).toBe(false);
  });

  it('asks for the timeline only once the time controls are used, or when a link opens with a time window', async () => {
    let calls = 0;
    const timeline = async () => {
      calls += 1;
      return timelineAnswer([timelineItem({ date: '2025-06', id: 'fact:hire', kind: 'stint-start' })]);
    };
    const plain = setup({ timeline });
    await plain.actions.init({});
    expect(calls).toBe(0);
    plain.actions.time.setEnabled(true);
    plain.actions.time.play();
    await plain.actions.time.ensureTimeline();
    expect(calls).toBe(1);

    calls = 0;
    const shared = setup({ timeline });
    await shared.actions.init({ time: { from: null, to: '2024' } });
    expect(calls).toBe(1);
  });
});

describe('the timeline on its way', () => {
  it('is marked loading until its answer comes, or fails, so the strip does not call it empty meanwhile', async () => {
    let answer!: (a: ReturnType<typeof timelineAnswer>) => void;
    const timeline = () => new Promise<ReturnType<typeof timelineAnswer>>((resolve) => (answer = resolve));
    const { store, actions } = setup({ timeline });
    const asked = actions.time.ensureTimeline();
    expect(store.get().time.loading).toBe(true);
    answer(timelineAnswer([timelineItem({ date: '2025-06', id: 'fact:hire' })]));
    await asked;
    expect(store.get().time.loading).toBe(false);

    const failing = setup({ timeline: () => Promise.reject(new Error('unreachable')) });
    await failing.actions.time.ensureTimeline();
    expect(failing.store.get().time.loading).toBe(false);
  });
});

describe('a timeline the server cut at its limit', () => {
  it('keeps that it is cut and reads on after the cursor the server gives, part after part, each item once', async () => {
    const asked: (string | undefined)[] = [];
    // Three parts of one date, as a month holding more rows than an answer is read: each part's cursor asks for the
    // next, the last part is not cut.
    const parts: Record<string, ReturnType<typeof timelineAnswer>> = {
      first: timelineAnswer([timelineItem({ date: '2025-06', id: 'fact:a' })], {
        truncated: true,
        nextAfter: 'cursor-a',
      }),
      'cursor-a': timelineAnswer([timelineItem({ date: '2025-06', id: 'fact:b' })], {
        truncated: true,
        nextAfter: 'cursor-b',
      }),
      'cursor-b': timelineAnswer([timelineItem({ date: '2025-06-12', id: 'fact:c' })]),
    };
    const timeline = async (part: { after?: string } = {}) => {
      asked.push(part.after);
      return parts[part.after ?? 'first']!;
    };
    const { store, actions } = setup({ timeline });
    await actions.time.ensureTimeline();
    expect(store.get().time).toMatchObject({ truncated: true, nextAfter: 'cursor-a' });
    expect(store.get().time.items.map((i) => i.id)).toEqual(['fact:a']);
    await actions.time.readOnTimeline();
    expect(store.get().time).toMatchObject({ truncated: true, nextAfter: 'cursor-b' });
    await actions.time.readOnTimeline();
    expect(asked).toEqual([undefined, 'cursor-a', 'cursor-b']);
    expect(store.get().time).toMatchObject({ truncated: false, nextAfter: null });
    expect(store.get().time.items.map((i) => i.id)).toEqual(['fact:a', 'fact:b', 'fact:c']);
    expect(store.get().time.extraDates).toEqual(['2025-06', '2025-06-12']);
    // Nothing is left to read: asking again asks nothing.
    await actions.time.readOnTimeline();
    expect(asked).toHaveLength(3);
  });

  it('keeps a part that failed to come offered again, with what was read', async () => {
    let fail = true;
    const timeline = async (part: { after?: string } = {}) => {
      if (part.after && fail) throw new Error('unreachable');
      return part.after
        ? timelineAnswer([timelineItem({ date: '2020', id: 'fact:later' })])
        : timelineAnswer([timelineItem({ date: '2019', id: 'fact:early' })], {
            truncated: true,
            nextAfter: 'cursor-early',
          });
    };
    const { store, actions } = setup({ timeline });
    await actions.time.ensureTimeline();
    await actions.time.readOnTimeline();
    expect(store.get().time).toMatchObject({ truncated: true, nextAfter: 'cursor-early' });
    expect(store.get().time.items.map((i) => i.id)).toEqual(['fact:early']);
    fail = false;
    await actions.time.readOnTimeline();
    expect(store.get().time.items.map((i) => i.id)).toEqual(['fact:early', 'fact:later']);
  });
});

describe('details of a foreign graph’s node', () => {
  it('asks no career or talent flows for a Person or Organization known only by its element id', async () => {
    // The Movies graph: a Person with no `id` of its own, so the server names it by its element id.
    const keanu = node('neo4j:4:m:1', 'Person', { name: 'Keanu Reeves', born: 1964 });
    const studio = node('neo4j:4:m:2', 'Organization', { name: 'Warner' });
    const asked: string[] = [];
    const api: Api = fakeApi({
      node: async (id) => nodeAnswer(id === keanu.id ? keanu : studio),
      career: async (id) => {
        asked.push(`career ${id}`);
        throw new Error('not ours');
      },
      flows: async () => {
        asked.push('flows');
        throw new Error('not ours');
      },
    });
    const store = createStore(initialState());
    const actions = createActions({ store, api, memory: createQueryMemory(undefined) });
    actions.details.selectNode(keanu.id);
    await vi.waitFor(() => expect(store.get().details?.status).toBe('ready'));
    actions.details.selectNode(studio.id);
    await vi.waitFor(() => expect(store.get().details).toMatchObject({ id: studio.id, status: 'ready' }));
    expect(asked).toEqual([]);
    expect(store.get().details?.careerStatus).toBeUndefined();
  });
});
