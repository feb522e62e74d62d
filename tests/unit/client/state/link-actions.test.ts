// Shared links both ways against a stand-in for the HTTP API: the state a link carries (exact facts, hidden nodes,
// positions, filters, selection, the editor's text) and how opening one rebuilds it — or falls back to the default view
// with a note when the link's scene cannot be opened.
import { describe, expect, it } from 'vitest';
import { createActions, viewOf } from '../../../../client/state/actions.js';
import { initialState } from '../../../../client/state/app-state.js';
import { createQueryMemory } from '../../../../client/state/query-history.js';
import { createStore } from '../../../../client/state/store.js';
import { decodeLink } from '../../../../client/state/url-decode.js';
import { encodeView } from '../../../../client/state/url-encode.js';
import { STORY_QUERY } from '../../../../client/state/gallery.js';
import type { GraphData } from '../../../../model/graph.js';
import { articleGraph, edge, handWritten, SOURCE_ID } from '../fixtures.js';
import { emptySchema, fakeApi, flowsAnswer, pathsAnswer } from '../answers.js';
import { among, answer, graphWithFlow, setup } from './link-setup.js';

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
    // The article's facts: a database that holds ours.
    schema: async () => emptySchema({ sourcedFacts: true }),
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

  it('says where an older link’s kept sources reopen otherwise: a fact citing no source shown, a flow hidden', async () => {
    const open = async (graph: GraphData, src: string) => {
      const { store, actions } = setup(async (_q, p) => answer(among(graph, p?.ids)));
      const n = graph.nodes.map((x) => `n=${encodeURIComponent(x.id)}`).join('&');
      const link = decodeLink(`?v=2&${n}&src=${encodeURIComponent(src)}`);
      await actions.init(link.view, link.issues);
      return store.get().linkIssues;
    };
    const changed = [{ kind: 'older', missing: ['sourceFilter'] }];
    // The filter it was copied with hid every fact citing none of its sources, this hand-written one (test data) too.
    const unsourced = articleGraph();
    unsourced.edges.push(handWritten('hand:musk-meta', 'WORKED_AT', 'person:elon-musk', 'org:meta'));
    expect(await open(unsourced, SOURCE_ID)).toEqual(changed);
    // And it never hid a talent flow, which cites only a source not kept.
    expect(await open(graphWithFlow(), 'source:other')).toEqual(changed);
    // Every fact cites a source and no flow is drawn: reopened as it was, nothing to say.
    expect(await open(articleGraph(), SOURCE_ID)).toEqual([]);
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
});
