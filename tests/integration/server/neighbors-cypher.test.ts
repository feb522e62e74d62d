// "Show Cypher" of expanding a node is the expansion itself: the query gallery.ts neighborsQuery writes for a GET
// /api/nodes/:id/neighbors request (its limit, types and direction), run through POST /api/cypher, finds exactly the
// nodes and relationships of the API's answer — page by page where parallel relationships and ties in degree decide
// the cut, past a foreign node holding one of our ids, never a staged internal relationship — on the seeded article
// and on a foreign graph whose nodes are known by their elementId. Against the run's real Neo4j.
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neighborsQuery } from '../../../client/state/gallery.js';
import type { GraphData } from '../../../model/graph.js';
import { nameListText } from '../../../model/name-list.js';
import { createTestApp, openArticleApp } from '../../support/api.js';
import { apiIdOf, openLibraryApp, restoreOurs } from '../../support/foreign-graph.js';
import { readRows, testNeo4j } from '../../support/neo4j.js';

type App = ReturnType<typeof createTestApp>['app'];

interface Expansion {
  limit: number;
  types?: string[];
  direction?: 'in' | 'out' | 'both';
}

/** A graph as its node ids and its edges (id, type, ends), each sorted: what the scene draws of it. */
function drawn(graph: GraphData) {
  return {
    nodes: graph.nodes.map((n) => n.id).sort(),
    edges: graph.edges.map((e) => `${e.id} ${e.type} ${e.source}->${e.target}`).sort(),
  };
}

/**
 * GET /api/nodes/:id/neighbors as the client asks it (client/api/api.ts: limit, types as a name list, direction) and
 * the expansion's Cypher for the same request run through POST /api/cypher: what each would draw, and the API's total.
 */
async function bothExpansions(app: App, id: string, x: Expansion) {
  const qs = new URLSearchParams({ limit: String(x.limit) });
  if (x.types) qs.set('types', nameListText(x.types));
  if (x.direction) qs.set('direction', x.direction);
  const res = await request(app).get(`/api/nodes/${encodeURIComponent(id)}/neighbors?${qs.toString()}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const q = neighborsQuery(id, x.limit, { types: x.types, direction: x.direction });
  expect(q, `a query for ${id}`).not.toBeNull();
  const run = await request(app).post('/api/cypher').send({ query: q!.query, params: q!.params });
  expect(run.status, JSON.stringify(run.body)).toBe(200);
  return {
    api: drawn(res.body.graph as GraphData),
    cypher: drawn(run.body.graph as GraphData),
    total: res.body.total as number,
  };
}

/** Every expansion of `id` in `expansions` gives the same drawing both ways; the API's answers, by expansion. */
async function expectSameExpansions(app: App, id: string, expansions: Expansion[]) {
  const answers: ReturnType<typeof drawn>[] = [];
  for (const x of expansions) {
    const { api, cypher } = await bothExpansions(app, id, x);
    expect(cypher, `${id} ${JSON.stringify(x)}`).toEqual(api);
    answers.push(api);
  }
  return answers;
}

const pages = (...limits: number[]): Expansion[] => limits.map((limit) => ({ limit }));

describe('the expansion Cypher on the seeded article', () => {
  let driver: Driver;
  let app: App;
  const write = (cypher: string, params: Record<string, unknown> = {}) =>
    driver.executeQuery(cypher, params, { database: testNeo4j().database });
  beforeAll(async () => ({ driver, app } = await openArticleApp()));
  afterAll(() => driver.close());

  it('gives the neighbours of the API’s page, with every relationship to each, at every limit', async () => {
    // Meta has the most neighbours; Elon Musk both founded and works at xAI (two relationships to one neighbour).
    for (const id of ['org:meta', 'person:elon-musk', 'org:openai', 'event:openai-takeover-bid-2025'])
      await expectSameExpansions(app, id, pages(1, 2, 3, 5, 8, 13, 100));
    const { total } = await bothExpansions(app, 'org:meta', { limit: 3 });
    expect(total, 'Meta has more neighbours than a small page').toBeGreaterThan(3);
    const [all] = await expectSameExpansions(app, 'person:elon-musk', pages(100));
    expect(all!.edges.filter((e) => e.endsWith('person:elon-musk->org:xai')).length).toBe(2);
  });

  it('gives the API’s expansion by type and direction (the context menu’s "expand by")', async () => {
    await expectSameExpansions(app, 'org:meta', [
      { limit: 2, types: ['WORKED_AT'], direction: 'in' },
      { limit: 100, types: ['WORKED_AT'], direction: 'in' },
      { limit: 3, types: ['TALENT_FLOW'], direction: 'out' },
      { limit: 100, direction: 'out' },
      { limit: 4, types: ['PARTICIPATED_IN', 'PART_OF'] },
    ]);
    const [both] = await expectSameExpansions(app, 'person:elon-musk', [
      { limit: 1, types: ['FOUNDED', 'WORKED_AT'], direction: 'out' },
    ]);
    expect(both!.nodes, 'Musk and one organisation').toHaveLength(2);
  });

  it('finds our node by its label and id, not a foreign node holding the same id', async () => {
    // A node of no label of ours with Meta's id (its API id is neo4j:<elementId>), and a neighbour of it.
    await write(
      `CREATE (:Shelf {id: 'org:meta', name: 'Meta twin'})-[:HOLDS]->(:Shelf {id: 'shelf:held', name: 'Held'})`,
    );
    try {
      const twin = await apiIdOf(driver, "MATCH (n:Shelf {id: 'org:meta'})");
      const [meta] = await expectSameExpansions(app, 'org:meta', pages(100, 5));
      expect(meta!.nodes).not.toContain(twin);
      const [own] = await expectSameExpansions(app, twin, pages(100, 1));
      expect(own!.nodes).toHaveLength(2);
    } finally {
      await write('MATCH (n:Shelf) DETACH DELETE n');
    }
  });

  it('finds a node of ours named by its elementId, and a node with no neighbour at all', async () => {
    const meta = await apiIdOf(driver, "MATCH (n:Organization {id: 'org:meta'})");
    await expectSameExpansions(app, meta, pages(3, 100));
    await write("CREATE (:Person {id: 'person:nobody-knows', name: 'Nobody Knows'})");
    try {
      const [alone] = await expectSameExpansions(app, 'person:nobody-knows', pages(100));
      expect(alone).toEqual({ nodes: ['person:nobody-knows'], edges: [] });
    } finally {
      await write("MATCH (n:Person {id: 'person:nobody-knows'}) DETACH DELETE n");
    }
  });

  it('leaves out, as the API does, a staged internal relationship no source states', async () => {
    // A flow build's staged flow from Meta to an organisation that is not otherwise its neighbour, as a build that
    // died would leave it.
    const [row] = await readRows(
      driver,
      `MATCH (meta:Organization {id: 'org:meta'}), (o:Organization)
       WHERE o <> meta AND NOT (meta)--(o) RETURN o.id AS id ORDER BY o.id LIMIT 1`,
    );
    const stranger = String(row!.id);
    await write(
      `MATCH (a:Organization {id: 'org:meta'}), (b:Organization {id: $stranger})
       CREATE (a)-[:TALENT_FLOW_STAGED {id: 'staged:probe', build: 'probe', stagedAt: 0}]->(b)`,
      { stranger },
    );
    try {
      const answers = await expectSameExpansions(app, 'org:meta', [
        ...pages(100, 3),
        { limit: 100, direction: 'out' },
      ]);
      for (const a of answers) expect(a.nodes).not.toContain(stranger);
      const [theirs] = await expectSameExpansions(app, stranger, pages(100));
      expect(theirs!.nodes).not.toContain('org:meta');
    } finally {
      await write("MATCH ()-[r:TALENT_FLOW_STAGED {build: 'probe'}]->() DELETE r");
    }
  });
});

describe('the expansion Cypher on a foreign graph', () => {
  let driver: Driver;
  let app: App;

  beforeAll(async () => {
    // Two relationships from the Publisher to one author, one of a type with a space; and a staged internal one.
    ({ driver, app } = await openLibraryApp(
      `MATCH (p:Publisher {code: 'PUB-N'}), (a:Author {key: 'a-tomas'}), (r:Reader {id: 'r-2'})
       CREATE (p)-[:\`works with\`]->(a), (p)-[:PAYS]->(a), (p)-[:TALENT_FLOW_STAGED {build: 'probe'}]->(r)`,
    ));
  });
  afterAll(async () => {
    await restoreOurs(driver);
    await driver.close();
  });

  it('gives the API’s page where neighbours tie in degree, and its expansion by an odd type', async () => {
    const press = await apiIdOf(driver, "MATCH (n:Publisher {code: 'PUB-N'})");
    const tomas = await apiIdOf(driver, "MATCH (n:Author {key: 'a-tomas'})");
    const marginalia = await apiIdOf(driver, "MATCH (n:Reader {id: 'r-2'})");
    const [, two] = await expectSameExpansions(app, press, [
      ...pages(1, 2, 3, 4, 100),
      { limit: 1, types: ['works with'], direction: 'out' },
      { limit: 2, types: ['PUBLISHED_BY'], direction: 'in' },
    ]);
    expect(two!.nodes).toHaveLength(3);
    const [all] = await expectSameExpansions(app, press, pages(100));
    expect(all!.nodes).not.toContain(marginalia);
    expect(all!.edges.filter((e) => e.endsWith(`${press}->${tomas}`)).length).toBe(2);
    await expectSameExpansions(app, tomas, pages(1, 2, 100));
    await expectSameExpansions(app, marginalia, pages(1, 100));
    await expectSameExpansions(app, await apiIdOf(driver, "MATCH (n:Book {id: 'bk-2'})"), pages(1, 2, 100));
  });
});
