// A received link copied again (or the page reloaded, which rewrites the address from the state) is the same link:
// opening a node set puts its query in the editor, and that is no text of the user's to carry on — carried, it pushed
// the link over its budget, which then dropped the positions and the exact facts.
import { describe, expect, it } from 'vitest';
import { viewOf } from '../../../../client/state/actions.js';
import { decodeLink } from '../../../../client/state/url-decode.js';
import { encodeView } from '../../../../client/state/url-encode.js';
import { MAX_URL_NODES } from '../../../../client/state/url.js';
import { addToScene, EMPTY_SCENE } from '../../../../client/state/scene.js';
import type { GraphData } from '../../../../model/graph.js';
import { articleGraph, edge, node } from '../fixtures.js';
import { among, answer, setup } from './link-setup.js';

/** Like the node-set view, in the database's own order: not the order the link listed the ids in. */
const backwards = (graph: GraphData) => setup(async (_q, p) => answer(reversed(among(graph, p?.ids))));
const reversed = (g: GraphData): GraphData => ({
  nodes: [...g.nodes].reverse(),
  edges: [...g.edges].reverse(),
});

/** Opens `link` in a fresh app over `graph` and copies its view again (with the same canvas positions). */
async function recopy(graph: GraphData, link: string, positions?: Map<string, { x: number; y: number }>) {
  const app = backwards(graph);
  const { view, issues } = decodeLink(link);
  await app.actions.init(view, issues);
  return { app, link: encodeView(viewOf(app.store.get(), positions)) };
}

describe('a received link copied again', () => {
  it('is the same link when the database answers the nodes in another order: no editor text added', async () => {
    const graph = articleGraph();
    const ids = graph.nodes.map((n) => n.id);
    const facts = graph.edges.filter((e) => e.type !== 'TALENT_FLOW').map((e) => e.id);
    // The first receiver opens a node set and copies its view untouched.
    const first = await recopy(graph, encodeView({ mode: 'network', lang: 'en', nodes: ids, edges: facts }));
    expect(new URLSearchParams(first.link).has('qt')).toBe(false);
    // The next receiver, and a reload of either, gets the very same link, and its Cypher panel stays as it was.
    const second = await recopy(graph, first.link);
    expect(second.link).toBe(first.link);
    expect(second.app.store.get().cypherOpen).toBe(first.app.store.get().cypherOpen);
  });

  it('is the same link for a large view too: its positions and exact facts are not left out for length', async () => {
    // 130 people in a chain of facts, and one implied fact among them that the sender did not draw (test data).
    const ids = Array.from({ length: 130 }, (_, i) => `person:someone-with-a-name-${i}`);
    const chain = ids.slice(1).map((id, i) => edge(`fact:rel-${i}`, 'RELATIVE_OF', ids[i]!, id));
    const undrawn = edge('fact:not-drawn', 'RELATIVE_OF', ids[0]!, ids[5]!, { certainty: 'implied' });
    const graph: GraphData = { nodes: ids.map((id) => node(id, 'Person')), edges: [...chain, undrawn] };
    const positions = new Map(ids.map((id, i) => [id, { x: i, y: -i - 1 }]));
    const sent = encodeView({
      mode: 'network',
      lang: 'en',
      nodes: ids,
      edges: chain.map((e) => e.id),
      positions: Object.fromEntries(positions),
    });
    const first = await recopy(graph, sent, positions);
    const q = new URLSearchParams(first.link);
    expect([q.has('qt'), q.get('trim')]).toEqual([false, null]);
    const second = await recopy(graph, first.link, positions);
    expect(second.link).toBe(first.link);
    const s = second.app.store.get();
    expect(s.scene.edges['fact:not-drawn']).toBeUndefined();
    expect(s.positionsRequest?.positions).toEqual(Object.fromEntries(positions));
    expect(s.linkIssues).toEqual([]);
  });

  it('carries no editor text when some of the link’s nodes no longer exist: the editor holds the link’s own query', async () => {
    const graph = articleGraph();
    const ids = [...graph.nodes.map((n) => n.id), 'person:gone-since'];
    const first = await recopy(graph, encodeView({ mode: 'network', lang: 'en', nodes: ids }));
    expect(first.app.store.get().linkIssues).toMatchObject([{ kind: 'missingNodes', missing: 1 }]);
    expect(new URLSearchParams(first.link).has('qt')).toBe(false);
    // Text the user typed still travels.
    first.app.actions.cypher.setText('MATCH (p:Person) RETURN p // mine');
    expect(viewOf(first.app.store.get()).editorText).toBe('MATCH (p:Person) RETURN p // mine');
  });

  it('keeps the selected node and the path’s ends when a view too large for one link is cut', async () => {
    // More people than a link lists (test data); the one selected and the path's ends come last in id order.
    const ids = Array.from({ length: MAX_URL_NODES + 50 }, (_, i) => `person:p${String(i).padStart(4, '0')}`);
    const app = setup(async () => answer({ nodes: [], edges: [] }));
    const [selected, from, to] = ids.slice(-3) as [string, string, string];
    app.store.set({
      scene: addToScene(EMPTY_SCENE, { nodes: ids.map((id) => node(id, 'Person')), edges: [] }),
      selection: { kind: 'node', id: selected },
      pathSearch: { from, to, answer: null, selected: 0 } as never,
    });
    const { view } = decodeLink(encodeView(viewOf(app.store.get())));
    expect(view.nodes).toHaveLength(MAX_URL_NODES);
    expect(view.nodes).toEqual(expect.arrayContaining([selected, from, to]));
    expect(view.selected).toBe(selected);
  });
});
