// GET /api/paths on the article's graph (real Neo4j): paths are made of sourced facts; the derived TALENT_FLOW edges
// are followed only with derived=true; all=true gives every shortest path; a type filter; unknown ends are 404s.
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PathsResponseSchema } from '../../../model/api-responses.js';
import { createTestApp, openArticleApp } from '../../support/api.js';
import { testNeo4j } from '../../support/neo4j.js';

describe('GET /api/paths: paths are made of facts', () => {
  let driver: Driver;
  let app: ReturnType<typeof createTestApp>['app'];
  type Paths = ReturnType<typeof PathsResponseSchema.parse>;
  const get = (url: string) => request(app).get(url);
  /** A 200 answer, checked against its documented schema. */
  const paths = async (url: string): Promise<Paths> => {
    const res = await get(url);
    if (res.status !== 200) throw new Error(`${url}: ${res.status} ${JSON.stringify(res.body)}`);
    return PathsResponseSchema.parse(res.body);
  };
  const edgeTypes = (body: Paths) => {
    const byId = new Map(body.graph.edges.map((e) => [e.id, e.type]));
    return body.paths.flatMap((p) => p.edges.map((id) => byId.get(id)));
  };

  beforeAll(async () => ({ driver, app } = await openArticleApp()));

  afterAll(() => driver.close());

  it('links Xinlei Chen to Sam Altman through no TALENT_FLOW by default', async () => {
    const body = await paths('/api/paths?from=person:xinlei-chen&to=person:sam-altman&all=true');
    expect(body.derived).toBe(false);
    expect(body.types).not.toContain('TALENT_FLOW');
    expect(body.types).not.toContain('REPORTED_BY');
    expect(edgeTypes(body)).not.toContain('TALENT_FLOW');
    expect(body.graph.edges.some((e) => e.type === 'TALENT_FLOW')).toBe(false);
    // Every step of a fact path is a sourced fact, and the sources it cites come with the answer.
    const cited = new Set(body.sources.map((s) => s.id));
    for (const e of body.graph.edges) {
      expect(typeof e.properties.evidence, `${e.id} evidence`).toBe('string');
      for (const s of e.properties.sources as string[]) expect(cited.has(s), `${e.id} cites ${s}`).toBe(true);
    }
  });

  it('follows TALENT_FLOW only with derived=true, which then finds a shorter path than the facts give', async () => {
    const facts = await paths('/api/paths?from=person:xinlei-chen&to=person:sam-altman');
    const derived = await paths('/api/paths?from=person:xinlei-chen&to=person:sam-altman&derived=true');
    expect(derived.derived).toBe(true);
    expect(derived.types).toContain('TALENT_FLOW');
    expect(derived.paths).toHaveLength(1);
    const factLength = facts.paths[0]?.length ?? Infinity;
    // Through the derived Meta → OpenAI flow the two are three steps apart; no fact path is that short.
    const all = await paths('/api/paths?from=person:xinlei-chen&to=person:sam-altman&derived=true&all=true');
    expect(edgeTypes(all)).toContain('TALENT_FLOW');
    expect(factLength).toBeGreaterThan(derived.paths[0]!.length);
  });

  it('returns several shortest paths with all=true, all of the same length', async () => {
    const one = await paths('/api/paths?from=person:xinlei-chen&to=person:sam-altman');
    const body = await paths('/api/paths?from=person:xinlei-chen&to=person:sam-altman&all=true');
    expect(one.paths).toHaveLength(1);
    expect(body.paths.length).toBeGreaterThan(1);
    expect(body.paths[0]!.length).toBe(one.paths[0]!.length);
    const lengths = new Set(body.paths.map((p) => p.length));
    expect(lengths.size).toBe(1);
    expect(new Set(body.paths.map((p) => p.edges.join())).size).toBe(body.paths.length);
  });

  it('follows only the relationship types asked for', async () => {
    const body = await paths(
      '/api/paths?from=person:xinlei-chen&to=org:meta&types=WORKED_AT,PART_OF&all=true',
    );
    expect(body.types).toEqual(['WORKED_AT', 'PART_OF']);
    expect(body.paths.length).toBeGreaterThan(0);
    for (const t of edgeTypes(body)) expect(['WORKED_AT', 'PART_OF']).toContain(t);
    const none = await paths('/api/paths?from=person:sam-altman&to=person:elon-musk&types=RELATIVE_OF');
    expect(none.paths).toEqual([]);
    expect(none.maxLength).toBe(6);
  });

  it('refuses TALENT_FLOW in types without derived=true, naming the parameter', async () => {
    const res = await get('/api/paths?from=org:meta&to=org:xai&types=TALENT_FLOW');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('query.types');
    expect(res.body.error.message).toContain('derived=true');
    const ok = await paths('/api/paths?from=org:meta&to=org:xai&types=TALENT_FLOW&derived=true');
    expect(edgeTypes(ok)).toEqual(['TALENT_FLOW']);
    expect((await get('/api/paths?from=org:meta&to=org:xai&derived=maybe')).status).toBe(400);
  });

  it('refuses to follow a staged flow (Talent Graph’s storage during a build), even while the database holds one', async () => {
    // A staged flow Meta → xAI as a build that died would leave it (seed/queries/staged-flows.ts), removed after.
    const write = (cypher: string) => driver.executeQuery(cypher, {}, { database: testNeo4j().database });
    await write(
      `MATCH (a:Organization {id: 'org:meta'}), (b:Organization {id: 'org:xai'})
       CREATE (a)-[:TALENT_FLOW_STAGED {id: 'flow:org:meta->org:xai', build: 'probe', stagedAt: 0}]->(b)`,
    );
    try {
      for (const url of [
        '/api/paths?from=org:meta&to=org:xai&types=WORKED_AT,TALENT_FLOW_STAGED',
        '/api/paths?from=org:meta&to=org:xai&types=TALENT_FLOW_STAGED&derived=true',
      ]) {
        const res = await get(url);
        expect(res.status, url).toBe(400);
        expect(res.body.error.message).toContain('query.types');
        expect(res.body.error.message).toContain("'TALENT_FLOW_STAGED' is Talent Graph's internal storage");
      }
      const neighbours = await get('/api/nodes/org:meta/neighbors?types=TALENT_FLOW_STAGED');
      expect(neighbours.status).toBe(400);
      expect(neighbours.body.error.message).toContain('query.types');
      // Nor is it offered, or drawn by an expansion of every type, or listed among the node's facts.
      const degrees = await get('/api/nodes/org:meta/degrees');
      expect(degrees.status).toBe(200);
      expect((degrees.body.degrees as { type: string }[]).map((d) => d.type)).not.toContain(
        'TALENT_FLOW_STAGED',
      );
      const all = await get('/api/nodes/org:meta/neighbors');
      expect(all.status).toBe(200);
      expect((all.body.graph.edges as { type: string }[]).map((e) => e.type)).not.toContain(
        'TALENT_FLOW_STAGED',
      );
      const facts = await get('/api/nodes/org:meta');
      expect(facts.status).toBe(200);
      expect(JSON.stringify(facts.body)).not.toContain('TALENT_FLOW_STAGED');
    } finally {
      await write(`MATCH ()-[r:TALENT_FLOW_STAGED {build: 'probe'}]->() DELETE r`);
    }
  });

  it('connects nobody through a relationship no source backs', async () => {
    // Written by hand through Cypher (no certainty, no source): it would put Xinlei Chen two steps from Sam Altman.
    const write = (cypher: string) => driver.executeQuery(cypher, {}, { database: testNeo4j().database });
    await write(
      `MATCH (p:Person {id: 'person:xinlei-chen'}), (o:Organization {id: 'org:openai'})
       CREATE (p)-[:WORKED_AT {id: 'hand:xinlei-openai', start: '2026-01'}]->(o)`,
    );
    try {
      const body = await paths('/api/paths?from=person:xinlei-chen&to=person:sam-altman&all=true');
      expect(body.graph.edges.map((e) => e.id)).not.toContain('hand:xinlei-openai');
      expect(body.paths.length).toBeGreaterThan(0);
      for (const p of body.paths) expect(p.length).toBeGreaterThan(2);
    } finally {
      await write(`MATCH ()-[r:WORKED_AT {id: 'hand:xinlei-openai'}]->() DELETE r`);
    }
  });

  it('answers 404 JSON naming an unknown end, whichever end it is', async () => {
    for (const [url, id] of [
      ['/api/paths?from=person:nobody&to=person:sam-altman', 'person:nobody'],
      ['/api/paths?from=person:sam-altman&to=person:nobody', 'person:nobody'],
    ] as const) {
      const res = await request(app).get(url);
      expect(res.status).toBe(404);
      expect(res.type).toBe('application/json');
      expect(res.body.error.code).toBe('NOT_FOUND');
      expect(res.body.error.message).toContain(id);
    }
  });
});

// Only what the view shows connects anyone: with "implied" unticked, a path never steps on an implied fact, and a longer
// path of stated facts is found instead. The scene is the test's own, written beside the article and removed after:
// Ada and Ben are two steps apart through Ada's implied stint at X, four through stated stints at Y (with Cy) and Z.
describe('GET /api/paths: only the certainties the view shows', () => {
  let driver: Driver;
  let app: ReturnType<typeof createTestApp>['app'];
  type Paths = ReturnType<typeof PathsResponseSchema.parse>;
  const write = (cypher: string) => driver.executeQuery(cypher, {}, { database: testNeo4j().database });
  const paths = async (qs: string): Promise<Paths> => {
    const res = await request(app).get(`/api/paths?from=person:probe-ada&to=person:probe-ben${qs}`);
    if (res.status !== 200) throw new Error(`${qs}: ${res.status} ${JSON.stringify(res.body)}`);
    return PathsResponseSchema.parse(res.body);
  };
  const walked = (body: Paths) => body.paths.map((p) => p.edges.join(' '));

  beforeAll(async () => {
    ({ driver, app } = await openArticleApp());
    await write(
      `CREATE (a:Person {id: 'person:probe-ada', name: 'Ada Probe'}), (b:Person {id: 'person:probe-ben', name: 'Ben Probe'}),
              (c:Person {id: 'person:probe-cy', name: 'Cy Probe'}), (x:Organization {id: 'org:probe-x', name: 'Probe X'}),
              (y:Organization {id: 'org:probe-y', name: 'Probe Y'}), (z:Organization {id: 'org:probe-z', name: 'Probe Z'})
       CREATE (a)-[:WORKED_AT {id: 'fact:probe-ada-x', certainty: 'implied'}]->(x),
              (b)-[:WORKED_AT {id: 'fact:probe-ben-x', certainty: 'stated'}]->(x),
              (a)-[:WORKED_AT {id: 'fact:probe-ada-y', certainty: 'stated'}]->(y),
              (c)-[:WORKED_AT {id: 'fact:probe-cy-y', certainty: 'stated'}]->(y),
              (c)-[:WORKED_AT {id: 'fact:probe-cy-z', certainty: 'stated'}]->(z),
              (b)-[:WORKED_AT {id: 'fact:probe-ben-z', certainty: 'stated'}]->(z),
              (x)-[:TALENT_FLOW {id: 'flow:org:probe-x->org:probe-z', certainty: 'implied', count: 1}]->(z)`,
    );
  });
  afterAll(async () => {
    await write(
      `MATCH (n) WHERE n.id STARTS WITH 'person:probe-' OR n.id STARTS WITH 'org:probe-' DETACH DELETE n`,
    );
    await driver.close();
  });

  it('follows every certainty by default: the shortest path is the implied one', async () => {
    for (const qs of ['', '&certainties=stated,implied']) {
      const body = await paths(`${qs}&all=true`);
      expect(body.certainties).toEqual(['stated', 'implied']);
      expect(walked(body)).toEqual(['fact:probe-ada-x fact:probe-ben-x']);
    }
  });

  it('with stated facts only, finds the longer path of stated facts, one path or all', async () => {
    for (const all of ['false', 'true']) {
      const body = await paths(`&certainties=stated&all=${all}`);
      expect(body.certainties).toEqual(['stated']);
      expect(walked(body)).toEqual(['fact:probe-ada-y fact:probe-cy-y fact:probe-cy-z fact:probe-ben-z']);
      expect(body.graph.edges.map((e) => e.properties.certainty)).not.toContain('implied');
    }
  });

  it('with implied facts only, or none, finds no path among facts of the other certainty', async () => {
    expect((await paths('&certainties=implied')).paths).toEqual([]);
    const none = await paths('&certainties=');
    expect(none.certainties).toEqual([]);
    expect(none.paths).toEqual([]);
  });

  it('follows a derived flow only when its certainty is shown', async () => {
    const get = async (qs: string) => {
      const res = await request(app).get(
        `/api/paths?from=org:probe-x&to=org:probe-z&derived=true&all=true${qs}`,
      );
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return walked(PathsResponseSchema.parse(res.body));
    };
    expect(await get('')).toEqual(['flow:org:probe-x->org:probe-z']);
    // With stated facts only, Ben's two stints join X and Z; the implied flow between them is not followed.
    expect(await get('&certainties=stated')).toEqual(['fact:probe-ben-x fact:probe-ben-z']);
    expect(await get('&certainties=implied')).toEqual(['flow:org:probe-x->org:probe-z']);
  });

  it('refuses a certainty it does not know, naming the parameter', async () => {
    const res = await request(app).get(
      '/api/paths?from=person:probe-ada&to=person:probe-ben&certainties=sure',
    );
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('query.certainties');
  });
});
