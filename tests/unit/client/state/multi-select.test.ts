// The multi-selection's logic: toggling, a lasso's catch, neighbours, pruning to what is drawn, the exported subset,
// and the actions on it (hide as one undo step, expand each, the path between two, clearing on the flow view).
import { cypherAnswer, fakeApi, nodeAnswer, pathsAnswer } from '../answers.js';
import { describe, expect, it } from 'vitest';
import { createActions } from '../../../../client/state/actions.js';
import type { Api } from '../../../../client/api/api.js';
import { initialState } from '../../../../client/state/app-state.js';
import {
  addToSelection,
  neighboursOf,
  pruneSelection,
  selectionGraph,
  toggleInSelection,
} from '../../../../client/state/multi-select.js';
import { createQueryMemory } from '../../../../client/state/query-history.js';
import { sceneFromGraph } from '../../../../client/state/scene.js';
import { createStore } from '../../../../client/state/store.js';
import { computeVisibility, DEFAULT_FILTERS } from '../../../../client/state/visibility.js';
import { articleGraph, edge, node, SOURCE_ID } from '../fixtures.js';
import type { GraphData } from '../../../../model/graph.js';
import { splitFlows } from '../../../../client/state/flows.js';
import { NOTHING_IN_WINDOW } from '../../../../client/state/flow-window.js';
import { activeVisibility, visibleGraph, windowFlowParts } from '../../../../client/state/view-data.js';

const scene = sceneFromGraph(articleGraph());
const vis = computeVisibility(scene, DEFAULT_FILTERS, null);

describe('multi-selection logic', () => {
  it('toggles a node in and out, keeping the order picked', () => {
    let sel = toggleInSelection([], 'org:meta');
    sel = toggleInSelection(sel, 'org:xai');
    expect(sel).toEqual(['org:meta', 'org:xai']);
    expect(toggleInSelection(sel, 'org:meta')).toEqual(['org:xai']);
  });

  it('adds a lasso’s catch once each, or replaces the selection with it', () => {
    expect(addToSelection(['a', 'b'], ['b', 'c', 'c'])).toEqual(['a', 'b', 'c']);
    expect(addToSelection(['a', 'b'], ['c', 'b'], true)).toEqual(['c', 'b']);
  });

  it('keeps only the nodes still drawn, and the same list when nothing changed', () => {
    const sel = ['org:meta', 'org:xai'];
    expect(pruneSelection(sel, new Set(['org:xai']))).toEqual(['org:xai']);
    expect(pruneSelection(sel, new Set(sel))).toBe(sel);
  });

  it('finds a node’s drawn neighbours in both directions', () => {
    const n = neighboursOf(scene, vis, 'org:xai');
    expect(n).toContain('person:xinlei-chen');
    expect(n).toContain('person:elon-musk');
    expect(n).not.toContain('org:xai');
    // A node filtered out is not a neighbour to select.
    const noPeople = computeVisibility(scene, { ...DEFAULT_FILTERS, hiddenLabels: ['Person'] }, null);
    expect(neighboursOf(scene, noPeople, 'org:xai')).not.toContain('person:elon-musk');
  });

  it('exports the selected nodes with the facts among them only', () => {
    const g = selectionGraph(scene, vis, ['person:elon-musk', 'org:xai', 'org:meta']);
    expect(g.nodes.map((n) => n.id).sort()).toEqual(['org:meta', 'org:xai', 'person:elon-musk']);
    expect(g.edges.map((e) => e.id)).toEqual(['fact:musk-xai']);
  });
});

function setup(overrides: Partial<Api> = {}) {
  const graph = articleGraph();
  const paths: [string, string][] = [];
  const expanded: string[] = [];
  const api: Api = fakeApi({
    node: async (id) =>
      nodeAnswer(
        graph.nodes.find((n) => n.id === id)!,
        graph,
      ),
    neighbors: async (id) => {
      expanded.push(id);
      return { graph: { nodes: [], edges: [] }, returned: 0, total: 0 };
    },
    paths: async (from, to) => {
      paths.push([from, to]);
      return pathsAnswer();
    },
    cypher: async () => cypherAnswer(graph),
    ...overrides,
  });
  const store = createStore(initialState({ scene: sceneFromGraph(graph) }));
  const actions = createActions({ store, api, memory: createQueryMemory(undefined) });
  return { store, actions, paths, expanded };
}

describe('multi-selection actions', () => {
  it('hides the whole selection in one undo step and empties it', () => {
    const { store, actions } = setup();
    actions.multi.toggle('org:meta');
    actions.multi.toggle('org:xai');
    actions.multi.hide();
    expect(Object.keys(store.get().scene.hidden).sort()).toEqual(['org:meta', 'org:xai']);
    expect(store.get().multiSelection).toEqual([]);
    actions.scene.undo();
    expect(store.get().scene.hidden).toEqual({});
  });

  it('drops nodes from the selection when they stop being drawn, and empties it on the flow view', () => {
    const { store, actions } = setup();
    actions.multi.lasso(['org:meta', 'person:elon-musk']);
    actions.toggleLabel('Person');
    expect(store.get().multiSelection).toEqual(['org:meta']);
    actions.setMode('flows');
    expect(store.get().multiSelection).toEqual([]);
  });

  it('says in the export the view it was taken from: the nodes selected, then what hides facts among them', () => {
    const { actions } = setup();
    actions.multi.lasso(['person:xinlei-chen', 'org:xai', 'org:meta']);
    expect(actions.multi.view()).toBe('3 selected');
    actions.toggleCertainty('implied');
    // Xinlei Chen's joining xAI is implied: hidden, and the exported facts and the words agree.
    expect(actions.multi.graph().edges.map((e) => e.id)).toEqual(['fact:xinlei-chen-left-meta']);
    expect(actions.multi.view()).toMatch(/^3 selected · Implied hidden/);
    actions.setLang('ar');
    expect(actions.multi.view()).toMatch(/^المحدَّد: ٣ · /);
  });

  it('exports under a time window the window’s numbers and sources of a flow, as the canvas draws it, and says so', () => {
    // Made-up stored flow C → D: one stated mover (2018, source:s), one implied (2024, source:i). The 2024 window
    // counts the implied one alone, citing source:i.
    const CD = 'flow:org:c->org:d';
    const data: GraphData = {
      nodes: [node('org:c', 'Organization', { name: 'c' }), node('org:d', 'Organization', { name: 'd' })],
      edges: [
        edge(CD, 'TALENT_FLOW', 'org:c', 'org:d', {
          count: 2,
          statedCount: 1,
          impliedCount: 1,
          since: '2018',
          movedSince: '2018',
          statedSources: ['source:s'],
          impliedSources: ['source:i'],
        }),
      ],
    };
    const counted = {
      ...NOTHING_IN_WINDOW,
      implied: 1,
      impliedSources: ['source:i'],
      sourcesAllTime: true,
    };
    const store = createStore(
      initialState({
        scene: sceneFromGraph(splitFlows(data)),
        time: { ...initialState().time, enabled: true, window: { from: '2024', to: '2024-12' } },
        flowWindow: { since: '2024', until: '2024-12', counts: { [CD]: counted } },
      }),
    );
    const actions = createActions({ store, api: fakeApi({}), memory: createQueryMemory(undefined) });
    actions.multi.lasso(['org:c', 'org:d']);
    const parts = actions.multi.graph().edges;
    // The stated part has no mover in the window: not drawn, not exported; the implied part with the window's one.
    expect(parts.map((e) => [e.id, e.properties.count, e.properties.sources])).toEqual([
      [`${CD}#implied`, 1, ['source:i']],
    ]);
    expect(parts).toEqual(
      visibleGraph(store.get().scene, activeVisibility(store.get()), windowFlowParts(store.get())).edges,
    );
    expect(actions.multi.view()).toMatch(
      /cite the sources of all their named moves, not only of those in this window/,
    );
  });

  it('exports a fact citing a hidden and a shown source with the shown one only, and says how many are hidden', () => {
    const graph = articleGraph();
    const OTHER = 'source:other-report';
    const fact = graph.edges.find((e) => e.id === 'fact:xinlei-chen-left-meta')!;
    fact.properties.sources = [SOURCE_ID, OTHER];
    const store = createStore(initialState({ scene: sceneFromGraph(graph) }));
    const actions = createActions({ store, api: fakeApi({}), memory: createQueryMemory(undefined) });
    actions.multi.lasso(['person:xinlei-chen', 'org:meta']);
    actions.toggleSource(SOURCE_ID);
    const [exported, ...none] = actions.multi.graph().edges;
    expect(none).toEqual([]);
    expect(exported).toMatchObject({ id: fact.id, properties: { sources: [OTHER] }, hiddenSourceCount: 1 });
    expect(actions.multi.view()).toBe('2 selected · Sources: 1 of 2');
  });

  it('searches the path from the first picked node to the second, only with exactly two', async () => {
    const { store, actions, paths } = setup();
    actions.multi.lasso(['person:xinlei-chen', 'org:xai', 'org:meta']);
    actions.multi.pathBetween();
    expect(paths).toEqual([]);
    actions.multi.lasso(['person:xinlei-chen', 'person:elon-musk']);
    // An end left from an earlier path is not searched against the new start.
    store.set({ path: { from: null, to: 'org:fair', highlight: null } });
    actions.multi.pathBetween();
    await expect.poll(() => paths).toEqual([['person:xinlei-chen', 'person:elon-musk']]);
    expect(store.get().path).toMatchObject({ from: 'person:xinlei-chen', to: 'person:elon-musk' });
  });

  it('expands every selected node, and selects a node with its neighbours', async () => {
    const { store, actions, expanded } = setup();
    actions.multi.selectNeighbours('person:elon-musk');
    expect(store.get().multiSelection[0]).toBe('person:elon-musk');
    expect(store.get().multiSelection).toContain('org:xai');
    await actions.multi.expand();
    expect(expanded).toEqual(store.get().multiSelection);
    actions.multi.clear();
    expect(store.get().multiSelection).toEqual([]);
  });
});
