// Reopening a shared link whose data changed, or whose view could not travel whole: flows kept as the parts they have
// now, facts and nodes that are gone said, a failed link kept in the address bar, a cut answer cut alike, a query too
// long for an address linked as its nodes.
import { describe, expect, it } from 'vitest';
import { addressOf, viewOf } from '../../../../client/state/actions.js';
import type { Api } from '../../../../client/api/api.js';
import { decodeLink } from '../../../../client/state/url-decode.js';
import { encodeView } from '../../../../client/state/url-encode.js';
import { DEFAULT_URL_BUDGET } from '../../../../client/state/url.js';
import type { GraphData, JsonValue } from '../../../../model/graph.js';
import { articleGraph } from '../fixtures.js';
import { among, answer, graphWithFlow, rederivedFlowGraph, setup } from './link-setup.js';

describe('reopening a shared link', () => {
  it('reopens a flow the link drew as the parts it has now: derived again with implied moves only, it is not dropped', async () => {
    // Copied when Meta → xAI had one stated move: the link lists its stated part. Since then it was derived again.
    const now = rederivedFlowGraph();
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

  it('says how many of the nodes a query link placed no longer exist: its positions name the nodes the sender saw', async () => {
    const { store, actions } = setup(async () => answer(articleGraph()));
    const drawn = articleGraph().nodes.map((n) => n.id);
    const positions = Object.fromEntries(
      [...drawn, 'person:gone'].map((id, i) => [id, { x: i, y: i }] as const),
    );
    await actions.init({ query: 'MATCH (n) RETURN n', positions });
    expect(Object.keys(store.get().scene.nodes).sort()).toEqual([...drawn].sort());
    expect(store.get().linkIssues).toEqual([{ kind: 'missingNodes', missing: 1, total: drawn.length + 1 }]);
    // Every placed node drawn again: nothing to say.
    const whole = setup(async () => answer(articleGraph()));
    await whole.actions.init({
      query: 'MATCH (n) RETURN n',
      positions: Object.fromEntries(drawn.map((id, i) => [id, { x: i, y: i }] as const)),
    });
    expect(whole.store.get().linkIssues).toEqual([]);
  });

  it('does not call a query link’s placed nodes gone when the answer was cut to the scene’s cap', async () => {
    const { store, actions } = setup(async () => answer(articleGraph()));
    const drawn = articleGraph().nodes.map((n) => n.id);
    await actions.init({
      query: 'MATCH (n) RETURN n',
      cap: 2,
      positions: Object.fromEntries(drawn.map((id, i) => [id, { x: i, y: i }] as const)),
    });
    expect(Object.keys(store.get().scene.nodes)).toHaveLength(2);
    expect(store.get().linkIssues).toEqual([]);
  });

  it('says how many of the nodes a link selected are not in the reopened view, and selects the others', async () => {
    const { store, actions } = setup();
    await actions.init({ multiSelection: ['person:ghost-ms', 'org:meta', 'person:elon-musk'] });
    expect(store.get().multiSelection).toEqual(['org:meta', 'person:elon-musk']);
    expect(store.get().linkIssues).toEqual([{ kind: 'missingSelected', missing: 1, total: 3 }]);
  });

  it('says how many of the facts a link listed no longer exist, a flow counted gone only when none of its parts is', async () => {
    const now = rederivedFlowGraph();
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
});
