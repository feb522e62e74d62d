// The API on a database that is not ours: the hand-written library graph (tests/fixtures/foreign/library.cypher)
// loaded with the seed's script loader into an empty database without Talent Graph's indexes or constraints.
// Search (scan, then a user's own full-text index, never writing), details, expansion with filters, paths over its
// own relationship types, bad input and the schema's start and end labels, all against the run's real Neo4j.
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neighborsQuery } from '../../../client/state/gallery.js';
import { pathParams } from '../../../client/state/paths.js';
import type { GraphData } from '../../../model/graph.js';
import { createTestApp } from '../../support/api.js';
import { apiIdOf, indexNames, loadLibrary, restoreOurs } from '../../support/foreign-graph.js';
import { createTestDriver, readRows, testNeo4j } from '../../support/neo4j.js';

let driver: Driver;
let app: ReturnType<typeof createTestApp>['app'];

interface Result {
  id: string;
  labels: string[];
  name: string | null;
  matched: string | null;
}
interface NodeBody {
  node: { id: string; labels: string[]; properties: Record<string, unknown> };
  facts: {
    edge: { id: string; type: string; properties: Record<string, unknown> };
    direction: string;
    other: string;
  }[];
  factCount: number;
  graph: { nodes: { id: string; labels: string[] }[] };
}

const search = async (q: string, extra = '') => {
  const res = await request(app).get(`/api/search?q=${encodeURIComponent(q)}${extra}`);
  expect(res.status).toBe(200);
  return res.body as { method: string; scanned?: number; scanLimit?: number; results: Result[] };
};

beforeAll(async () => {
  driver = createTestDriver();
  await loadLibrary(driver);
  ({ app } = createTestApp(driver));
});
afterAll(async () => {
  await restoreOurs(driver);
  await driver.close();
});

describe('search on a foreign graph, read-only', () => {
  it('finds Books by title and Authors by name with no full-text index at all (a bounded scan)', async () => {
    const before = await indexNames(driver);
    expect(before).not.toContain('entity_search');
    const salt = await search('salt ledger');
    expect(salt.method).toBe('scan');
    // Every node was looked at (10 of at most 20,000).
    expect(salt).toMatchObject({ scanned: 10, scanLimit: 20_000 });
    expect(salt.results.map((r) => [r.name, r.labels])).toEqual([['The Salt Ledger', ['Book']]]);
    // Accents folded as the index folds them, prefixes as typed.
    const ines = await search('ines var');
    expect(ines.results.map((r) => r.name)).toEqual(['Inès Varga']);
    expect(ines.results[0]!.id).toMatch(/^neo4j:/);
    // A label filter with a foreign label; a Reader is named by its handle.
    expect((await search('lamp', '&labels=Reader')).results.map((r) => r.name)).toEqual(['lamplighter']);
    expect((await search('lamp', '&labels=Book')).results).toEqual([]);
    // Nothing was written: no index appeared, no node was added.
    expect(await indexNames(driver)).toEqual(before);
    expect(Number((await readRows(driver, 'MATCH (n) RETURN count(n) AS n'))[0]!.n)).toBe(10);
  });

  it('uses a full-text index the user made, and still writes nothing', async () => {
    const { database } = testNeo4j();
    await driver.executeQuery(
      'CREATE FULLTEXT INDEX user_titles IF NOT EXISTS FOR (n:Book|Author) ON EACH [n.title, n.name]',
      {},
      { database },
    );
    await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database });
    try {
      const before = await indexNames(driver);
      // A new app: the list of indexes is reused for a few seconds.
      ({ app } = createTestApp(driver));
      const glass = await search('glass harb');
      expect(glass.method).toBe('fulltext');
      expect(glass.results.map((r) => r.name)).toEqual(['Glass "Harbour"']);
      expect((await search('quill')).results.map((r) => r.name)).toEqual(['Tomás Quill']);
      // A Reader is in no index the user made: the scan still finds it.
      const lamp = await search('lamplight');
      expect([lamp.method, lamp.results.map((r) => r.name)]).toEqual(['scan', ['lamplighter']]);
      expect(await indexNames(driver)).toEqual(before);
    } finally {
      await driver.executeQuery('DROP INDEX user_titles IF EXISTS', {}, { database });
      ({ app } = createTestApp(driver));
    }
  });

  it('never answers with advice to seed the database', async () => {
    const res = await request(app).get('/api/search?q=anything');
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).not.toMatch(/seed/i);
  });
});

describe('details of foreign nodes', () => {
  it('opens an Author with a numeric id, listing every relationship with its properties', async () => {
    const id = await apiIdOf(driver, "MATCH (n:Author {key: 'a-ines'})");
    const res = await request(app).get(`/api/nodes/${encodeURIComponent(id)}`);
    expect(res.status).toBe(200);
    const body = res.body as NodeBody;
    expect(body.node).toMatchObject({ id, labels: ['Author'], properties: { id: 42, name: 'Inès Varga' } });
    expect(body.factCount).toBe(3);
    const rels = body.facts.map((f) => [f.edge.type, f.direction, f.edge.properties]);
    expect(rels).toEqual(
      expect.arrayContaining([
        ['WROTE', 'out', { year: 1999 }],
        ['WROTE', 'out', { year: 2008 }],
        ['INFLUENCED_BY', 'in', {}],
      ]),
    );
    expect(rels).toHaveLength(3);
  });

  it("opens a Book with a string id, and keeps the Book and the Reader sharing 'shared-7' apart", async () => {
    const book = await apiIdOf(driver, "MATCH (n:Book {id: 'shared-7'})");
    const reader = await apiIdOf(driver, "MATCH (n:Reader {id: 'shared-7'})");
    expect(book).not.toBe(reader);
    const b = (await request(app).get(`/api/nodes/${encodeURIComponent(book)}`)).body as NodeBody;
    const r = (await request(app).get(`/api/nodes/${encodeURIComponent(reader)}`)).body as NodeBody;
    expect(b.node).toMatchObject({
      id: book,
      labels: ['Book'],
      properties: { title: "Night 'Shift' Notes" },
    });
    expect(r.node).toMatchObject({ id: reader, labels: ['Reader'], properties: { handle: 'lamplighter' } });
    expect(b.facts.map((f) => f.edge.type).sort()).toEqual(['READ', 'WROTE']);
    expect(r.facts.map((f) => f.edge.type).sort()).toEqual(['FOLLOWS', 'READ']);
    // The Reader read bk-2 on a date: the property arrives as Cypher writes it.
    const read = r.facts.find((f) => f.edge.type === 'READ')!;
    expect(read.edge.properties).toEqual({ stars: 5, on: '2024-03-02' });
    // No node in either answer takes the other's id.
    expect(b.graph.nodes.filter((n) => n.id === reader)).toEqual([]);
  });

  it('answers 404 for the id of a node that was deleted, and for our kind of slug that names nothing', async () => {
    const { database } = testNeo4j();
    await driver.executeQuery("CREATE (:Book {id: 'doomed', title: 'Doomed'})", {}, { database });
    const id = await apiIdOf(driver, "MATCH (n:Book {id: 'doomed'})");
    expect((await request(app).get(`/api/nodes/${encodeURIComponent(id)}`)).status).toBe(200);
    await driver.executeQuery("MATCH (n:Book {id: 'doomed'}) DETACH DELETE n", {}, { database });
    for (const path of [
      `/api/nodes/${encodeURIComponent(id)}`,
      `/api/nodes/${encodeURIComponent(id)}/neighbors`,
    ]) {
      const res = await request(app).get(path);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
      expect(res.body.error.message).toContain(id);
    }
    expect((await request(app).get('/api/nodes/person:nobody')).status).toBe(404);
  });
});

describe('the Cypher shown for expanding a foreign node', () => {
  it('finds the node by its API id (neo4j:<elementId>) and returns what expanding it draws', async () => {
    const ines = await apiIdOf(driver, "MATCH (n:Author {key: 'a-ines'})");
    const q = neighborsQuery(ines, 25)!;
    const res = await request(app).post('/api/cypher').send({ query: q.query, params: q.params });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const shown = res.body.graph as GraphData;
    const expanded = (await request(app).get(`/api/nodes/${encodeURIComponent(ines)}/neighbors`)).body
      .graph as GraphData;
    expect(shown.nodes.map((n) => n.id).sort()).toEqual(expanded.nodes.map((n) => n.id).sort());
    expect(shown.edges.map((e) => e.id).sort()).toEqual(expanded.edges.map((e) => e.id).sort());
    expect(shown.edges).toHaveLength(3);
  });
});

describe('a shared set of foreign nodes (POST /api/views/node-set)', () => {
  it('reopens nodes named neo4j:<elementId> with exactly the relationships among them', async () => {
    const ines = await apiIdOf(driver, "MATCH (n:Author {key: 'a-ines'})");
    const rivers = await apiIdOf(driver, "MATCH (n:Book {id: 'bk-1'})");
    const press = await apiIdOf(driver, "MATCH (n:Publisher {code: 'PUB-N'})");
    const res = await request(app)
      .post('/api/views/node-set')
      .send({ ids: [ines, rivers, press], rows: 'refs' });
    expect(res.status).toBe(200);
    const graph = (
      res.body as { graph: { nodes: { id: string }[]; edges: { type: string; source: string }[] } }
    ).graph;
    expect(graph.nodes.map((n) => n.id).sort()).toEqual([ines, rivers, press].sort());
    // Inès wrote Rivers, Rivers is published by North Quay; her other book is not in the set.
    expect(graph.edges.map((e) => [e.type, e.source]).sort()).toEqual(
      [
        ['PUBLISHED_BY', rivers],
        ['WROTE', ines],
      ].sort(),
    );
  });
});

const neighbours = async (id: string, qs: string) =>
  request(app).get(`/api/nodes/${encodeURIComponent(id)}/neighbors${qs}`);

describe('expansion with label and type filters', () => {
  it('follows a foreign relationship type and label', async () => {
    const reader = await apiIdOf(driver, "MATCH (n:Reader {id: 'r-2'})");
    const all = await neighbours(reader, '');
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(2);
    const follows = await neighbours(reader, '?types=FOLLOWS');
    expect(follows.status).toBe(200);
    const labelsOf = (body: { graph: { nodes: { id: string; labels: string[] }[] } }) =>
      body.graph.nodes.filter((n) => n.id !== reader).map((n) => n.labels);
    expect(labelsOf(follows.body)).toEqual([['Reader']]);
    const books = await neighbours(reader, '?labels=Book&direction=out');
    expect(books.status).toBe(200);
    expect(labelsOf(books.body)).toEqual([['Book']]);
    expect(books.body.graph.edges.map((e: { type: string }) => e.type)).toEqual(['READ']);
  });

  it('answers 400 naming a type or label the database does not have', async () => {
    const author = await apiIdOf(driver, "MATCH (n:Author {key: 'a-noor'})");
    const badType = await neighbours(author, '?types=WROTE,REVIEWED');
    expect(badType.status).toBe(400);
    expect(badType.body.error.message).toContain("'REVIEWED'");
    expect(badType.body.error.message).not.toContain("'WROTE'");
    expect(badType.body.error.message).toContain('query.types');
    const badLabel = await neighbours(author, '?labels=Magazine');
    expect(badLabel.status).toBe(400);
    expect(badLabel.body.error.message).toContain("'Magazine'");
    // Our own labels are refused too where this database has none of them.
    const ours = await request(app).get('/api/search?q=ines&labels=Person');
    expect(ours.status).toBe(400);
    expect(ours.body.error.message).toContain("'Person'");
  });

  it('passes a type with a backtick safely once the database has it', async () => {
    const { database } = testNeo4j();
    await driver.executeQuery(
      "MATCH (a:Author {key: 'a-noor'}), (b:Book {id: 'bk-1'}) CREATE (a)-[:`LIKED``BY`]->(b)",
      {},
      { database },
    );
    const author = await apiIdOf(driver, "MATCH (n:Author {key: 'a-noor'})");
    const res = await neighbours(author, `?types=${encodeURIComponent('LIKED`BY')}`);
    expect(res.status).toBe(200);
    expect(res.body.graph.edges.map((e: { type: string }) => e.type)).toEqual(['LIKED`BY']);
    await driver.executeQuery('MATCH ()-[r:`LIKED``BY`]->() DELETE r', {}, { database });
  });
});

describe('paths over any relationship type', () => {
  const paths = async (from: string, to: string, qs = '') =>
    request(app).get(
      `/api/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&all=true${qs}`,
    );
  const typesOf = (body: {
    paths: { edges: string[] }[];
    graph: { edges: { id: string; type: string }[] };
  }) => body.paths.map((p) => p.edges.map((e) => body.graph.edges.find((x) => x.id === e)!.type));

  it('follows every type the database has by default, and only the asked-for ones when asked', async () => {
    const tomas = await apiIdOf(driver, "MATCH (n:Author {key: 'a-tomas'})");
    const lamplighter = await apiIdOf(driver, "MATCH (n:Reader {id: 'shared-7'})");
    const all = await paths(tomas, lamplighter);
    expect(all.status).toBe(200);
    expect(all.body.derived).toBe(false);
    // (A type an earlier test created and deleted may still be listed for a few seconds.)
    expect(all.body.types).toEqual(
      expect.arrayContaining(['FOLLOWS', 'INFLUENCED_BY', 'PUBLISHED_BY', 'READ', 'WROTE']),
    );
    // Tomás wrote the book r-2 read, who follows lamplighter; and Tomás was influenced by Inès, whose book lamplighter read.
    expect(
      typesOf(all.body)
        .map((t) => t.join(' '))
        .sort(),
    ).toEqual(['INFLUENCED_BY WROTE READ', 'WROTE READ FOLLOWS']);
    const noInfluence = await paths(tomas, lamplighter, '&types=WROTE,READ,FOLLOWS');
    expect(noInfluence.status).toBe(200);
    expect(typesOf(noInfluence.body)).toEqual([['WROTE', 'READ', 'FOLLOWS']]);
    const none = await paths(tomas, lamplighter, '&types=PUBLISHED_BY');
    expect(none.status).toBe(200);
    expect(none.body.paths).toEqual([]);
  });

  it('follows a type whose name holds a comma or a leading backtick, as the client writes it in backticks', async () => {
    const { database } = testNeo4j();
    // Made-up types on the library graph (test data), deleted afterwards: Neo4j allows any character in a name.
    await driver.executeQuery(
      `MATCH (a:Author {key: 'a-tomas'}), (b:Author {key: 'a-ines'})
       CREATE (a)-[:\`SHELVED, NEAR\`]->(b), (b)-[:\`\`\`QUOTED\`]->(a)`,
      {},
      { database },
    );
    try {
      const tomas = await apiIdOf(driver, "MATCH (n:Author {key: 'a-tomas'})");
      const ines = await apiIdOf(driver, "MATCH (n:Author {key: 'a-ines'})");
      for (const type of ['SHELVED, NEAR', '`QUOTED']) {
        const { types } = pathParams({ derived: false, types: [type] }, [type, 'WROTE'])!;
        expect(types).toMatch(/^`/);
        const res = await paths(tomas, ines, `&types=${encodeURIComponent(types!)}`);
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        expect(res.body.types).toEqual([type]);
        expect(typesOf(res.body)).toEqual([[type]]);
        const near = await neighbours(tomas, `?types=${encodeURIComponent(types!)}`);
        expect(near.status).toBe(200);
        expect(near.body.graph.edges.map((e: { type: string }) => e.type)).toEqual([type]);
      }
      // A backtick left open is bad input, named.
      const open = await paths(tomas, ines, `&types=${encodeURIComponent('WROTE,`SHELVED')}`);
      expect(open.status).toBe(400);
      expect(open.body.error.message).toContain('query.types');
      expect(open.body.error.message).toContain('closing backtick');
    } finally {
      await driver.executeQuery(
        'MATCH ()-[r]->() WHERE type(r) IN $types DELETE r',
        { types: ['SHELVED, NEAR', '`QUOTED'] },
        { database },
      );
    }
  });

  it('answers 400 naming a type the database does not have', async () => {
    const tomas = await apiIdOf(driver, "MATCH (n:Author {key: 'a-tomas'})");
    const ines = await apiIdOf(driver, "MATCH (n:Author {key: 'a-ines'})");
    const res = await paths(tomas, ines, '&types=WROTE,WORKED_AT');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain("'WORKED_AT'");
    expect(res.body.error.message).toContain('query.types');
  });
});

describe('schema of a foreign graph', () => {
  it('gives the start and end labels of every relationship type', async () => {
    const res = await request(app).get('/api/schema');
    expect(res.status).toBe(200);
    const types = Object.fromEntries(
      (res.body.relationshipTypes as { type: string; from: string[]; to: string[]; count: number }[]).map(
        (t) => [t.type, { from: t.from, to: t.to, count: t.count }],
      ),
    );
    expect(types).toMatchObject({
      WROTE: { from: ['Author'], to: ['Book'], count: 4 },
      PUBLISHED_BY: { from: ['Book'], to: ['Publisher'], count: 3 },
      READ: { from: ['Reader'], to: ['Book'], count: 2 },
      FOLLOWS: { from: ['Reader'], to: ['Reader'], count: 1 },
      INFLUENCED_BY: { from: ['Author'], to: ['Author'], count: 1 },
    });
    const labels = (res.body.labels as { label: string; count: number }[]).map((l) => [l.label, l.count]);
    expect(labels).toEqual([
      ['Author', 3],
      ['Book', 4],
      ['Publisher', 1],
      ['Reader', 2],
    ]);
  });
});
