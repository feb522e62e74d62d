// The driver-value converter and graph collector, on hand-built driver objects (no database).
import neo4j, { Node, Path, PathSegment, Relationship } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import {
  createGraphCollector,
  elementIdOfFallback,
  fallbackId,
  rowTypeHints,
  toJson,
} from '../../../server/db/convert.js';

const int = (n: number) => neo4j.int(n);
const node = (eid: string, labels: string[], props: Record<string, unknown>) =>
  new Node(int(0), labels, props, eid);
const rel = (eid: string, start: string, end: string, type: string, props: Record<string, unknown>) =>
  new Relationship(int(0), int(0), int(0), type, props, eid, start, end);

const musk = node('4:db:1', ['Person'], { id: 'person:elon-musk', name: 'Elon Musk', born: int(1971) });
const openai = node('4:db:2', ['Organization'], { id: 'org:openai', name: 'OpenAI' });
const founded = rel('5:db:1', '4:db:1', '4:db:2', 'FOUNDED', {
  id: 'fact:musk-founded-openai',
  certainty: 'stated',
});

describe('toJson', () => {
  it('turns integers into numbers and integers beyond 2^53 into strings', () => {
    expect(toJson(int(42))).toBe(42);
    expect(toJson(neo4j.int('9007199254740993'))).toBe('9007199254740993');
    expect(toJson(neo4j.int('-9007199254740993'))).toBe('-9007199254740993');
    expect(toJson(BigInt('123'))).toBe(123);
    expect(toJson(BigInt('12345678901234567890'))).toBe('12345678901234567890');
  });

  it('writes temporals and durations as Cypher’s toString() does, and floats JSON cannot hold as strings', () => {
    expect(toJson(new neo4j.types.Date(int(2025), int(8), int(29)))).toBe('2025-08-29');
    expect(toJson(new neo4j.types.Date(int(-44), int(3), int(15)))).toBe('-0044-03-15');
    expect(
      toJson(new neo4j.types.LocalDateTime(int(2025), int(6), int(17), int(9), int(30), int(0), int(0))),
    ).toBe('2025-06-17T09:30:00');
    expect(toJson(new neo4j.types.LocalTime(int(12), int(0), int(1), int(500_000_000)))).toBe('12:00:01.5');
    expect(toJson(new neo4j.types.Duration(int(0), int(3), int(0), int(0)))).toBe('P3D');
    expect(toJson(new neo4j.types.Duration(int(0), int(14), int(58_320), int(0)))).toBe('P14DT16H12M');
    expect(toJson(Number.NaN)).toBe('NaN');
    expect(toJson(Number.POSITIVE_INFINITY)).toBe('Infinity');
    expect(toJson(-0)).toBe('-0.0');
    expect(toJson(3.0)).toBe(3);
  });

  it('converts a node to {id, labels, properties} keyed by its id property, recursively', () => {
    expect(toJson({ people: [musk] })).toEqual({
      people: [
        {
          id: 'person:elon-musk',
          labels: ['Person'],
          properties: { id: 'person:elon-musk', name: 'Elon Musk', born: 1971 },
        },
      ],
    });
  });

  it('gives a node without an id property a fallback id that can be mapped back to its elementId', () => {
    const anon = node('4:db:9', ['Note'], { text: 'user data' });
    const out = toJson(anon) as { id: string };
    expect(out.id).toBe('neo4j:4:db:9');
    expect(elementIdOfFallback(out.id)).toBe('4:db:9');
    expect(elementIdOfFallback('person:elon-musk')).toBeUndefined();
    expect(fallbackId('5:x:1')).toBe('neo4j:5:x:1');
  });
});

describe('GraphCollector', () => {
  it('collects nodes and edges from paths, lists and maps once each, with edges keyed by app ids', () => {
    const path = new Path(musk, openai, [new PathSegment(musk, founded, openai)]);
    const c = createGraphCollector();
    const row = { p: path, again: [founded, { deep: [musk] }], n: openai };
    c.collect(row);
    expect(c.missingNodeElementIds()).toEqual([]);
    const g = c.graph();
    expect(g.nodes.map((n) => n.id).sort()).toEqual(['org:openai', 'person:elon-musk']);
    expect(g.edges).toEqual([
      {
        id: 'fact:musk-founded-openai',
        type: 'FOUNDED',
        source: 'person:elon-musk',
        target: 'org:openai',
        properties: { id: 'fact:musk-founded-openai', certainty: 'stated' },
      },
    ]);
    const p = c.toJson(path) as { nodes: { id: string }[]; edges: { source: string; target: string }[] };
    expect(p.nodes.map((n) => n.id)).toEqual(['person:elon-musk', 'org:openai']);
    expect(p.edges[0]).toMatchObject({ source: 'person:elon-musk', target: 'org:openai' });
  });

  it('reports the end nodes of relationships returned without them, and resolves them once added', () => {
    const c = createGraphCollector();
    c.collect({ r: founded });
    expect(c.missingNodeElementIds().sort()).toEqual(['4:db:1', '4:db:2']);
    c.addNodes([musk, openai]);
    expect(c.missingNodeElementIds()).toEqual([]);
    expect(c.toJson(founded)).toMatchObject({ source: 'person:elon-musk', target: 'org:openai' });
    expect(c.graph().nodes).toHaveLength(2);
  });

  it('keeps two of our nodes that share an id apart by giving the later one its fallback id', () => {
    const a = node('4:db:20', ['Person'], { id: 'person:dup' });
    const b = node('4:db:21', ['Person', 'Extra'], { id: 'person:dup' });
    const c = createGraphCollector();
    c.collect([a, b]);
    expect(c.graph().nodes.map((n) => n.id)).toEqual(['person:dup', 'neo4j:4:db:21']);
  });

  it('addresses a foreign node by its elementId whatever its own id, so ids never collide across labels', () => {
    const movie = node('4:db:30', ['Movie'], { id: 'tt0133093' });
    const director = node('4:db:31', ['Director'], { id: 42 });
    const reader = node('4:db:32', ['Reader'], { id: 'shared-7' });
    const book = node('4:db:33', ['Book'], { id: 'shared-7' });
    // A slug of ours on a node without the label it names is not ours either.
    const impostor = node('4:db:34', ['Movie'], { id: 'person:elon-musk' });
    const c = createGraphCollector();
    c.collect([movie, director, reader, book, impostor]);
    expect(c.graph().nodes.map((n) => n.id)).toEqual([
      'neo4j:4:db:30',
      'neo4j:4:db:31',
      'neo4j:4:db:32',
      'neo4j:4:db:33',
      'neo4j:4:db:34',
    ]);
    expect((toJson(movie) as { id: string }).id).toBe('neo4j:4:db:30');
  });

  it('gives a foreign relationship of a type named like ours its fallback id, whatever its own id', () => {
    // Made up: a foreign graph's (:Chunk)-[:PART_OF]->(:Doc), its ids its own data ('1', or another's fallback id).
    const chunk = node('4:db:40', ['Chunk'], {});
    const doc = node('4:db:41', ['Doc'], {});
    const one = rel('5:db:40', '4:db:40', '4:db:41', 'PART_OF', { id: '1' });
    const impostor = rel('5:db:41', '4:db:40', '4:db:41', 'PART_OF', { id: 'neo4j:5:db:42' });
    const other = rel('5:db:42', '4:db:41', '4:db:40', 'PART_OF', {});
    const c = createGraphCollector();
    c.collect([chunk, doc, one, impostor, other]);
    expect(c.graph().edges.map((e) => e.id)).toEqual(['neo4j:5:db:40', 'neo4j:5:db:41', 'neo4j:5:db:42']);
    expect(c.graph().edges[0]!.properties.id).toBe('1');
    // Ours keep their ids, and so does one written by hand between two of our nodes.
    const byHand = rel('5:db:43', '4:db:1', '4:db:2', 'WORKED_AT', { id: 'hand:1' });
    const c2 = createGraphCollector();
    c2.collect([musk, founded, byHand, openai]);
    expect(c2.graph().edges.map((e) => e.id)).toEqual([founded.properties.id, 'hand:1']);
    expect((c2.toJson(byHand) as { id: string }).id).toBe('hand:1');
  });

  it('converts a node it never collected with the node’s own id', () => {
    const c = createGraphCollector();
    c.collect(musk);
    expect((c.toJson(openai) as { id: string }).id).toBe('org:openai');
  });

  it('writes in rows and paths the graph’s id of two relationships that share an id (the later one’s fallback id)', () => {
    // Made up: a database without our uniqueness constraints, two stints written with one fact id.
    const first = rel('5:db:50', '4:db:1', '4:db:2', 'WORKED_AT', { id: 'fact:dup' });
    const second = rel('5:db:51', '4:db:1', '4:db:2', 'WORKED_AT', { id: 'fact:dup' });
    const c = createGraphCollector({ rows: 'full' });
    c.collect([musk, openai, first, second]);
    const graphIds = c.graph().edges.map((e) => e.id);
    expect(graphIds).toEqual(['fact:dup', 'neo4j:5:db:51']);
    expect((c.toJson([first, second]) as { id: string }[]).map((e) => e.id)).toEqual(graphIds);
    const path = new Path(musk, openai, [new PathSegment(musk, second, openai)]);
    expect((c.toJson({ p: path }) as { p: { edges: { id: string }[] } }).p.edges[0]!.id).toBe(
      'neo4j:5:db:51',
    );
    // One never collected keeps its own id.
    const other = rel('5:db:52', '4:db:1', '4:db:2', 'WORKED_AT', { id: 'fact:other' });
    expect((c.toJson(other) as { id: string }).id).toBe('fact:other');
  });
});

describe('slim graphs', () => {
  const meta = node('4:db:3', ['Organization'], {
    id: 'org:meta',
    name: 'Meta',
    aliases: ['Facebook'],
    aliasesText: 'facebook',
    searchText: 'meta | facebook',
  });
  const flow = rel('5:db:2', '4:db:3', '4:db:2', 'TALENT_FLOW', {
    id: 'flow:org:meta->org:openai',
    count: int(2),
    reportedCount: null,
    since: '2024',
    until: '2025',
    people: ['person:a', 'person:b'],
    factIds: ['fact:1', 'fact:2'],
    eventIds: ['event:x'],
    // Every implied move's sources, for a window's indices: no drawn part's list.
    impliedMoveSources: ['source:a'],
    directImpliedMoveSources: ['source:a'],
    // The certainties of its drawn parts, for the path search: each drawn part carries its own.
    partCertainties: ['stated', 'implied'],
  });

  it('leaves index-only node properties and a flow’s id lists out of graphs and converted values', () => {
    const c = createGraphCollector();
    c.collect([meta, flow, openai]);
    const { nodes, edges } = c.graph();
    expect(nodes.find((n) => n.id === 'org:meta')!.properties).toEqual({
      id: 'org:meta',
      name: 'Meta',
      aliases: ['Facebook'],
    });
    expect(edges[0]!.properties).toEqual({
      id: 'flow:org:meta->org:openai',
      count: 2,
      reportedCount: null,
      since: '2024',
      until: '2025',
      eventIds: ['event:x'],
    });
    expect((c.toJson(flow) as { properties: object }).properties).not.toHaveProperty('people');
    expect((toJson(meta) as { properties: object }).properties).not.toHaveProperty('searchText');
  });

  it("leaves a Source's record of the fields kept from an import out, the fields themselves in", () => {
    const c = createGraphCollector();
    c.collect([
      node('4:db:60', ['Source'], {
        id: 'source:s',
        title: 'T',
        url: 'https://example.org/s',
        keptFields: ['url'],
      }),
    ]);
    expect(c.graph().nodes[0]!.properties).toEqual({
      id: 'source:s',
      title: 'T',
      url: 'https://example.org/s',
    });
  });

  it('keeps every property in rows converted in full (what a Cypher query returned), the graph still slim', () => {
    const c = createGraphCollector({ rows: 'full' });
    c.collect([meta, flow, openai]);
    const row = c.toJson({ o: meta, f: flow }) as { o: { properties: object }; f: { properties: object } };
    expect(row.o.properties).toMatchObject({ searchText: 'meta | facebook', aliasesText: 'facebook' });
    expect(row.f.properties).toMatchObject({
      people: ['person:a', 'person:b'],
      factIds: ['fact:1', 'fact:2'],
    });
    expect(c.graph().edges[0]!.properties).not.toHaveProperty('factIds');
  });

  it('keeps a foreign node’s fullText, searchText and aliasesText: only ours hold index-only copies', () => {
    // Made up: a foreign document store's node.
    const docNode = node('4:db:50', ['Document'], { title: 'A', fullText: 'the whole', searchText: 's' });
    // A Movies graph's Person: our label, not our id.
    const actor = node('4:db:51', ['Person'], { name: 'Keanu', searchText: 'keanu' });
    const c = createGraphCollector();
    c.collect([docNode, actor]);
    expect(c.graph().nodes.map((n) => n.properties)).toEqual([
      { title: 'A', fullText: 'the whole', searchText: 's' },
      { name: 'Keanu', searchText: 'keanu' },
    ]);
  });

  it('keeps a property of the same name on other relationship types', () => {
    const other = rel('5:db:3', '4:db:3', '4:db:2', 'PARTICIPATED_IN', { id: 'fact:p', people: ['x'] });
    expect((toJson(other) as { properties: object }).properties).toHaveProperty('people', ['x']);
  });
});

describe('a key named __proto__ (as the driver of neo4j/connect.ts decodes it: an own key)', () => {
  /** A map with `__proto__` as its own key, then `rest`'s keys. */
  const withProto = (value: unknown, rest: Record<string, unknown> = {}) =>
    Object.assign(Object.defineProperty({}, '__proto__', { value, enumerable: true }), rest);
  const entries = (v: unknown) => Object.entries(v as object);

  it('keeps a map key __proto__ as a key, an Integer or a string under it a value', () => {
    const out = toJson([withProto(int(5), { b: 'x' }), withProto('str')]) as object[];
    expect(entries(out[0])).toEqual([
      ['__proto__', 5],
      ['b', 'x'],
    ]);
    expect(Object.getPrototypeOf(out[0])).toBe(Object.prototype);
    expect(entries(out[1])).toEqual([['__proto__', 'str']]);
  });

  it('keeps a node’s or relationship’s property __proto__, in rows and in the graph', () => {
    const a = node('4:db:70', ['Tag'], withProto(int(7), { name: 'a' }));
    const r = rel('5:db:70', '4:db:70', '4:db:70', 'TAGGED', withProto('kept'));
    const c = createGraphCollector({ rows: 'full' });
    c.collect([a, r]);
    const row = c.toJson({ a, r }) as { a: { properties: object }; r: { properties: object } };
    expect(entries(row.a.properties)).toEqual([
      ['__proto__', 7],
      ['name', 'a'],
    ]);
    expect(entries(row.r.properties)).toEqual([['__proto__', 'kept']]);
    const graph = c.graph();
    expect(entries(graph.nodes[0]!.properties)).toEqual(entries(row.a.properties));
    expect(entries(graph.edges[0]!.properties)).toEqual(entries(row.r.properties));
  });
});

describe('rowTypeHints', () => {
  it('says a map shaped like a node or a relationship is a Map (a real one is a Node or Relationship)', () => {
    const shapedNode = { id: 'a', labels: ['X'], properties: { k: int(1) } };
    const shapedRel = { id: 'r', type: 'T', source: 'a', target: 'b', properties: {} };
    expect(
      rowTypeHints({ m: shapedNode, l: [shapedRel], plain: { id: 'a', k: int(1) }, n: musk, r: founded }),
    ).toEqual({
      '/m': 'Map',
      '/l/0': 'Map',
      '/n': 'Node',
      '/r': 'Relationship',
    });
    // A list as its properties: the client's readers take it for an element too.
    expect(rowTypeHints({ m: { id: 'a', labels: ['X'], properties: [int(1)] } })).toEqual({ '/m': 'Map' });
  });

  it('says so too when the id, type or an end is written as text but is no string (a 64-bit id, a date, NaN…)', () => {
    const big = neo4j.int('9007199254740993');
    const day = new neo4j.types.Date(2024, 1, 1);
    // `{id: t.id, labels: labels(t), properties: properties(t)}` on data with 64-bit ids.
    expect(rowTypeHints({ t: { id: big, labels: ['Tweet'], properties: {} } })).toEqual({
      '/t': 'Map',
      '/t/id': 'Integer',
    });
    const textIds: [unknown, string][] = [
      [BigInt('9007199254740993'), 'Integer'],
      [day, 'Date'],
      [new neo4j.types.Duration(0, 1, 0, 0), 'Duration'],
      [NaN, 'Float'],
      [-0, 'Float'],
      [new Uint8Array([1, 2]), 'Base64'],
    ];
    for (const [id, type] of textIds) {
      expect(rowTypeHints({ m: { id, labels: [], properties: {} } })).toEqual({ '/m': 'Map', '/m/id': type });
      for (const key of ['type', 'source', 'target']) {
        const shaped = { id: 'r', type: 'T', source: 'a', target: 'b', properties: {}, [key]: id };
        expect(rowTypeHints({ e: shaped }), key).toEqual({ '/e': 'Map', [`/e/${key}`]: type });
      }
    }
    // Written as a number, a map (a point) or null, an id is no element's: nothing to tell apart.
    for (const id of [int(7), 1.5, new neo4j.types.Point(7203, 1, 2), null])
      expect(rowTypeHints({ m: { id, labels: [], properties: {} } })['/m']).toBeUndefined();
  });
});
