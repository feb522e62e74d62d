// GET /api/flows/:id/details on the article's seeded graph: the people, stints, reports and quotes of a talent flow
// checked against the facts file (seed/sources) and against the Cypher the details panel used to send through
// POST /api/cypher (still what "Show Cypher" opens), for every flow; unknown flows are 404, bad input 400.
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FlowDetailsResponseSchema } from '../../../model/api-responses.js';
import { MAX_FLOW_DETAILS_PEOPLE } from '../../../model/api-limits.js';
import type { GraphData, GraphEdge } from '../../../model/graph.js';
import { flowDetailsQuery } from '../../../client/state/details-actions.js';
import { createTestApp } from '../../support/api.js';
import { createTestDriver, readRows, seedArticleAnew } from '../../support/neo4j.js';

const ARTICLE = 'source:rosa-2025-08-29-musk-meta-talent';
const META_XAI = 'flow:org:meta->org:xai';

interface Fact {
  id: string;
  type: string;
  from: string;
  to: string;
  role?: string;
  evidence?: string;
  evidenceEn?: string;
}
const FACTS: Fact[] = fs
  .readdirSync(path.resolve('seed/sources'))
  .filter((f) => f.endsWith('.facts.yaml'))
  .flatMap(
    (f) => (parse(fs.readFileSync(path.resolve('seed/sources', f), 'utf8')) as { facts: Fact[] }).facts,
  );

/** A fact as the tests compare it: id, ends and quotes. */
const brief = (e: Pick<Fact, 'id' | 'evidence' | 'evidenceEn'> & { from: string; to: string }) => ({
  id: e.id,
  from: e.from,
  to: e.to,
  evidence: e.evidence ?? null,
  evidenceEn: e.evidenceEn?.trim() ?? null,
});
const briefEdge = (e: GraphEdge) =>
  brief({
    id: e.id,
    from: e.source,
    to: e.target,
    evidence: e.properties.evidence as string | undefined,
    evidenceEn: e.properties.evidenceEn as string | undefined,
  });
const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
const factsOf = (g: GraphData, type: string) => byId(g.edges.filter((e) => e.type === type).map(briefEdge));
const peopleOf = (g: GraphData) =>
  g.nodes
    .filter((n) => n.labels.includes('Person'))
    .map((n) => n.id)
    .sort();

describe('GET /api/flows/:id/details on the article’s graph', () => {
  let driver: Driver;
  let app: ReturnType<typeof createTestApp>['app'];
  const get = (url: string) => request(app).get(url);
  const details = async (id: string, people?: string) => {
    const res = await get(
      `/api/flows/${encodeURIComponent(id)}/details${people === undefined ? '' : `?people=${people}`}`,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return FlowDetailsResponseSchema.parse(res.body);
  };

  beforeAll(async () => {
    driver = createTestDriver();
    await seedArticleAnew(driver);
    // Every flow is also read the old way, through the Cypher endpoint: room for that in its rate limit.
    ({ app } = createTestApp(driver, { CYPHER_RATE_PER_MINUTE: '10000' }));
  });
  afterAll(async () => {
    await driver.close();
  });

  it('lists the people who left Meta for xAI with their stints at both ends, quoted as the facts file quotes them', async () => {
    const body = await details(META_XAI);
    // From the facts file: everyone with a WORKED_AT at Meta (or its FAIR division) and one at xAI.
    const at = (org: string) =>
      new Set(FACTS.filter((f) => f.type === 'WORKED_AT' && f.to === org).map((f) => f.from));
    const meta = new Set([...at('org:meta'), ...at('org:fair')]);
    const movers = [...at('org:xai')].filter((p) => meta.has(p)).sort();
    expect(movers).toEqual([
      'person:alan-rice',
      'person:ching-yao-chuang',
      'person:sheng-shen',
      'person:xinlei-chen',
    ]);
    expect([...body.people].sort()).toEqual(movers);
    expect(peopleOf(body.graph)).toEqual(movers);
    const stints = FACTS.filter(
      (f) => f.type === 'WORKED_AT' && movers.includes(f.from) && ['org:meta', 'org:xai'].includes(f.to),
    );
    expect(stints).toHaveLength(8);
    expect(factsOf(body.graph, 'WORKED_AT')).toEqual(byId(stints.map(brief)));
    expect(body.flow).toMatchObject({
      id: META_XAI,
      type: 'TALENT_FLOW',
      source: 'org:meta',
      target: 'org:xai',
    });
    expect(body.flow.properties).not.toHaveProperty('people');
    expect(body.sources.map((s) => s.id)).toContain(ARTICLE);
  });

  it('gives the departures report behind the reported count with its from and to facts and their quotes', async () => {
    const body = await details(META_XAI);
    const reports = FACTS.filter(
      (f) => f.type === 'PARTICIPATED_IN' && f.to === 'event:meta-to-xai-departures-2025',
    );
    expect(reports.map((f) => f.role).sort()).toEqual(['from', 'to']);
    expect(factsOf(body.graph, 'PARTICIPATED_IN')).toEqual(byId(reports.map(brief)));
    expect(body.graph.nodes.map((n) => n.id)).toContain('event:meta-to-xai-departures-2025');
  });

  it('lists only the people the request names, and no one for an empty list', async () => {
    const one = await details(META_XAI, 'person:alan-rice');
    expect(one.people).toEqual(['person:alan-rice']);
    expect(peopleOf(one.graph)).toEqual(['person:alan-rice']);
    expect(factsOf(one.graph, 'WORKED_AT').map((f) => f.id)).toEqual([
      'fact:alan-rice-joined-xai',
      'fact:alan-rice-left-meta',
    ]);
    const none = await details(META_XAI, '');
    expect(none.people).toEqual([]);
    expect(factsOf(none.graph, 'WORKED_AT')).toEqual([]);
    expect(factsOf(none.graph, 'PARTICIPATED_IN')).toHaveLength(2);
  });

  it('answers every flow with the people, stints and quotes the panel’s old Cypher found', async () => {
    const flows = await readRows(
      driver,
      `MATCH (a:Organization)-[f:TALENT_FLOW]->(b:Organization)
       RETURN f.id AS id, a.id AS from, b.id AS to, f.people AS people ORDER BY f.id`,
    );
    expect(flows.length).toBeGreaterThanOrEqual(3);
    for (const flow of flows) {
      const id = flow.id as string;
      const people = flow.people as string[];
      for (const list of [null, people.slice(0, 1)]) {
        const q = flowDetailsQuery(id, flow.from as string, flow.to as string, list);
        const old = await request(app).post('/api/cypher').send({ query: q.query, params: q.params });
        expect(old.status, JSON.stringify(old.body)).toBe(200);
        const was = old.body.graph as GraphData;
        const now = await details(id, list?.join(','));
        const what = `${id} with ${list ? `[${list.join(',')}]` : 'its own people'}`;
        expect(peopleOf(now.graph), what).toEqual(peopleOf(was));
        expect(now.people, what).toEqual(list ?? peopleOf(was));
        expect(factsOf(now.graph, 'WORKED_AT'), what).toEqual(factsOf(was, 'WORKED_AT'));
        expect(factsOf(now.graph, 'PARTICIPATED_IN'), what).toEqual(factsOf(was, 'PARTICIPATED_IN'));
      }
    }
  });

  it('answers 404 naming a flow that does not exist', async () => {
    for (const id of ['flow:org:meta->org:nowhere', 'org:meta', 'person:elon-musk']) {
      const res = await get(`/api/flows/${encodeURIComponent(id)}/details`);
      expect(res.status, id).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
      expect(res.body.error.message).toContain(id);
    }
  });

  it('answers 400 naming the parameter for bad input', async () => {
    const tooMany = Array.from({ length: MAX_FLOW_DETAILS_PEOPLE + 1 }, (_, i) => `person:p${i}`).join(',');
    for (const [url, field] of [
      [`/api/flows/${encodeURIComponent(META_XAI)}/details?people=${tooMany}`, 'query.people'],
      [`/api/flows/${encodeURIComponent(META_XAI)}/details?limit=5`, 'query.limit'],
      [`/api/flows/${'x'.repeat(600)}/details`, 'params.id'],
    ] as const) {
      const res = await get(url);
      expect(res.status, url.slice(0, 80)).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_ERROR');
      expect(res.body.error.message).toContain(field);
    }
  });
});
