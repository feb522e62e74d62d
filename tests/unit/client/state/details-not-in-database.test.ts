// The details panel's actions for what a query built (maps drawn as a graph, no element of the database): shown as
// the scene holds it and marked not in the database, against a stand-in for the HTTP API. Made-up elements.
import { describe, expect, it, vi } from 'vitest';
import { createActions } from '../../../../client/state/actions.js';
import { ApiError, type Api } from '../../../../client/api/api.js';
import { initialState } from '../../../../client/state/app-state.js';
import { createQueryMemory } from '../../../../client/state/query-history.js';
import { createStore } from '../../../../client/state/store.js';
import { edge, node } from '../fixtures.js';
import { fakeApi, nodeAnswer } from '../answers.js';

describe('details of an element the query built (not in the database)', () => {
  it('shows a node the database does not hold as the query returned it, with the relationships drawn, and says so', async () => {
    // A map built in Cypher: RETURN {id: 'v1', labels: ['V'], properties: {w: 1.0}} — drawn, but no node of the database.
    const v1 = node('v1', 'V', { w: 1 });
    const v2 = node('v2', 'V', {});
    const link = edge('r1', 'LINKS', 'v1', 'v2');
    const api: Api = fakeApi({
      node: async (id) => {
        throw new ApiError(404, 'NOT_FOUND', `No node with id ${id}.`);
      },
    });
    const store = createStore(initialState());
    store.set({ scene: { nodes: { v1, v2 }, edges: { r1: link }, hidden: {} } });
    const actions = createActions({ store, api, memory: createQueryMemory(undefined) });
    actions.details.selectNode('v1');
    await vi.waitFor(() => expect(store.get().details?.status).toBe('ready'));
    expect(store.get().details).toMatchObject({ id: 'v1', notInDatabase: true });
    expect(store.get().details?.graph?.edges.map((e) => e.id)).toEqual(['r1']);
    expect(
      store
        .get()
        .details?.graph?.nodes.map((n) => n.id)
        .sort(),
    ).toEqual(['v1', 'v2']);
    // Its relationship too: the ends as drawn.
    actions.details.selectEdge('r1');
    await vi.waitFor(() => expect(store.get().details).toMatchObject({ id: 'r1', status: 'ready' }));
    expect(store.get().details).toMatchObject({ notInDatabase: true });
    // A node neither the database nor the scene holds is still an error.
    actions.details.selectNode('v9');
    await vi.waitFor(() => expect(store.get().details).toMatchObject({ id: 'v9', status: 'error' }));
  });
});

describe('details of a relationship a query built between two nodes of the database', () => {
  const pat = node('person:pat', 'Person', { id: 'person:pat', name: 'Pat' });
  const meta = node('org:meta', 'Organization', { id: 'org:meta', name: 'Meta' });
  const stored = edge('fact:pat-meta', 'WORKED_AT', 'person:pat', 'org:meta');
  const built = edge('x:1', 'WORKED_AT', 'person:pat', 'org:meta');

  async function open(selected: typeof built, truncated = false) {
    const api: Api = fakeApi({
      node: async (id) => ({
        ...nodeAnswer(id === pat.id ? pat : meta, { nodes: [pat, meta], edges: [stored] }),
        truncated,
      }),
    });
    const store = createStore(initialState());
    store.set({
      scene: { nodes: { [pat.id]: pat, [meta.id]: meta }, edges: { [selected.id]: selected }, hidden: {} },
    });
    const actions = createActions({ store, api, memory: createQueryMemory(undefined) });
    actions.details.selectEdge(selected.id);
    await vi.waitFor(() => expect(store.get().details).toMatchObject({ id: selected.id, status: 'ready' }));
    return store.get().details!;
  }

  it('marks a fact neither end lists as not in the database, however sure its words say it is', async () => {
    expect((await open(built)).notInDatabase).toBe(true);
  });

  it('does not mark a stored fact, nor one an end’s answer may have left out at its limit', async () => {
    expect((await open(stored)).notInDatabase).toBeUndefined();
    expect((await open(built, true)).notInDatabase).toBeUndefined();
  });
});
