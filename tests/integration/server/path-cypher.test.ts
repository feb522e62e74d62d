// The path panel's "Show Cypher" is the search the panel shows: the query gallery.ts pathQuery writes for a GET
// /api/paths answer (its ends, maximum length and the types it followed), run through POST /api/cypher, finds exactly
// the answer's paths — on the seeded article (facts no source backs, derived talent flows, a node to itself) and on a
// foreign graph whose nodes have no `id` of ours and whose types are not in capitals. Against the run's real Neo4j.
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathQuery } from '../../../client/state/gallery.js';
import { PathsResponseSchema } from '../../../model/api-responses.js';
import { createTestApp, openArticleApp } from '../../support/api.js';
import { apiIdOf, openLibraryApp, restoreOurs } from '../../support/foreign-graph.js';
import { testNeo4j } from '../../support/neo4j.js';

type App = ReturnType<typeof createTestApp>['app'];

/** A path as node and edge ids, walked from the search's start. */
const pathKey = (p: { nodes: string[]; edges: string[] }) => `${p.nodes.join(' ')} | ${p.edges.join(' ')}`;

/**
 * GET /api/paths as the panel asks it (all=true, `qs` its options) and the panel's Cypher for that answer run through
 * POST /api/cypher: both sets of paths, and the answer's types.
 */
async function bothSearches(app: App, from: string, to: string, qs = '') {
  const res = await request(app).get(
    `/api/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&all=true${qs}`,
  );
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const answer = PathsResponseSchema.parse(res.body);
  const q = pathQuery(from, to, answer.maxLength, answer.types, answer.certainties);
  expect(q, 'a query for the search').not.toBeNull();
  const run = await request(app)
    .post('/api/cypher')
    .send({ query: q!.query, params: q!.params, rows: 'refs' });
  expect(run.status, JSON.stringify(run.body)).toBe(200);
  const rows = run.body.rows as { p: { $path: { nodes: string[]; edges: string[] } } }[];
  return {
    api: answer.paths.map(pathKey).sort(),
    cypher: rows.map((r) => pathKey(r.p.$path)).sort(),
    types: answer.types,
  };
}

describe('the path Cypher on the seeded article', () => {
  let driver: Driver;
  let app: App;
  beforeAll(async () => ({ driver, app } = await openArticleApp()));
  afterAll(() => driver.close());

  it('finds the same shortest paths as GET /api/paths, with and without derived flows and type filters', async () => {
    const searches: [string, string, string][] = [
      ['person:xinlei-chen', 'person:sam-altman', ''],
      ['person:xinlei-chen', 'person:sam-altman', '&derived=true'],
      ['person:xinlei-chen', 'org:meta', '&types=WORKED_AT,PART_OF'],
      // "Also through derived talent flows" with nothing ticked: the flows alone.
      ['org:meta', 'org:xai', '&derived=true&types=TALENT_FLOW'],
      ['person:sam-altman', 'person:elon-musk', '&types=RELATIVE_OF'],
      // Only the certainties the view shows: stated facts alone, implied alone, none; and derived flows of one.
      ['person:xinlei-chen', 'person:sam-altman', '&certainties=stated'],
      ['person:xinlei-chen', 'person:sam-altman', '&certainties=implied'],
      ['person:xinlei-chen', 'person:sam-altman', '&certainties='],
      ['person:xinlei-chen', 'person:sam-altman', '&derived=true&certainties=stated'],
      ['org:meta', 'org:xai', '&derived=true&types=TALENT_FLOW&certainties=implied'],
      // A node to itself: one path of no step.
      ['person:sam-altman', 'person:sam-altman', ''],
    ];
    for (const [from, to, qs] of searches) {
      const { api, cypher } = await bothSearches(app, from, to, qs);
      expect(cypher, `${from} → ${to} ${qs}`).toEqual(api);
    }
    // The searches above found paths, and the derived one one through a talent flow.
    expect((await bothSearches(app, 'person:xinlei-chen', 'person:sam-altman')).api.length).toBeGreaterThan(
      1,
    );
    expect((await bothSearches(app, 'org:meta', 'org:xai', '&derived=true&types=TALENT_FLOW')).api).toEqual([
      expect.stringMatching(/^org:meta org:xai \| flow:/),
    ]);
    expect((await bothSearches(app, 'person:sam-altman', 'person:sam-altman')).api).toEqual([
      'person:sam-altman | ',
    ]);
  });

  it('leaves out, as the API does, a shortcut through a fact no source backs', async () => {
    // Written by hand through Cypher (no certainty, no source): it would put Xinlei Chen two steps from Sam Altman.
    const write = (cypher: string) => driver.executeQuery(cypher, {}, { database: testNeo4j().database });
    await write(
      `MATCH (p:Person {id: 'person:xinlei-chen'}), (o:Organization {id: 'org:openai'})
       CREATE (p)-[:WORKED_AT {id: 'hand:xinlei-openai', start: '2026-01'}]->(o)`,
    );
    try {
      const { api, cypher } = await bothSearches(app, 'person:xinlei-chen', 'person:sam-altman');
      expect(api.length).toBeGreaterThan(0);
      expect(api.join()).not.toContain('hand:xinlei-openai');
      expect(cypher).toEqual(api);
    } finally {
      await write(`MATCH ()-[r:WORKED_AT {id: 'hand:xinlei-openai'}]->() DELETE r`);
    }
  });

  it('leaves out, as the API does, a shorter path through an implied fact while only stated facts are shown', async () => {
    // Ada and Ben: two steps apart through Ada's implied stint at X, four through stated stints at Y (with Cy) and Z.
    const write = (cypher: string) => driver.executeQuery(cypher, {}, { database: testNeo4j().database });
    await write(
      `CREATE (a:Person {id: 'person:probe-ada'}), (b:Person {id: 'person:probe-ben'}), (c:Person {id: 'person:probe-cy'}),
              (x:Organization {id: 'org:probe-x'}), (y:Organization {id: 'org:probe-y'}), (z:Organization {id: 'org:probe-z'})
       CREATE (a)-[:WORKED_AT {id: 'fact:probe-ada-x', certainty: 'implied'}]->(x),
              (b)-[:WORKED_AT {id: 'fact:probe-ben-x', certainty: 'stated'}]->(x),
              (a)-[:WORKED_AT {id: 'fact:probe-ada-y', certainty: 'stated'}]->(y),
              (c)-[:WORKED_AT {id: 'fact:probe-cy-y', certainty: 'stated'}]->(y),
              (c)-[:WORKED_AT {id: 'fact:probe-cy-z', certainty: 'stated'}]->(z),
              (b)-[:WORKED_AT {id: 'fact:probe-ben-z', certainty: 'stated'}]->(z)`,
    );
    try {
      const all = await bothSearches(app, 'person:probe-ada', 'person:probe-ben');
      expect(all.api).toEqual([
        'person:probe-ada org:probe-x person:probe-ben | fact:probe-ada-x fact:probe-ben-x',
      ]);
      expect(all.cypher).toEqual(all.api);
      const stated = await bothSearches(app, 'person:probe-ada', 'person:probe-ben', '&certainties=stated');
      expect(stated.api).toEqual([
        'person:probe-ada org:probe-y person:probe-cy org:probe-z person:probe-ben | ' +
          'fact:probe-ada-y fact:probe-cy-y fact:probe-cy-z fact:probe-ben-z',
      ]);
      expect(stated.cypher).toEqual(stated.api);
    } finally {
      await write(
        `MATCH (n) WHERE n.id STARTS WITH 'person:probe-' OR n.id STARTS WITH 'org:probe-' DETACH DELETE n`,
      );
    }
  });
});

describe('the path Cypher on a foreign graph', () => {
  let driver: Driver;
  let app: App;

  beforeAll(async () => {
    // The library's own odd names (test data): a type with a space and one in lower case, from the Publisher (no `id`
    // property at all) to an author, and from a reader to a book.
    ({ driver, app } = await openLibraryApp(
      `MATCH (p:Publisher {code: 'PUB-N'}), (a:Author {key: 'a-tomas'}), (r:Reader {id: 'r-2'}), (b:Book {id: 'bk-4'})
       CREATE (p)-[:\`works with\`]->(a), (r)-[:recommends]->(b)`,
    ));
  });
  afterAll(async () => {
    await restoreOurs(driver);
    await driver.close();
  });

  it('finds the ends by elementId and follows types with a space or in lower case, as GET /api/paths does', async () => {
    const press = await apiIdOf(driver, "MATCH (n:Publisher {code: 'PUB-N'})");
    const tomas = await apiIdOf(driver, "MATCH (n:Author {key: 'a-tomas'})");
    const marginalia = await apiIdOf(driver, "MATCH (n:Reader {id: 'r-2'})");
    // Every type the database has (the API's default there), then only some, as the panel sends them ticked.
    const searches: Record<string, [string, string, string]> = {
      all: [press, tomas, ''],
      worksWith: [press, tomas, `&types=${encodeURIComponent('works with')}`],
      around: [press, tomas, '&types=WROTE,PUBLISHED_BY,INFLUENCED_BY'],
      allToReader: [press, marginalia, ''],
      recommends: [press, marginalia, '&types=recommends,PUBLISHED_BY'],
      back: [marginalia, press, '&types=READ,FOLLOWS,PUBLISHED_BY'],
      // Its relationships claim no certainty: the view's certainty filter leaves them drawn, and followed.
      statedOnly: [press, tomas, '&certainties=stated'],
      noCertainty: [press, marginalia, '&certainties='],
    };
    const found: Record<string, string[]> = {};
    for (const [name, [from, to, qs]] of Object.entries(searches)) {
      const { api, cypher, types } = await bothSearches(app, from, to, qs);
      expect(cypher, `${name}: ${types.join('|')}`).toEqual(api);
      found[name] = api;
    }
    // The odd types were followed: one step through `works with` (the shortest of all), two through `recommends`.
    const steps = (key: string) => key.split(' | ')[1]!.split(' ').length;
    expect(found.worksWith!.map(steps)).toEqual([1]);
    expect(found.all).toEqual(found.worksWith);
    expect(found.statedOnly).toEqual(found.all);
    expect(found.noCertainty).toEqual(found.allToReader);
    expect(found.recommends!.map(steps)).toEqual([2]);
    expect(found.around!.length).toBeGreaterThan(0);
    expect(found.back!.length).toBeGreaterThan(0);
  });
});
