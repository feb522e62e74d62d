// A shared link's path search on a database that is not ours is asked again with the types it was asked with: on such
// a database the panel follows every relationship type the schema lists, so the search waits for the schema rather
// than go out without types, when the server would follow only Talent Graph's fact types.
import { describe, expect, it } from 'vitest';
import { createActions, viewOf } from '../../../../client/state/actions.js';
import { initialState } from '../../../../client/state/app-state.js';
import { createQueryMemory } from '../../../../client/state/query-history.js';
import { createStore } from '../../../../client/state/store.js';
import { decodeLink } from '../../../../client/state/url-decode.js';
import { encodeView } from '../../../../client/state/url-encode.js';
import type { GraphData } from '../../../../model/graph.js';
import { cypherAnswer, emptySchema, fakeApi, pathsAnswer } from '../answers.js';

/** A made-up foreign graph: two companies, one supplying the other (a type that is not ours). */
const type = (name: string) => ({
  type: name,
  count: 5,
  from: ['Company'],
  to: ['Company'],
  description: null,
  derived: false,
  properties: [],
});
const schema = emptySchema({
  labels: [{ label: 'Company', count: 10, description: null, properties: [] }],
  relationshipTypes: [type('PART_OF'), type('SUPPLIES')],
});
const a = { id: 'neo4j:4:x:1', labels: ['Company'], properties: { name: 'A' } };
const b = { id: 'neo4j:4:x:2', labels: ['Company'], properties: { name: 'B' } };
const supplies = { id: 'neo4j:5:x:9', type: 'SUPPLIES', source: a.id, target: b.id, properties: {} };
const graph: GraphData = { nodes: [a, b], edges: [supplies] };

/** An app over that graph whose schema answers a little late, as a real server's does; `asked`: the path searches. */
function foreignApp() {
  const asked: (Record<string, string> | undefined)[] = [];
  const api = fakeApi({
    schema: async () => {
      await new Promise((r) => setTimeout(r, 5));
      return schema;
    },
    cypher: async () => cypherAnswer(graph),
    paths: async (_from, _to, _max, opts) => {
      asked.push(opts);
      const found = opts?.types?.split(',').includes('SUPPLIES');
      return pathsAnswer({
        graph,
        paths: found ? [{ nodes: [a.id, b.id], edges: [supplies.id], length: 1 }] : [],
      });
    },
  });
  const store = createStore(initialState());
  return { store, asked, actions: createActions({ store, api, memory: createQueryMemory(undefined) }) };
}

describe('a shared link’s path search on a foreign database', () => {
  it('is asked again with every type the schema lists, as the sender’s was, and finds the same path', async () => {
    const sender = foreignApp();
    await sender.actions.init({ query: 'MATCH (n)-[r]->(m) RETURN n, r, m' });
    await new Promise((r) => setTimeout(r, 20));
    sender.actions.setPathEnd('from', a.id);
    sender.actions.setPathEnd('to', b.id);
    await new Promise((r) => setTimeout(r, 20));
    expect(sender.asked.at(-1)?.types?.split(',').sort()).toEqual(['PART_OF', 'SUPPLIES']);
    const link = decodeLink(encodeView(viewOf(sender.store.get())));
    expect(link.view.path).toMatchObject({ from: a.id, to: b.id, edges: [supplies.id] });

    const receiver = foreignApp();
    await receiver.actions.init(link.view, link.issues);
    expect(receiver.asked).toHaveLength(1);
    expect(receiver.asked[0]?.types?.split(',').sort()).toEqual(['PART_OF', 'SUPPLIES']);
    const s = receiver.store.get();
    expect(s.linkIssues).toEqual([]);
    expect(s.path.highlight?.edges).toEqual([supplies.id]);
  });
});
