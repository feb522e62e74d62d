// Shared links both ways against a stand-in for the HTTP API: the state a link carries (exact facts, hidden nodes,
// positions, filters, selection, the editor's text) and how opening one rebuilds it — or falls back to the default view
// with a note when the link's scene cannot be opened.
import { describe, expect, it } from 'vitest';
import { addressOf, createActions, viewOf } from '../../../../client/state/actions.js';
import type { Api, CypherResult } from '../../../../client/api/api.js';
import { initialState } from '../../../../client/state/app-state.js';
import { createQueryMemory } from '../../../../client/state/query-history.js';
import { createStore } from '../../../../client/state/store.js';
import { decodeLink } from '../../../../client/state/url-decode.js';
import { encodeView } from '../../../../client/state/url-encode.js';
import { DEFAULT_URL_BUDGET } from '../../../../client/state/url.js';
import type { GraphData, JsonValue } from '../../../../model/graph.js';
import { articleGraph, edge } from '../fixtures.js';
import { cypherAnswer, emptySchema, fakeApi, flowsAnswer, pathsAnswer } from '../answers.js';
import { STORY_QUERY } from '../../../../client/state/gallery.js';
import { isForeignDatabase, OVERVIEW_QUERY } from '../../../../client/state/overview.js';
import {
  FIRST_VIEW_PATH,
  startEarlyRequest,
  takeEarlyRequest,
  viewBody,
} from '../../../../client/api/early-request.js';

/** The article's graph plus a derived flow between two of its organisations (what a node-set query also returns). */
function graphWithFlow(): GraphData {
  const g = articleGraph();
  return { ...g, edges: [...g.edges, edge('flow:org:meta->org:xai', 'TALENT_FLOW', 'org:meta', 'org:xai')] };
}

const answer = (graph: GraphData): CypherResult => cypherAnswer(graph);

/** Like the node-set query: the nodes with these ids and every fact among them. */
function among(graph: GraphData, ids: unknown): GraphData {
  if (!Array.isArray(ids)) return graph;
  const keep = new Set(ids);
  return {
    nodes: graph.nodes.filter((n) => keep.has(n.id)),
    edges: graph.edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
  };
}

function setup(cypher: Api['cypher'] = async (_q, p) => answer(among(graphWithFlow(), p?.ids))) {
  const queries: string[] = [];
  const api: Api = fakeApi({
    cypher: async (q, p, signal) => {
      queries.push(q);
      return cypher(q, p, signal);
    },
  });
  const store = createStore(initialState());
  const actions = createActions({ store, api, memory: createQueryMemory(undefined) });
  return { store, actions, queries };
}

/**
 * Two shortest paths from Xinlei Chen to Elon Musk over the article's graph: through Meta (test data, no fact of the
 * article), and through xAI — implied (Xinlei Chen's xAI stint is), so listed second. `withPaths` sets up an app whose
 * API answers the given paths (or fails with the given error, after `gate` when one is given).
 */
const viaXai = ['fact:xinlei-chen-joined-xai', 'fact:musk-xai'];
const viaMeta = ['fact:xinlei-chen-left-meta', 'fact:musk-meta-test'];
const ends = ['person:xinlei-chen', 'person:elon-musk'] as const;
function pathGraphWithMeta(): GraphData {
  const graph = articleGraph();
  graph.edges.push(edge('fact:musk-meta-test', 'WORKED_AT', 'person:elon-musk', 'org:meta'));
  return graph;
}
function withPaths(paths: string[][] | Error, gate?: Promise<void>) {
  const graph = pathGraphWithMeta();
  const asked: (Record<string, string> | undefined)[] = [];
  const store = createStore(initialState());
  const api = fakeApi({
    cypher: async (_q, p) => answer(among(graph, p?.ids)),
    paths: async (_from, _to, _max, opts) => {
      asked.push(opts);
      if (gate) await gate;
      if (paths instanceof Error) throw paths;
      return pathsAnswer({
        graph,
        paths: paths.map((edges) => ({
          nodes: [ends[0], edges === viaXai ? 'org:xai' : 'org:meta', ends[1]],
          edges,
          length: 2,
        })),
      });
    },
  });
  return { store, asked, actions: createActions({ store, api, memory: createQueryMemory(undefined) }) };
}

/** Lets pending promises run until `check` holds (a stand-in API answers at once). */
async function until(check: () => boolean) {
  for (let i = 0; i < 1_000 && !check(); i++) await new Promise((r) => setTimeout(r, 0));
  expect(check()).toBe(true);
}

describe('shared links', () => {
  it('carries the exact facts, hidden nodes, positions, filters, selection and editor text, and reopens them', async () => {
    const first = setup(async () => answer(articleGraph()));
    await first.actions.init({});
    // Changed by hand: a node removed and one hidden, implied facts filtered out, an edge selected, a query typed.
    first.actions.scene.remove(['event:musk-lawsuit-altman-openai-2024']);
    first.actions.scene.hide(['org:fair']);
    first.actions.toggleCertainty('implied');
    first.store.set({ selection: { kind: 'edge', id: 'fact:musk-xai' } });
    first.actions.cypher.setText('MATCH (p:Person) RETURN p // my own');
    const positions = new Map([
      ['org:meta', { x: 1.5, y: 2 }],
      ['org:xai', { x: -3, y: 0.25 }],
    ]);
    const view = viewOf(first.store.get(), positions);
    const sceneEdges = Object.keys(first.store.get().scene.edges).sort();
    expect(view.edges?.sort()).toEqual(sceneEdges);
    expect(view).toMatchObject({
      hidden: ['org:fair'],
      certainties: ['stated'],
      selectedEdge: 'fact:musk-xai',
      editorText: 'MATCH (p:Person) RETURN p // my own',
      positions: { 'org:meta': { x: 1.5, y: 2 }, 'org:xai': { x: -3, y: 0.25 } },
    });

    // The node-set query also finds the derived Meta → xAI flow; the link's fact list keeps it out.
    const second = setup();
    const link = decodeLink(encodeView(view));
    expect(link.issues).toEqual([]);
    await second.actions.init(link.view, link.issues);
    const s = second.store.get();
    expect(Object.keys(s.scene.edges).sort()).toEqual(sceneEdges);
    expect(s.scene.edges['flow:org:meta->org:xai']).toBeUndefined();
    expect(Object.keys(s.scene.nodes).sort()).toEqual(Object.keys(first.store.get().scene.nodes).sort());
    expect(s.scene.hidden).toEqual({ 'org:fair': true });
    expect(s.filters.certainties).toEqual(['stated']);
    expect(s.cypher.text).toBe('MATCH (p:Person) RETURN p // my own');
    expect(s.positionsRequest?.positions).toEqual(view.positions);
    expect(s.selection).toEqual({ kind: 'edge', id: 'fact:musk-xai' });
    expect(s.linkIssues).toEqual([]);
    // And the reopened view encodes to the same link.
    expect(encodeView(viewOf(s, positions))).toBe(encodeView(view));
  });

  it('carries the path panel and reopens it: the same path highlighted, or a note when it is no longer a shortest one', async () => {
    const first = withPaths([viaMeta, viaXai]);
    await first.actions.init({});
    first.actions.paths.toggleType('FOUNDED');
    first.actions.setPathEnd('from', ends[0]);
    first.actions.setPathEnd('to', ends[1]);
    await until(() => first.store.get().pathSearch?.status === 'ready');
    first.actions.paths.select(1);
    const view = viewOf(first.store.get(), new Map());
    expect(view.path).toEqual({ from: ends[0], to: ends[1], types: expect.any(Array), edges: viaXai });
    expect(view.path?.types).not.toContain('FOUNDED');
    const link = decodeLink(encodeView(view));

    // Reopened: the same options asked for, the same (second) path listed and highlighted, nothing to note; the
    // canvas notice says the path is implied.
    const second = withPaths([viaMeta, viaXai]);
    await second.actions.init(link.view, link.issues);
    let s = second.store.get();
    expect(second.asked).toEqual([first.asked.at(-1)]);
    expect(s.pathOptions).toEqual(first.store.get().pathOptions);
    expect(s.pathSearch).toMatchObject({ status: 'ready', selected: 1 });
    expect(s.path.highlight).toEqual(first.store.get().path.highlight);
    expect(s.notice).toMatchObject({ key: 'pathFoundImplied', vars: { n: 2 } });
    expect(s.linkIssues).toEqual([]);
    expect(encodeView(viewOf(s, new Map()))).toBe(encodeView(view));

    // The data changed and the link's path is gone: today's paths are listed, none is highlighted, and the note says so.
    const third = withPaths([viaMeta]);
    await third.actions.init(link.view, link.issues);
    s = third.store.get();
    expect(s.pathSearch).toMatchObject({ status: 'ready', selected: 0 });
    expect(s.path.highlight).toBeNull();
    expect(s.linkIssues).toEqual([{ kind: 'pathChanged' }]);

    // A path listed but no longer highlighted (a query replaced the scene) reopens listed, not drawn.
    await first.actions.scene.openQuery(STORY_QUERY);
    const listed = viewOf(first.store.get(), new Map());
    expect(listed.path).toMatchObject({ edges: viaXai, listOnly: true });
    const fourth = withPaths([viaMeta, viaXai]);
    await fourth.actions.init(decodeLink(encodeView(listed)).view);
    s = fourth.store.get();
    expect(s.pathSearch).toMatchObject({ status: 'ready', selected: 1 });
    expect(s.path.highlight).toBeNull();
    expect(encodeView(viewOf(s, new Map()))).toBe(encodeView(listed));
  });

  it('reopens a path over the link’s own scene: what the sender hid or removed stays so, the path stays highlighted', async () => {
    const first = withPaths([viaMeta, viaXai]);
    await first.actions.init({});
    first.actions.setPathEnd('from', ends[0]);
    first.actions.setPathEnd('to', ends[1]);
    await until(() => first.store.get().pathSearch?.status === 'ready');
    // The path through Meta is highlighted; then the sender hides Meta and removes Elon Musk, the path's far end.
    expect(first.store.get().path.highlight?.edges).toEqual(viaMeta);
    first.actions.scene.hide(['org:meta']);
    first.actions.scene.remove(['person:elon-musk']);
    const sent = first.store.get();
    const link = decodeLink(encodeView(viewOf(sent, new Map())));
    const second = withPaths([viaMeta, viaXai]);
    await second.actions.init(link.view, link.issues);
    const s = second.store.get();
    expect(s.scene.hidden).toEqual({ 'org:meta': true });
    expect(s.scene.nodes['person:elon-musk']).toBeUndefined();
    expect(Object.keys(s.scene.nodes).sort()).toEqual(Object.keys(sent.scene.nodes).sort());
    expect(Object.keys(s.scene.edges).sort()).toEqual(Object.keys(sent.scene.edges).sort());
    expect(s.path.highlight).toEqual(sent.path.highlight);
    expect(s.linkIssues).toEqual([]);
  });

  it('adds a reopened link’s path where the link did not hold its whole scene, or drew no path yet, never showing what it hid', async () => {
    const nodes = ['person:xinlei-chen', 'person:elon-musk', 'org:xai'];
    // Elon Musk, an end of the path, hidden by the sender; Meta (on the path) hidden too but cut from the node list.
    const hidden = ['person:elon-musk', 'org:meta'];
    const drawn = { mode: 'network' as const, lang: 'en' as const, nodes, edges: [], hidden };
    // Cut for length (its nodes trimmed): Meta and the path's facts are added back; what was hidden stays hidden.
    const trimmed = withPaths([viaMeta, viaXai]);
    await trimmed.actions.init({ ...drawn, path: { from: ends[0], to: ends[1], edges: viaMeta } }, [
      { kind: 'trimmed', parts: ['nodes'] },
    ]);
    let s = trimmed.store.get();
    expect(s.scene.nodes['org:meta']).toBeDefined();
    expect(Object.keys(s.scene.edges).sort()).toEqual([...viaMeta].sort());
    expect(s.scene.hidden).toEqual({ 'person:elon-musk': true, 'org:meta': true });
    expect(s.path.highlight?.edges).toEqual(viaMeta);
    // Whole, the same link keeps its scene as it is (Meta was removed by its sender).
    const exact = withPaths([viaMeta, viaXai]);
    await exact.actions.init({ ...drawn, path: { from: ends[0], to: ends[1], edges: viaMeta } });
    expect(exact.store.get().scene.nodes['org:meta']).toBeUndefined();
    // Copied while its search had not answered (no steps): the path found now is drawn and added to the scene.
    const early = withPaths([viaMeta, viaXai]);
    await early.actions.init({ ...drawn, path: { from: ends[0], to: ends[1] } });
    s = early.store.get();
    expect(s.scene.nodes['org:meta']).toBeDefined();
    expect(s.path.highlight?.edges).toEqual(viaMeta);
    expect(s.linkIssues).toEqual([]);
    // The scene changed while the link's search was on its way: the path is added to the scene as it is now.
    let release = () => {};
    const busy = withPaths(
      [viaMeta, viaXai],
      new Promise<void>((r) => {
        release = r;
      }),
    );
    const opening = busy.actions.init({ ...drawn, path: { from: ends[0], to: ends[1], edges: viaMeta } });
    await until(() => busy.asked.length === 1);
    busy.actions.scene.remove(['person:xinlei-chen']);
    release();
    await opening;
    s = busy.store.get();
    expect(s.scene.nodes['org:meta']).toBeDefined();
    expect(s.scene.nodes['person:xinlei-chen']).toBeDefined();
    expect(s.path.highlight?.edges).toEqual(viaMeta);
  });

  it('says what became of a link’s path search: paths where it found none, and nothing when the search fails or is overtaken', async () => {
    // Copied when the search found no path: the link says so (pe=-).
    const first = withPaths([]);
    await first.actions.init({});
    first.actions.setPathEnd('from', ends[0]);
    first.actions.setPathEnd('to', ends[1]);
    await until(() => first.store.get().pathSearch?.status === 'ready');
    const view = viewOf(first.store.get(), new Map());
    expect(view.path?.edges).toEqual([]);
    expect(encodeView(view)).toContain('pe=-');
    const link = decodeLink(encodeView(view));
    // Today there are paths: listed, not drawn over the scene, and the note says there is one now.
    const now = withPaths([viaMeta]);
    await now.actions.init(link.view, link.issues);
    expect(now.store.get().pathSearch).toMatchObject({ status: 'ready', selected: 0 });
    expect(now.store.get().path.highlight).toBeNull();
    expect(now.store.get().linkIssues).toEqual([{ kind: 'pathAppeared' }]);
    // Still none: nothing to note.
    const still = withPaths([]);
    await still.actions.init(link.view, link.issues);
    expect(still.store.get().linkIssues).toEqual([]);
    // A link that highlighted a path, when no path joins its ends today: the note says none does.
    const highlighted = decodeLink(
      encodeView({ ...view, path: { from: ends[0], to: ends[1], edges: viaMeta } }),
    );
    const vanished = withPaths([]);
    await vanished.actions.init(highlighted.view, highlighted.issues);
    expect(vanished.store.get().linkIssues).toEqual([{ kind: 'pathVanished' }]);

    // A link with a path whose search now fails: the panel says why, the link's note does not call the path gone.
    const drawn = decodeLink(encodeView({ ...view, path: { from: ends[0], to: ends[1], edges: viaMeta } }));
    const failing = withPaths(new Error('The database did not answer'));
    await failing.actions.init(drawn.view, drawn.issues);
    expect(failing.store.get().pathSearch).toMatchObject({ status: 'error' });
    expect(failing.store.get().linkIssues).toEqual([]);
    // Closed by the user while the link's search was still on its way: nothing is noted or highlighted after.
    let release = () => {};
    const slow = withPaths(
      [viaMeta],
      new Promise<void>((r) => {
        release = r;
      }),
    );
    const opening = slow.actions.init(drawn.view, drawn.issues);
    await until(() => slow.asked.length === 1);
    slow.actions.clearPath();
    release();
    await opening;
    expect(slow.store.get().linkIssues).toEqual([]);
    expect(slow.store.get().path.highlight).toBeNull();
    expect(slow.store.get().pathSearch).toBeNull();
  });

  it('reopens a flow the link drew as the parts it has now: derived again with implied moves only, it is not dropped', async () => {
    // Copied when Meta → xAI had one stated move: the link lists its stated part. Since then the flow was derived
    // again (test data): one implied move and a report, no stated one.
    const rederived = edge('flow:org:meta->org:xai', 'TALENT_FLOW', 'org:meta', 'org:xai', {
      count: 1,
      statedCount: 0,
      impliedCount: 1,
      reportedCount: 14,
      eventIds: ['event:meta-to-xai-departures-2025'],
    });
    const g = articleGraph();
    const now: GraphData = { ...g, edges: [...g.edges, rederived] };
    const { store, actions } = setup(async (_q, p) => answer(among(now, p?.ids)));
    const nodes = ['org:meta', 'org:xai', 'person:xinlei-chen'];
    const facts = ['fact:xinlei-chen-left-meta', 'fact:xinlei-chen-joined-xai'];
    await actions.init({ nodes, edges: [...facts, 'flow:org:meta->org:xai'] });
    expect(Object.keys(store.get().scene.edges).sort()).toEqual(
      [...facts, 'flow:org:meta->org:xai#implied', 'flow:org:meta->org:xai#reported'].sort(),
    );
    // A link that listed only facts still draws no flow.
    const plain = setup(async (_q, p) => answer(among(now, p?.ids)));
    await plain.actions.init({ nodes, edges: facts });
    expect(Object.keys(plain.store.get().scene.edges).sort()).toEqual([...facts].sort());
  });

  it('reopens the talent flows a node set drew when the link left its facts out for length', async () => {
    // Like the node-set view: the nodes with these ids and the facts among them, the flows only when asked for.
    const nodeSet: Api['cypher'] = async (_q, p) => {
      const g = among(graphWithFlow(), p?.ids);
      const notFacts = new Set(Array.isArray(p?.notFacts) ? p.notFacts : []);
      return answer({ ...g, edges: g.edges.filter((e) => !notFacts.has(e.type)) });
    };
    const nodes = ['org:meta', 'org:xai', 'person:xinlei-chen'];
    const facts = ['fact:xinlei-chen-left-meta', 'fact:xinlei-chen-joined-xai'];
    const first = setup(nodeSet);
    await first.actions.init({ nodes, edges: [...facts, 'flow:org:meta->org:xai'] });
    const drawn = Object.keys(first.store.get().scene.edges).sort();
    expect(drawn).toContain('flow:org:meta->org:xai');
    const view = viewOf(first.store.get());
    const budget = encodeView({ ...view, edges: undefined }).length + 20;
    const link = decodeLink(encodeView(view, budget));
    expect(link.view.edges).toBeUndefined();
    const second = setup(nodeSet);
    await second.actions.init(link.view, link.issues);
    expect(Object.keys(second.store.get().scene.edges).sort()).toEqual(drawn);
  });

  it('carries the flow view’s divisions and the dashboard’s organisation and settings, and reopens with them', async () => {
    const flowsAsked: (boolean | undefined)[] = [];
    const withFlows = () => {
      const api = fakeApi({
        cypher: async () => answer(articleGraph()),
        flows: async (o) => {
          flowsAsked.push(o?.divisions);
          return flowsAnswer();
        },
      });
      const store = createStore(initialState());
      return { store, actions: createActions({ store, api, memory: createQueryMemory(undefined) }) };
    };
    const first = withFlows();
    await first.actions.init({});
    first.actions.setMode('flows');
    first.actions.setFlowDivisions(true);
    const flows = viewOf(first.store.get());
    expect(flows).toMatchObject({ mode: 'flows', flowDivisions: true });
    expect(encodeView(flows)).toContain('div=1');

    const second = withFlows();
    const link = decodeLink(encodeView(flows));
    expect(link.issues).toEqual([]);
    await second.actions.init(link.view, link.issues);
    expect(second.store.get().flowDivisions).toBe(true);
    // The reopened flow view asked for the divisions, as the sender's did.
    expect(flowsAsked.at(-1)).toBe(true);

    first.actions.openDashboard('org:meta');
    first.actions.setDashboardOptions({ interval: 'month', compare: 'org:xai', divisions: true });
    const dashboard = viewOf(first.store.get());
    expect(dashboard).toMatchObject({ mode: 'dashboard', dashboardOrg: 'org:meta' });
    const third = withFlows();
    await third.actions.init(decodeLink(encodeView(dashboard)).view);
    expect(third.store.get()).toMatchObject({
      mode: 'dashboard',
      dashboardOrg: 'org:meta',
      dashboardOptions: { interval: 'month', compare: 'org:xai', divisions: true },
    });
    // Another organisation's dashboard drops the benchmark chosen for the last one, and keeps the period; a link from
    // another tab carries no dashboard.
    third.actions.openDashboard('org:xai');
    expect(third.store.get().dashboardOptions).toEqual({ interval: 'month', compare: '', divisions: true });
    third.actions.setMode('network');
    expect(encodeView(viewOf(third.store.get()))).not.toMatch(/org=|di=|dc=|dd=/);
    // The defaults (rolled-up flows, no dashboard yet, yearly bars) add nothing to a link.
    expect(encodeView(viewOf(initialState()))).not.toMatch(/div=|org=|di=|dc=|dd=/);
  });

  it('carries the appearance rule and reopens with it; the default rule adds nothing to the link', async () => {
    const first = setup(async () => answer(articleGraph()));
    await first.actions.init({});
    expect(viewOf(first.store.get()).sizeBy).toBeUndefined();
    expect(viewOf(first.store.get()).colorBy).toBeUndefined();
    first.actions.setSizeBy('pagerank');
    first.actions.setColorBy('betweenness');
    const link = decodeLink(encodeView(viewOf(first.store.get())));
    const second = setup(async () => answer(articleGraph()));
    await second.actions.init(link.view, link.issues);
    expect(second.store.get().sizeBy).toBe('pagerank');
    expect(second.store.get().colorBy).toBe('betweenness');
    expect(second.store.get().linkIssues).toEqual([]);
  });

  it('opens a link with an unknown appearance rule on the default rule, with a note', async () => {
    const link = decodeLink('?v=2&size=gigantic&color=rainbow');
    const { store, actions } = setup(async () => answer(articleGraph()));
    await actions.init(link.view, link.issues);
    expect(store.get().sizeBy).toBe('degree');
    expect(store.get().colorBy).toBe('kind');
    expect(Object.keys(store.get().scene.nodes).length).toBeGreaterThan(0);
    expect(store.get().linkIssues).toEqual([{ kind: 'unreadable', parts: ['appearance'] }]);
  });

  it('leaves the editor text out of a link while it is the query the link opens anyway', async () => {
    const { store, actions } = setup(async () => answer(articleGraph()));
    await actions.init({});
    expect(viewOf(store.get()).editorText).toBeUndefined();
  });

  it('opens the default view with a note when the link’s query fails', async () => {
    const { store, actions, queries } = setup(async (q) => {
      if (q.includes('broken')) throw new Error('Invalid input');
      return answer(articleGraph());
    });
    await actions.init({ query: 'MATCH broken' });
    const s = store.get();
    expect(queries).toHaveLength(2);
    expect(s.origin?.id).toBe('left-meta');
    expect(Object.keys(s.scene.nodes).length).toBeGreaterThan(0);
    expect(s.linkIssues).toEqual([{ kind: 'sceneFailed', error: 'Invalid input' }]);
  });

  it('keeps the link in the address bar while it opens, and after it failed until the user changes the view', async () => {
    let release = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const { store, actions } = setup(async (q) => {
      if (q.includes('broken')) {
        await gate;
        throw new Error('Invalid input');
      }
      return answer(articleGraph());
    });
    const opening = actions.init({ query: 'MATCH broken' });
    // Opening: the store changes (filters, the editor), yet the address keeps the link.
    expect(addressOf(store.get())).toBeNull();
    release();
    await opening;
    // Failed: the story is shown instead, with a note; a reload must try the shared link again.
    expect(store.get().linkIssues).toEqual([{ kind: 'sceneFailed', error: 'Invalid input' }]);
    expect(addressOf(store.get(), new Map([['org:meta', { x: 4, y: 2 }]]))).toBeNull();
    // The user changes the view: the address follows it.
    actions.toggleCertainty('implied');
    expect(addressOf(store.get())).toContain('cert=stated');

    const opened = setup(async () => answer(articleGraph()));
    expect(addressOf(opened.store.get())).toBeNull();
    await opened.actions.init({ query: 'MATCH (n) RETURN n' });
    expect(addressOf(opened.store.get())).toContain('q=MATCH');
  });

  it('reopens a query whose answer the sender saw cut to fewer nodes cut alike: the same nodes, not more', async () => {
    const people = (order: number[]): GraphData => ({
      nodes: order.map((i) => ({ id: `person:p${i}`, labels: ['Person'], properties: { name: `P${i}` } })),
      edges: [],
    });
    const first = setup(async () => answer(people([4, 2, 5, 1, 3])));
    const q = {
      id: 'user',
      title: { en: 'People', ar: 'أشخاص' },
      query: 'MATCH (p:Person) RETURN p',
      view: 'graph' as const,
    };
    await first.actions.scene.openQuery(q, { cap: 3 });
    const shown = Object.keys(first.store.get().scene.nodes).sort();
    expect(shown).toEqual(['person:p1', 'person:p2', 'person:p3']);
    const link = decodeLink(encodeView(viewOf(first.store.get())));
    expect(link.view).toMatchObject({ query: q.query, cap: 3 });
    // The database answers in another order this time: the same three nodes, with the note that the scene is cut.
    const second = setup(async () => answer(people([5, 3, 1, 4, 2])));
    await second.actions.init(link.view, link.issues);
    expect(Object.keys(second.store.get().scene.nodes).sort()).toEqual(shown);
    expect(second.store.get().notice?.key).toBe('capped');
  });

  it('links a query too long for an address, or with too long parameters, as the nodes and facts it drew', async () => {
    const { store, actions } = setup(async () => answer(articleGraph()));
    const drawn = articleGraph()
      .nodes.map((n) => n.id)
      .sort();
    const long = (query: string, params: Record<string, JsonValue>) => ({
      id: 'user',
      title: { en: 'Mine', ar: 'استعلامي' },
      query,
      params,
      view: 'graph' as const,
    });
    for (const q of [
      long('MATCH (n) RETURN n', { ids: Array.from({ length: 2_000 }, (_, i) => `person:someone-${i}`) }),
      long(`MATCH (n) RETURN n // ${'ماسك '.repeat(900)}`, {}),
    ]) {
      await actions.scene.openQuery(q);
      const view = viewOf(store.get());
      expect(view.query).toBeUndefined();
      expect(view.nodes?.sort()).toEqual(drawn);
      expect(encodeView(view).length).toBeLessThanOrEqual(DEFAULT_URL_BUDGET);
    }
  });

  it('opens the default view with a note when none of the link’s nodes exist, and counts the missing ones', async () => {
    const none = setup(async (q) =>
      q.includes('$ids') ? answer({ nodes: [], edges: [] }) : answer(articleGraph()),
    );
    await none.actions.init({ nodes: ['person:nobody'] });
    expect(none.store.get().origin?.id).toBe('left-meta');
    expect(none.store.get().linkIssues).toEqual([{ kind: 'noNodes' }]);

    const some = setup(async (_q, p) => answer(among(articleGraph(), p?.ids)));
    const total = articleGraph().nodes.length + 2;
    await some.actions.init({
      nodes: [...articleGraph().nodes.map((n) => n.id), 'person:gone', 'org:gone'],
    });
    expect(some.store.get().linkIssues).toEqual([{ kind: 'missingNodes', missing: 2, total }]);
  });

  it('says how many of the facts a link listed no longer exist, a flow counted gone only when none of its parts is', async () => {
    // Meta → xAI derived again since the link was copied (test data): one implied move and a report, no stated one.
    const rederived = edge('flow:org:meta->org:xai', 'TALENT_FLOW', 'org:meta', 'org:xai', {
      count: 1,
      statedCount: 0,
      impliedCount: 1,
      reportedCount: 14,
      eventIds: ['event:meta-to-xai-departures-2025'],
    });
    const g = articleGraph();
    const now: GraphData = { ...g, edges: [...g.edges, rederived] };
    const { store, actions } = setup(async (_q, p) => answer(among(now, p?.ids)));
    const nodes = ['org:meta', 'org:xai', 'person:xinlei-chen'];
    const facts = ['fact:xinlei-chen-left-meta', 'fact:xinlei-chen-joined-xai'];
    // The flow listed by its stated part, which it no longer has, is still drawn as the parts it has now: not gone.
    await actions.init({ nodes, edges: [...facts, 'flow:org:meta->org:xai', 'fact:retracted-since'] });
    expect(Object.keys(store.get().scene.edges).sort()).toEqual(
      [...facts, 'flow:org:meta->org:xai#implied', 'flow:org:meta->org:xai#reported'].sort(),
    );
    expect(store.get().linkIssues).toEqual([{ kind: 'missingFacts', missing: 1, total: 4 }]);
  });

  it('keeps the note of an older link until it is dismissed', async () => {
    const { store, actions } = setup();
    const link = decodeLink('?n=org:meta&n=org:xai');
    await actions.init(link.view, link.issues);
    expect(store.get().linkIssues).toEqual([
      { kind: 'older', missing: ['exactFacts', 'positions', 'filters'] },
    ]);
    actions.dismissLinkIssues();
    expect(store.get().linkIssues).toEqual([]);
  });

  it('opens the first picture and a link’s set of nodes through the named views, never the user’s Cypher endpoint', async () => {
    const views: [string, string[] | undefined][] = [];
    const queries: string[] = [];
    const make = () => {
      const api: Api = fakeApi({
        cypher: async (q) => {
          queries.push(q);
          return answer(articleGraph());
        },
        view: async (name, ids) => {
          views.push([name, ids]);
          return answer(name === 'node-set' ? among(graphWithFlow(), ids) : articleGraph());
        },
      });
      const store = createStore(initialState());
      return { store, actions: createActions({ store, api, memory: createQueryMemory(undefined) }) };
    };
    const first = make();
    await first.actions.init({});
    expect(views).toEqual([['story', undefined]]);
    expect(Object.keys(first.store.get().scene.nodes).length).toBe(articleGraph().nodes.length);
    // The editor shows the view's own text: what runs is what is shown.
    expect(first.store.get().cypher.text).toMatch(/Who left Meta/);

    const second = make();
    await second.actions.init({ nodes: ['org:meta', 'org:xai', 'person:elon-musk'] });
    expect(views[1]).toEqual(['node-set', ['org:meta', 'org:xai', 'person:elon-musk']]);
    expect(Object.keys(second.store.get().scene.nodes).sort()).toEqual([
      'org:meta',
      'org:xai',
      'person:elon-musk',
    ]);
    // A link copied from the first picture carries its text: reopened by name too.
    const third = make();
    await third.actions.init(viewOf(first.store.get(), new Map()));
    expect(views[2]).toEqual(['story', undefined]);
    expect(queries).toEqual([]);
    // A query of the user's own still goes to the Cypher endpoint.
    const fourth = make();
    await fourth.actions.init({ query: 'MATCH (n:Organization) RETURN n', params: {} });
    expect(queries).toEqual(['MATCH (n:Organization) RETURN n']);
  });

  it('draws the story without waiting for the schema when the story has nodes', async () => {
    const api: Api = fakeApi({
      // A schema that never answers: the first picture must not be kept waiting for it.
      schema: () => new Promise(() => undefined),
      cypher: async () => answer(articleGraph()),
    });
    const store = createStore(initialState());
    await createActions({ store, api, memory: createQueryMemory(undefined) }).init({});
    expect(store.get().origin?.id).toBe(STORY_QUERY.id);
    expect(Object.keys(store.get().scene.nodes).length).toBe(articleGraph().nodes.length);
  });

  it('asks for the schema only once the first picture’s answer is in, not beside it', async () => {
    const asked: string[] = [];
    let answerScene: () => void = () => undefined;
    const api: Api = fakeApi({
      schema: async () => {
        asked.push('schema');
        return emptySchema();
      },
      cypher: (q) => {
        asked.push(`cypher ${q}`);
        return new Promise((resolve) => {
          answerScene = () => resolve(answer(articleGraph()));
        });
      },
    });
    const store = createStore(initialState());
    const opening = createActions({ store, api, memory: createQueryMemory(undefined) }).init({
      query: 'MATCH (n) RETURN n',
      params: {},
    });
    // Every request init sends at once has been sent by the next task.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(asked).toEqual(['cypher MATCH (n) RETURN n']);
    answerScene();
    await opening;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(asked).toEqual(['cypher MATCH (n) RETURN n', 'schema']);
    expect(store.get().schema).not.toBeNull();
    expect(Object.keys(store.get().scene.nodes).length).toBe(articleGraph().nodes.length);
  });

  it('opens the overview when the story is empty on a graph that only shares a label name with ours', async () => {
    // The Movies graph: Person nodes, but they acted in films and worked nowhere (none of our facts' types).
    const movies: GraphData = {
      nodes: [{ id: 'neo4j:4:m:1', labels: ['Person'], properties: { name: 'Keanu Reeves' } }],
      edges: [],
    };
    const schema = emptySchema({
      labels: [
        { label: 'Person', count: 133, description: null, properties: [] },
        { label: 'Movie', count: 38, description: null, properties: [] },
      ],
      relationshipTypes: [
        {
          type: 'ACTED_IN',
          count: 172,
          from: ['Person'],
          to: ['Movie'],
          description: null,
          derived: false,
          properties: [],
        },
      ],
    });
    const api: Api = fakeApi({
      schema: async () => schema,
      cypher: async (q) => answer(q === OVERVIEW_QUERY.query ? movies : { nodes: [], edges: [] }),
    });
    const store = createStore(initialState());
    await createActions({ store, api, memory: createQueryMemory(undefined) }).init({});
    expect(store.get().origin?.id).toBe(OVERVIEW_QUERY.id);
    expect(Object.keys(store.get().scene.nodes)).toEqual(['neo4j:4:m:1']);
    // With one fact of ours beside them, it is ours: the story stays (empty, as the story's own answer says).
    const ours = emptySchema({
      ...schema.raw,
      relationshipTypes: [
        ...schema.raw.relationshipTypes,
        {
          type: 'WORKED_AT',
          count: 1,
          from: ['Person'],
          to: ['Organization'],
          description: null,
          derived: false,
          properties: [],
        },
      ],
    });
    expect(isForeignDatabase(schema)).toBe(true);
    expect(isForeignDatabase(ours)).toBe(false);
  });

  it('opens the overview instead when the story is empty and the database holds none of our labels', async () => {
    const library: GraphData = {
      nodes: [{ id: 'book:1', labels: ['Book'], properties: { title: 'Dune' } }],
      edges: [],
    };
    const asked: string[] = [];
    const api: Api = fakeApi({
      schema: async () =>
        emptySchema({ labels: [{ label: 'Book', count: 1, description: null, properties: [] }] }),
      cypher: async (q) => {
        asked.push(q);
        return answer(q === OVERVIEW_QUERY.query ? library : { nodes: [], edges: [] });
      },
    });
    const store = createStore(initialState());
    // The boot entry sent the story's request; the overview leaves it untaken, and it must not outlive the first
    // picture (a later story would otherwise be answered from page load).
    startEarlyRequest('');
    await createActions({ store, api, memory: createQueryMemory(undefined) }).init({});
    expect(takeEarlyRequest(FIRST_VIEW_PATH, { method: 'POST', body: viewBody() })).toBeNull();
    expect(asked).toEqual([STORY_QUERY.query, OVERVIEW_QUERY.query]);
    expect(store.get().origin?.id).toBe(OVERVIEW_QUERY.id);
    expect(Object.keys(store.get().scene.nodes)).toEqual(['book:1']);
    // The empty story was turned down before anything was said about it.
    expect(store.get().notice).toBeNull();
  });
});
