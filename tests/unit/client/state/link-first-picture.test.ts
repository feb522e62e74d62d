// The first picture, with or without a link: the story and a link's node set through the named views, the schema
// asked only once the picture's answer is in, and the overview instead of an empty story on a database not ours.
import { describe, expect, it } from 'vitest';
import { createActions, viewOf } from '../../../../client/state/actions.js';
import type { Api } from '../../../../client/api/api.js';
import { initialState } from '../../../../client/state/app-state.js';
import { createQueryMemory } from '../../../../client/state/query-history.js';
import { createStore } from '../../../../client/state/store.js';
import type { GraphData } from '../../../../model/graph.js';
import { articleGraph } from '../fixtures.js';
import { emptySchema, fakeApi } from '../answers.js';
import { STORY_QUERY } from '../../../../client/state/gallery.js';
import { isForeignDatabase, OVERVIEW_QUERY } from '../../../../client/state/overview.js';
import {
  FIRST_VIEW_PATH,
  startEarlyRequest,
  takeEarlyRequest,
  viewBody,
} from '../../../../client/api/early-request.js';
import { among, answer, graphWithFlow } from './link-setup.js';

describe('the first picture', () => {
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
    // A type named like one of ours beside them (their own WORKED_AT, to a Company) does not make it ours: only the
    // server's word that the database holds our sourced facts does.
    const named = emptySchema({
      ...schema.raw,
      labels: [...schema.raw.labels, { label: 'Company', count: 1, description: null, properties: [] }],
      relationshipTypes: [
        ...schema.raw.relationshipTypes,
        {
          type: 'WORKED_AT',
          count: 1,
          from: ['Person'],
          to: ['Company'],
          description: null,
          derived: false,
          properties: [],
        },
      ],
    });
    expect(isForeignDatabase(schema)).toBe(true);
    expect(isForeignDatabase(named)).toBe(true);
    expect(isForeignDatabase(emptySchema({ ...named.raw, sourcedFacts: true }))).toBe(false);
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
