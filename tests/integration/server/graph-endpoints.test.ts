// The read endpoints against the run's real Neo4j seeded from the article (seed/sources): search, node detail,
// neighbours, paths, careers, flows, timeline and schema — each response checked against its documented schema.
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CareerResponseSchema,
  DegreesResponseSchema,
  FlowsResponseSchema,
  NeighborsResponseSchema,
  NodeResponseSchema,
  PathsResponseSchema,
  SchemaResponseSchema,
  SearchResponseSchema,
  TimelineResponseSchema,
} from '../../../model/api-responses.js';
import type { GraphData } from '../../../model/graph.js';
import { createTestApp, openArticleApp } from '../../support/api.js';
import { readRows } from '../../support/neo4j.js';

const ARTICLE = 'source:rosa-2025-08-29-musk-meta-talent';

function expectClosedGraph(g: {
  nodes: { id: string }[];
  edges: Pick<GraphData['edges'][number], 'id' | 'source' | 'target'>[];
}) {
  const ids = new Set(g.nodes.map((n) => n.id));
  expect(ids.size).toBe(g.nodes.length);
  expect(new Set(g.edges.map((e) => e.id)).size).toBe(g.edges.length);
  for (const e of g.edges) {
    expect(ids.has(e.source), `edge ${e.id} source ${e.source}`).toBe(true);
    expect(ids.has(e.target), `edge ${e.id} target ${e.target}`).toBe(true);
  }
}

describe('read endpoints on the article’s graph', () => {
  let driver: Driver;
  let app: ReturnType<typeof createTestApp>['app'];
  const get = (url: string) => request(app).get(url);
  const count = async () => Number((await readRows(driver, 'MATCH (n) RETURN count(n) AS n'))[0]!.n);

  beforeAll(async () => ({ driver, app } = await openArticleApp()));

  afterAll(() => driver.close());

  describe('GET /api/search', () => {
    it('finds a person as the user types, by prefix, with the matched name', async () => {
      const res = await get('/api/search?q=zuckerb');
      expect(res.status).toBe(200);
      const body = SearchResponseSchema.parse(res.body);
      expect(body.results[0]).toMatchObject({
        id: 'person:mark-zuckerberg',
        labels: ['Person'],
        name: 'Mark Zuckerberg',
        matched: 'Mark Zuckerberg',
      });
    });

    it('tolerates a typo', async () => {
      const res = await get('/api/search?q=zukerberg');
      expect(res.body.results[0].id).toBe('person:mark-zuckerberg');
    });

    it('finds Arabic names, folding hamza variants, and says which Arabic name matched', async () => {
      const res = await get(`/api/search?q=${encodeURIComponent('ايلون')}`);
      expect(res.status).toBe(200);
      expect(res.body.results[0]).toMatchObject({ id: 'person:elon-musk', matched: 'إيلون ماسك' });
      const alias = await get(`/api/search?q=${encodeURIComponent('زوكربيرج')}`);
      expect(alias.body.results[0].id).toBe('person:mark-zuckerberg');
    });

    it('ranks a whole-name match first', async () => {
      const res = await get('/api/search?q=meta');
      expect(res.body.results[0].id).toBe('org:meta');
    });

    it('filters by label', async () => {
      const res = await get('/api/search?q=musk&labels=Event');
      expect(res.status).toBe(200);
      expect(res.body.results.length).toBeGreaterThan(0);
      for (const r of res.body.results) expect(r.labels).toContain('Event');
    });

    it.each([
      '(',
      ')"',
      'musk~',
      '*',
      '?',
      'name:musk',
      'AND',
      'OR NOT',
      '[a TO z]',
      '{x}',
      '+-!&&||^',
      '\\',
      '/re/',
      'مسك"~*',
    ])('takes the Lucene syntax in %j literally and never fails', async (q) => {
      const res = await get(`/api/search?q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(200);
      expect(SearchResponseSchema.parse(res.body).results).toBeInstanceOf(Array);
    });

    it('rejects a missing query, a bad label and a limit out of range, naming the field', async () => {
      for (const [url, field] of [
        ['/api/search', 'query.q'],
        ['/api/search?q=musk&labels=Person,Robot', 'query.labels'],
        ['/api/search?q=musk&limit=1000', 'query.limit'],
        ['/api/search?q=musk&limit=abc', 'query.limit'],
        ['/api/search?q=a&q=b', 'query.q'],
      ] as const) {
        const res = await get(url);
        expect(res.status, url).toBe(400);
        expect(res.body.error.message).toContain(field);
      }
    });
  });

  describe('GET /api/nodes/:id', () => {
    it('names the id and its broken percent escape instead of saying the request could not be read', async () => {
      for (const path of ['/api/nodes/%ZZ', '/api/nodes/%ZZ/neighbors', '/api/people/%E0%A4%A/career']) {
        const res = await get(path);
        expect(res.status, path).toBe(400);
        expect(res.body.error.code, path).toBe('VALIDATION_ERROR');
        expect(res.body.error.message, path).toMatch(/^Invalid params\.id: malformed percent-encoding in "%/);
      }
    });

    it('returns the node with every fact touching it, their evidence and sources', async () => {
      const res = await get('/api/nodes/person:elon-musk');
      expect(res.status).toBe(200);
      const body = NodeResponseSchema.parse(res.body);
      expect(body.node).toMatchObject({ id: 'person:elon-musk', labels: ['Person'] });
      const { facts } = (
        await readRows(
          driver,
          "MATCH (:Person {id: 'person:elon-musk'})-[r]-() WHERE type(r) <> 'TALENT_FLOW' RETURN count(r) AS facts",
        )
      )[0]!;
      expect(body.facts).toHaveLength(Number(facts));
      expect(body.factCount).toBe(Number(facts));
      for (const f of body.facts) {
        expect(f.evidence).toEqual(expect.any(String));
        expect(f.sources.length).toBeGreaterThan(0);
      }
      const founded = body.facts.find((f) => f.edge.type === 'FOUNDED' && f.other === 'org:openai');
      expect(founded).toMatchObject({ direction: 'out', certainty: 'stated' });
      expect(body.sources.map((s) => s.id)).toContain(ARTICLE);
      expectClosedGraph(body.graph);
    });

    it('answers 404 NOT_FOUND for an unknown id', async () => {
      const res = await get('/api/nodes/person:nobody');
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
    });

    it('treats an id containing Cypher as plain data', async () => {
      const before = await count();
      for (const id of [
        "x'}) MATCH (n) DETACH DELETE n //",
        'x` DETACH DELETE n',
        '$id',
        "') RETURN 1 UNION MATCH (n) RETURN n //",
      ]) {
        const res = await get(`/api/nodes/${encodeURIComponent(id)}`);
        expect(res.status, id).toBe(404);
        expect(res.body.error.message).toContain(id);
      }
      expect(await count()).toBe(before);
    });

    it('finds a node without an id property by its fallback id', async () => {
      await driver.executeQuery("CREATE (:Person {name: 'No Id'})");
      try {
        const res = await request(app)
          .post('/api/cypher')
          .send({ query: "MATCH (p:Person {name: 'No Id'}) RETURN p" });
        const fallback = res.body.rows[0].p.id as string;
        expect(fallback).toMatch(/^neo4j:/);
        const node = await get(`/api/nodes/${encodeURIComponent(fallback)}`);
        expect(node.status).toBe(200);
        expect(node.body.node.properties.name).toBe('No Id');
      } finally {
        await driver.executeQuery("MATCH (p:Person {name: 'No Id'}) DELETE p");
      }
    });
  });

  describe('GET /api/nodes/:id/neighbors', () => {
    it('returns at most limit neighbours, most connected first, and how many more there are', async () => {
      const res = await get('/api/nodes/org:meta/neighbors?limit=2');
      expect(res.status).toBe(200);
      const body = NeighborsResponseSchema.parse(res.body);
      const { total } = (
        await readRows(
          driver,
          "MATCH (:Organization {id: 'org:meta'})--(m) RETURN count(DISTINCT m) AS total",
        )
      )[0]!;
      expect(body.total).toBe(Number(total));
      expect(body.returned).toBe(2);
      expect(body.more).toBe(body.total - 2);
      const neighbours = body.graph.nodes.filter((n) => n.id !== 'org:meta');
      expect(neighbours).toHaveLength(2);
      const [d1, d2] = neighbours.map((n) => body.degrees[n.id]!);
      expect(d1).toBeGreaterThanOrEqual(d2!);
      expectClosedGraph(body.graph);
    });

    it('filters by type, direction and label', async () => {
      const res = await get('/api/nodes/org:meta/neighbors?types=WORKED_AT&direction=in&labels=Person');
      expect(res.status).toBe(200);
      expect(res.body.returned).toBeGreaterThan(0);
      for (const e of res.body.graph.edges)
        expect(e).toMatchObject({ type: 'WORKED_AT', target: 'org:meta' });
      for (const n of res.body.graph.nodes) if (n.id !== 'org:meta') expect(n.labels).toContain('Person');
      const out = await get('/api/nodes/org:meta/neighbors?types=WORKED_AT&direction=out');
      expect(out.body.total).toBe(0);
    });

    it('rejects an unknown type or direction and answers 404 for an unknown node', async () => {
      expect((await get('/api/nodes/org:meta/neighbors?types=KNOWS')).status).toBe(400);
      expect((await get('/api/nodes/org:meta/neighbors?direction=sideways')).body.error.message).toContain(
        'query.direction',
      );
      expect((await get('/api/nodes/org:meta/neighbors?limit=1001')).status).toBe(400);
      expect((await get('/api/nodes/org:nowhere/neighbors')).status).toBe(404);
    });
  });

  describe('GET /api/nodes/:id/degrees', () => {
    it('counts a node’s relationships by type and direction as the database has them, most first', async () => {
      const res = await get('/api/nodes/org:meta/degrees');
      expect(res.status).toBe(200);
      const body = DegreesResponseSchema.parse(res.body);
      expect(body.node.id).toBe('org:meta');
      const rows = await readRows(
        driver,
        `MATCH (:Organization {id: 'org:meta'})-[r]->(m) RETURN type(r) AS type, 'out' AS direction, count(r) AS count, count(DISTINCT m) AS neighbours
         UNION ALL
         MATCH (:Organization {id: 'org:meta'})<-[r]-(m) RETURN type(r) AS type, 'in' AS direction, count(r) AS count, count(DISTINCT m) AS neighbours`,
      );
      const key = (d: { [k: string]: unknown }) => `${String(d.direction)}-${String(d.type)}`;
      expect(new Map(body.degrees.map((d) => [key(d), [d.count, d.neighbours]]))).toEqual(
        new Map(rows.map((r) => [key(r), [Number(r.count), Number(r.neighbours)]])),
      );
      const counts = body.degrees.map((d) => d.count);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      // An entry's count of neighbours is what expanding by that type and direction returns.
      const inWorked = body.degrees.find((d) => d.type === 'WORKED_AT' && d.direction === 'in')!;
      const expanded = await get('/api/nodes/org:meta/neighbors?types=WORKED_AT&direction=in');
      expect(expanded.body.total).toBe(inWorked.neighbours);
    });

    it('answers 404 for an id that names no node, and 400 for a query parameter it does not take', async () => {
      expect((await get('/api/nodes/org:no-such-org/degrees')).status).toBe(404);
      const bad = await get('/api/nodes/org:meta/degrees?types=WORKED_AT');
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(/query/);
    });
  });

  describe('GET /api/paths', () => {
    it('returns the shortest path as ordered ids and a graph', async () => {
      const res = await get('/api/paths?from=person:elon-musk&to=person:mark-zuckerberg');
      expect(res.status).toBe(200);
      const body = PathsResponseSchema.parse(res.body);
      expect(body.paths).toHaveLength(1);
      const p = body.paths[0]!;
      expect(p.nodes[0]).toBe('person:elon-musk');
      expect(p.nodes.at(-1)).toBe('person:mark-zuckerberg');
      expect(p.edges).toHaveLength(p.length);
      expect(p.length).toBeGreaterThan(0);
      expect(p.length).toBeLessThanOrEqual(6);
      const edgeIds = new Set(body.graph.edges.map((e) => e.id));
      for (const e of p.edges) expect(edgeIds.has(e)).toBe(true);
      expect(body.graph.edges.some((e) => e.type === 'REPORTED_BY')).toBe(false);
      expectClosedGraph(body.graph);
    });

    it('returns every shortest path with all=true, none beyond maxLength, and a zero-length path to itself', async () => {
      const one = await get('/api/paths?from=person:elon-musk&to=person:mark-zuckerberg');
      const all = await get('/api/paths?from=person:elon-musk&to=person:mark-zuckerberg&all=true');
      expect(all.body.paths.length).toBeGreaterThanOrEqual(1);
      for (const p of all.body.paths) expect(p.length).toBe(one.body.paths[0].length);
      const short = await get(`/api/paths?from=person:elon-musk&to=person:mark-zuckerberg&maxLength=1`);
      expect(short.status).toBe(200);
      if (one.body.paths[0].length > 1) expect(short.body.paths).toEqual([]);
      const self = await get('/api/paths?from=org:meta&to=org:meta');
      expect(self.body.paths).toEqual([{ nodes: ['org:meta'], edges: [], length: 0 }]);
    });

    it('validates its parameters and answers 404 naming the unknown end', async () => {
      expect((await get('/api/paths?from=org:meta&to=org:xai&maxLength=11')).body.error.message).toContain(
        'query.maxLength',
      );
      expect((await get('/api/paths?from=org:meta')).body.error.message).toContain('query.to');
      const res = await get('/api/paths?from=org:meta&to=org:nowhere');
      expect(res.status).toBe(404);
      expect(res.body.error.message).toContain('org:nowhere');
    });
  });

  describe('GET /api/people/:id/career', () => {
    it('lists stints in time order with evidence, and the moves between them', async () => {
      const res = await get('/api/people/person:xinlei-chen/career');
      expect(res.status).toBe(200);
      const body = CareerResponseSchema.parse(res.body);
      expect(body.stints.length).toBeGreaterThan(1);
      for (const s of body.stints) expect(s.evidence).toEqual(expect.any(String));
      // He left FAIR and Meta itself for xAI: one move into the xAI stint, both stints left beside each other.
      expect(body.moves.filter((m) => m.to === 'org:xai')).toHaveLength(1);
      const move = body.moves.find((m) => m.to === 'org:xai')!;
      expect([move.from, ...move.also.map((a) => a.from)].sort()).toEqual(['org:fair', 'org:meta']);
      expect(move.evidence.map((e) => e.fact)).toEqual([
        move.fromStint,
        ...move.also.map((a) => a.fromStint),
        move.toStint,
      ]);
      expect(body.sources.map((s) => s.id)).toContain(ARTICLE);
      expectClosedGraph(body.graph);
    });

    it('orders dated stints by start', async () => {
      const res = await get('/api/people/person:sam-altman/career');
      expect(res.body.stints[0]).toMatchObject({ org: { id: 'org:openai' }, start: '2019', role: 'CEO' });
    });

    it('answers 404 for an unknown person or a node that is not a person', async () => {
      expect((await get('/api/people/person:nobody/career')).status).toBe(404);
      const org = await get('/api/people/org:meta/career');
      expect(org.status).toBe(404);
      expect(org.body.error.message).toContain('not a person');
    });
  });

  describe('GET /api/flows', () => {
    it('returns the derived talent flows with counts, reported counts and the people behind them', async () => {
      const res = await get('/api/flows');
      expect(res.status).toBe(200);
      const body = FlowsResponseSchema.parse(res.body);
      const stored = await readRows(
        driver,
        // The overview: division-level flows (FAIR → xAI) are rolled into their parent's.
        "MATCH ()-[f:TALENT_FLOW {level: 'organization'}]->() RETURN f.id AS id, f.count AS count, f.reportedCount AS reported, f.people AS people",
      );
      expect(body.flows.map((f) => f.id).sort()).toEqual(stored.map((s) => s.id as string).sort());
      for (const s of stored) {
        const f = body.flows.find((x) => x.id === s.id)!;
        expect(f.count).toBe(Number(s.count));
        expect(f.reportedCount).toBe(s.reported === null ? null : Number(s.reported));
        expect(f.people.map((p) => p.id).sort()).toEqual([...(s.people as string[])].sort());
      }
      const metaXai = body.flows.find((f) => f.id === 'flow:org:meta->org:xai')!;
      expect(metaXai.reports[0]).toMatchObject({ countQualifier: 'at least', since: '2025-01' });
      expectClosedGraph(body.graph);
    });

    it('narrows to one organisation and direction', async () => {
      const out = await get('/api/flows?org=org:meta&direction=out');
      expect(out.body.flows.length).toBeGreaterThan(0);
      for (const f of out.body.flows) expect(f.from.id).toBe('org:meta');
      const inbound = await get('/api/flows?org=org:meta&direction=in');
      for (const f of inbound.body.flows) expect(f.to.id).toBe('org:meta');
    });

    it('counts only what falls in the window: undated named moves drop out, an open-ended report stays', async () => {
      const res = await get('/api/flows?org=org:meta&direction=out&since=2025-03&until=2025-08');
      const metaXai = res.body.flows.find((f: { id: string }) => f.id === 'flow:org:meta->org:xai');
      expect(metaXai).toMatchObject({ count: 0, reportedCount: 14, people: [] });
      expect(metaXai.undated).toBeGreaterThan(0);
      const before = await get('/api/flows?org=org:meta&direction=out&until=2024');
      expect(
        before.body.flows.find((f: { id: string }) => f.id === 'flow:org:meta->org:xai'),
      ).toBeUndefined();
      const big = await get('/api/flows?min=15');
      expect(big.body.flows).toEqual([]);
    });

    it('lists a few people per flow of an organisation, counts them all, and pages through the rest', async () => {
      const [big] = await readRows(
        driver,
        `MATCH (a:Organization)-[f:TALENT_FLOW]->() WHERE size(f.people) >= 3
         RETURN a.id AS org, f.id AS id, f.people AS people ORDER BY size(f.people) DESC, f.id LIMIT 1`,
      );
      const org = big!.org as string;
      const stored = big!.people as string[];
      const flowOf = async (q: string) => {
        const res = await get(`/api/flows?org=${encodeURIComponent(org)}&direction=out${q}`);
        expect(res.status).toBe(200);
        return FlowsResponseSchema.parse(res.body).flows.find((f) => f.id === big!.id)!;
      };
      const first = await flowOf('&peopleLimit=2');
      expect(first.people.map((p) => p.id)).toEqual(stored.slice(0, 2));
      expect(first).toMatchObject({ count: stored.length, peopleTotal: stored.length });
      const rest = await flowOf(`&peopleLimit=100&peopleOffset=2`);
      expect(rest.people.map((p) => p.id)).toEqual(stored.slice(2));
      expect((await flowOf('&peopleLimit=0')).people).toEqual([]);
      // A window counts every dated move and pages the people it kept the same way.
      const windowed = await flowOf('&since=1900&until=2100&peopleLimit=1&peopleOffset=1');
      expect(windowed.people).toHaveLength(windowed.peopleTotal > 1 ? 1 : 0);
    });

    it('defaults an organisation’s overview to fewer flows and people than the whole market', async () => {
      const all = FlowsResponseSchema.parse((await get('/api/flows')).body);
      for (const f of all.flows) expect(f.people.length).toBe(Math.min(f.peopleTotal, 100));
      const meta = FlowsResponseSchema.parse((await get('/api/flows?org=org:meta')).body);
      expect(meta.flows.length).toBeGreaterThan(0);
      expect(meta.flows.length).toBeLessThanOrEqual(50);
      for (const f of meta.flows) expect(f.people.length).toBe(Math.min(f.peopleTotal, 10));
    });

    it('refuses people paging outside its range, naming the parameter', async () => {
      for (const [q, field, expected] of [
        ['peopleLimit=1001', 'query.peopleLimit', 'at most 1000'],
        ['peopleLimit=-1', 'query.peopleLimit', 'at least 0'],
        ['peopleLimit=ten', 'query.peopleLimit', 'whole number'],
        ['peopleOffset=1.5', 'query.peopleOffset', 'whole number'],
        ['limit=0', 'query.limit', 'at least 1'],
      ] as const) {
        const res = await get(`/api/flows?${q}`);
        expect(res.status, q).toBe(400);
        expect(res.body.error.message, q).toContain(field);
        expect(res.body.error.message, q).toContain(expected);
      }
    });

    it('refuses a number left empty or written in hex or with an exponent, quoting it, instead of reading some number', async () => {
      for (const [q, field, got] of [
        ['peopleLimit=', 'query.peopleLimit', '""'],
        ['min=', 'query.min', '""'],
        ['peopleOffset=', 'query.peopleOffset', '""'],
        ['limit=0x10', 'query.limit', '"0x10"'],
        ['limit=1e1', 'query.limit', '"1e1"'],
      ] as const) {
        const res = await get(`/api/flows?${q}`);
        expect(res.status, q).toBe(400);
        expect(res.body.error.message, q).toBe(`Invalid ${field}: expected a whole number, got ${got}`);
      }
    });

    it('validates dates and answers 404 for an unknown organisation', async () => {
      expect((await get('/api/flows?since=2025-02-30')).body.error.message).toContain('query.since');
      expect((await get('/api/flows?since=2025&until=2024')).status).toBe(400);
      // Months reversed within one year: the same refusal, not an empty answer.
      const reversed = await get('/api/flows?since=2025-12&until=2025-02');
      expect(reversed.status).toBe(400);
      expect(reversed.body.error.message).toBe(
        'Invalid query.until: expected since to be on or before until',
      );
      expect((await get('/api/flows?since=2025-06&until=2025')).status).toBe(200);
      const twice = await get('/api/flows?since=2025&since=2024');
      expect(twice.status).toBe(400);
      expect(twice.body.error.message).toBe('Invalid query.since: given more than once; expected one value');
      expect((await get('/api/flows?org=org:nowhere')).status).toBe(404);
    });
  });

  describe('slim graphs', () => {
    const noIdLists = (g: GraphData) => {
      expect(g.edges.some((e) => e.type === 'TALENT_FLOW')).toBe(true);
      for (const e of g.edges.filter((x) => x.type === 'TALENT_FLOW')) {
        expect(e.properties).not.toHaveProperty('people');
        expect(e.properties).not.toHaveProperty('factIds');
        expect(e.properties).toHaveProperty('count');
      }
      for (const n of g.nodes) {
        expect(n.properties).not.toHaveProperty('searchText');
        expect(n.properties).not.toHaveProperty('aliasesText');
      }
    };

    it('leaves index-only node properties and flows’ id lists out of the graphs of flows and neighbours', async () => {
      noIdLists((await get('/api/flows?org=org:meta')).body.graph);
      noIdLists((await get('/api/nodes/org:meta/neighbors?types=TALENT_FLOW')).body.graph);
      const node = (await get('/api/nodes/org:meta')).body;
      expect(node.node.properties).not.toHaveProperty('searchText');
      expect(node.node.properties.name).toBe('Meta');
    });

    it('returns what a Cypher query returns in rows, and the slim graph alongside', async () => {
      const res = await request(app).post('/api/cypher').send({
        query: `MATCH (a:Organization {id: 'org:meta'})-[f:TALENT_FLOW]->(b) WHERE f.count > 0 RETURN a, f, f.people AS people ORDER BY f.id LIMIT 1`,
      });
      expect(res.status).toBe(200);
      const row = res.body.rows[0];
      expect(row.people.length).toBeGreaterThan(0);
      expect(row.f.properties.people).toEqual(row.people);
      expect(row.f.properties.factIds.length).toBeGreaterThan(0);
      expect(row.a.properties.searchText).toContain('meta');
      noIdLists(res.body.graph);
    });
  });

  describe('GET /api/timeline', () => {
    it('returns dated events and stint starts in date order, within the window at common precision', async () => {
      const res = await get('/api/timeline?from=2019&to=2025-06');
      expect(res.status).toBe(200);
      const body = TimelineResponseSchema.parse(res.body);
      expect(
        body.items.some(
          (i) => i.kind === 'stint-start' && i.nodes.includes('person:sam-altman') && i.date === '2019',
        ),
      ).toBe(true);
      expect(
        body.items.some((i) => i.kind === 'event' && i.id === 'event:altman-uncapped-podcast-2025-06-17'),
      ).toBe(true);
      const dates = body.items.map((i) => i.date);
      expect([...dates].sort()).toEqual(dates);
      const later = await get('/api/timeline?from=2025-07');
      expect(
        later.body.items.some((i: { id: string }) => i.id === 'event:altman-uncapped-podcast-2025-06-17'),
      ).toBe(false);
    });

    it('titles every item in Arabic too, from the data’s Arabic names and roles', async () => {
      const body = TimelineResponseSchema.parse((await get('/api/timeline')).body);
      const altman = body.items.find(
        (i) => i.kind === 'stint-start' && i.nodes.includes('person:sam-altman') && i.role === 'CEO',
      )!;
      expect(altman.title).toBe('Sam Altman joins OpenAI (CEO)');
      expect(altman.titleAr).toBe('ينضمّ سام ألتمان إلى OpenAI (الرئيس التنفيذي)');
      for (const item of body.items) expect(item.titleAr, item.id).not.toBe('');
    });

    it('places an event reported over a period at the period’s start, and says it is a start, not a date', async () => {
      const body = TimelineResponseSchema.parse((await get('/api/timeline')).body);
      // The article: at least 14 left Meta for xAI "since January" 2025 — a period, not a day they left on.
      expect(body.items.find((i) => i.id === 'event:meta-to-xai-departures-2025')).toMatchObject({
        date: '2025-01',
        dateKind: 'since',
        until: null,
      });
      expect(body.items.find((i) => i.id === 'event:altman-uncapped-podcast-2025-06-17')).toMatchObject({
        dateKind: 'date',
        until: null,
      });
      for (const item of body.items.filter((i) => i.kind !== 'event')) expect(item.dateKind).toBe('date');
    });

    it('names the sources of each item’s facts: a stint’s own, the reports’ of an event', async () => {
      const body = TimelineResponseSchema.parse((await get('/api/timeline')).body);
      expect(body.items.find((i) => i.id === 'event:meta-to-xai-departures-2025')!.sources).toEqual([
        ARTICLE,
      ]);
      const altman = body.items.find(
        (i) => i.kind === 'stint-start' && i.nodes.includes('person:sam-altman'),
      )!;
      expect(altman.sources).toEqual([ARTICLE]);
    });

    it('refuses a window that ends before it starts instead of answering an empty timeline', async () => {
      const res = await get('/api/timeline?from=2026&to=2025');
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe('Invalid query.from: expected from to be on or before to');
      // Dates that agree at their common precision are a window: June to the end of 2025.
      expect((await get('/api/timeline?from=2025-06&to=2025')).status).toBe(200);
    });

    it('cuts at the limit and says so', async () => {
      const res = await get('/api/timeline?limit=1');
      expect(res.body.items).toHaveLength(1);
      expect(res.body.truncated).toBe(true);
    });
  });

  describe('GET /api/schema', () => {
    it('lists labels, relationship types, property keys and counts with the model’s descriptions', async () => {
      const res = await get('/api/schema');
      expect(res.status).toBe(200);
      const body = SchemaResponseSchema.parse(res.body);
      const { people } = (await readRows(driver, 'MATCH (p:Person) RETURN count(p) AS people'))[0]!;
      const person = body.labels.find((l) => l.label === 'Person')!;
      expect(person.count).toBe(Number(people));
      expect(person.description).toEqual(expect.any(String));
      expect(person.properties.find((p) => p.key === 'id')).toMatchObject({
        mandatory: true,
        types: ['STRING'],
      });
      const flow = body.relationshipTypes.find((t) => t.type === 'TALENT_FLOW')!;
      expect(flow.derived).toBe(true);
      expect(
        body.relationshipTypes.find((t) => t.type === 'WORKED_AT')!.properties.map((p) => p.key),
      ).toContain('evidence');
      expect(body.propertyKeys).toContain('searchText');
    });
  });
});
