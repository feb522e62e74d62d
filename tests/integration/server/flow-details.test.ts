// GET /api/flows/:id/details on the article's seeded graph: the people, stints, reports and quotes of a talent flow
// checked against the facts file (seed/sources) and against the Cypher "Show Cypher" opens (sent through
// POST /api/cypher), for every flow in both views; only facts the flow was counted by (sourced, of its ends or of a
// division a sourced PART_OF places in one, a report's by its role); unknown flows are 404, bad input 400.
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FlowDetailsResponseSchema, FlowsResponseSchema } from '../../../model/api-responses.js';
import { MAX_FLOW_DETAILS_PEOPLE } from '../../../model/api-limits.js';
import type { GraphData, GraphEdge } from '../../../model/graph.js';
import { flowDetailsQuery } from '../../../client/state/details-actions.js';
import { edgeQuery } from '../../../client/state/gallery.js';
import { recomputeTalentFlows } from '../../../seed/index.js';
import { createTestApp } from '../../support/api.js';
import { createTestDriver, readRows, seedArticleAnew, testNeo4j } from '../../support/neo4j.js';

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
  const details = async (id: string, people?: string, divisions = false) => {
    const query = [
      ...(people === undefined ? [] : [`people=${people}`]),
      ...(divisions ? ['divisions=true'] : []),
    ];
    const res = await get(
      `/api/flows/${encodeURIComponent(id)}/details${query.length ? `?${query.join('&')}` : ''}`,
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

  it('lists the people who left Meta for xAI with their stints at both ends and at FAIR, quoted as the facts file quotes them', async () => {
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
    // Xinlei Chen's stint at FAIR counts him into Meta's flow as it does into the flow's count (FAIR is part of Meta
    // by a stated PART_OF): it is evidence of the move the flow shows, and FAIR is in the answer to name it.
    const stintsAt = (orgs: string[]) =>
      FACTS.filter((f) => f.type === 'WORKED_AT' && movers.includes(f.from) && orgs.includes(f.to));
    const stints = stintsAt(['org:meta', 'org:fair', 'org:xai']);
    expect(stints).toHaveLength(9);
    expect(factsOf(body.graph, 'WORKED_AT')).toEqual(byId(stints.map(brief)));
    expect(body.graph.nodes.map((n) => n.id)).toContain('org:fair');
    // The flow rests on the PART_OF fact that places FAIR in Meta too: it is listed with its quote.
    const fairInMeta = FACTS.filter(
      (f) => f.type === 'PART_OF' && f.from === 'org:fair' && f.to === 'org:meta',
    );
    expect(fairInMeta).toHaveLength(1);
    expect(factsOf(body.graph, 'PART_OF')).toEqual(byId(fairInMeta.map(brief)));
    // Only for a stint listed at FAIR: Alan Rice's Meta → xAI needs no PART_OF fact.
    expect(factsOf((await details(META_XAI, 'person:alan-rice')).graph, 'PART_OF')).toEqual([]);
    expect(factsOf((await details(META_XAI, 'person:xinlei-chen')).graph, 'PART_OF')).toEqual(
      byId(fairInMeta.map(brief)),
    );
    // In the view by division FAIR's moves are FAIR → xAI's own: Meta → xAI's details keep the stints at its ends.
    const byDivision = await details(META_XAI, movers.join(','), true);
    expect(byDivision.people).toEqual(movers);
    expect(factsOf(byDivision.graph, 'WORKED_AT')).toEqual(
      byId(stintsAt(['org:meta', 'org:xai']).map(brief)),
    );
    expect(byDivision.graph.nodes.map((n) => n.id)).not.toContain('org:fair');
    expect(factsOf(byDivision.graph, 'PART_OF')).toEqual([]);
    // Asked for its own people in that view, Meta → xAI lists those the view counts in it: Xinlei Chen's move is
    // FAIR → xAI's there.
    const own = await details(META_XAI, undefined, true);
    expect([...own.people].sort()).toEqual(movers.filter((p) => p !== 'person:xinlei-chen'));
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

  it('says whose move is only implied and by which facts, as the flow view marks them, in both views', async () => {
    for (const divisions of [false, true]) {
      const res = await get(`/api/flows?limit=500${divisions ? '&divisions=true' : ''}`);
      expect(res.status).toBe(200);
      const flows = FlowsResponseSchema.parse(res.body).flows;
      for (const flow of flows) {
        const listed = flow.people.map((p) => p.id);
        const body = await details(flow.id, listed.join(','), divisions);
        const sorted = (m: Record<string, string[]>) =>
          Object.fromEntries(Object.entries(m).map(([k, v]) => [k, [...v].sort()]));
        expect(sorted(body.implied), `${flow.id} divisions=${divisions}`).toEqual(
          sorted(
            Object.fromEntries(
              flow.people.filter((p) => p.certainty === 'implied').map((p) => [p.id, p.impliedBy]),
            ),
          ),
        );
      }
    }
    // The four named Meta → xAI moves rest on implied facts: each person's own "joined xAI".
    const metaXai = await details(META_XAI);
    expect(Object.keys(metaXai.implied).sort()).toEqual([
      'person:alan-rice',
      'person:ching-yao-chuang',
      'person:sheng-shen',
      'person:xinlei-chen',
    ]);
    expect(metaXai.implied['person:xinlei-chen']).toEqual(['fact:xinlei-chen-joined-xai']);
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

  it('answers every flow, in both views, with the people, stints and quotes Show Cypher’s query finds', async () => {
    const flows = await readRows(
      driver,
      `MATCH (a:Organization)-[f:TALENT_FLOW]->(b:Organization)
       RETURN f.id AS id, a.id AS from, b.id AS to, f.people AS people ORDER BY f.id`,
    );
    expect(flows.length).toBeGreaterThanOrEqual(3);
    // The people the view by division lists for each flow it shows, as the panel sends them from there.
    const view = await get('/api/flows?divisions=true&limit=1000');
    expect(view.status).toBe(200);
    const byDivision = new Map<string, string[]>(
      (view.body.flows as { id: string; people: { id: string }[] }[]).map((f) => [
        f.id,
        f.people.map((p) => p.id),
      ]),
    );
    for (const flow of flows) {
      const id = flow.id as string;
      const people = flow.people as string[];
      for (const [list, divisions] of [
        [null, false],
        [people.slice(0, 1), false],
        [null, true],
        ...(byDivision.has(id) ? [[byDivision.get(id)!, true] as const] : []),
      ] as const) {
        const q = flowDetailsQuery(id, flow.from as string, flow.to as string, list, divisions);
        const old = await request(app).post('/api/cypher').send({ query: q.query, params: q.params });
        expect(old.status, JSON.stringify(old.body)).toBe(200);
        const was = old.body.graph as GraphData;
        const now = await details(id, list?.join(','), divisions);
        const what = `${id} with ${list ? `[${list.join(',')}]` : 'its own people'}${divisions ? ' by division' : ''}`;
        expect(peopleOf(now.graph), what).toEqual(peopleOf(was));
        expect(now.people, what).toEqual(list ?? peopleOf(was));
        expect(factsOf(now.graph, 'WORKED_AT'), what).toEqual(factsOf(was, 'WORKED_AT'));
        expect(factsOf(now.graph, 'PARTICIPATED_IN'), what).toEqual(factsOf(was, 'PARTICIPATED_IN'));
        expect(factsOf(now.graph, 'PART_OF'), what).toEqual(factsOf(was, 'PART_OF'));
      }
    }
  });

  it('lists a report’s facts the flow was counted by: sourced, by role, at an end or at a division of one', async () => {
    const event = 'event:meta-to-xai-departures-2025';
    // Fictional facts beside the article's, removed afterwards: one with no certainty (no source backs it), xAI said
    // to have lost people in the report (not the flow's source end), and FAIR named as the one the people left.
    const probes = [
      { org: 'org:meta', id: 'fact:probe-unsourced', role: 'from', certainty: null },
      { org: 'org:xai', id: 'fact:probe-wrong-role', role: 'from', certainty: 'stated' },
      { org: 'org:fair', id: 'fact:probe-division', role: 'from', certainty: 'stated' },
    ];
    // And, for this test only, FAIR placed in Meta by a second (fictional) source too.
    const STRUCTURE = 'source:probe-structure';
    await driver.executeQuery(
      `UNWIND $probes AS x
       MATCH (o:Organization {id: x.org}), (e:Event {id: $event})
       CREATE (o)-[:PARTICIPATED_IN {id: x.id, role: x.role, certainty: x.certainty, sources: [$source]}]->(e)
       WITH count(*) AS created
       MATCH ()-[r:PART_OF {id: 'fact:fair-part-of-meta'}]->()
       SET r.sources = [$source, $structure]
       CREATE (:Source {id: $structure, title: 'Probe structure source'})`,
      { probes, event, source: ARTICLE, structure: STRUCTURE },
      { database: testNeo4j().database },
    );
    try {
      const reports = FACTS.filter((f) => f.type === 'PARTICIPATED_IN' && f.to === event).map((f) => f.id);
      const flow = await readRows(
        driver,
        `MATCH (a:Organization {id: 'org:meta'})-[f:TALENT_FLOW {id: $id}]->(b:Organization {id: 'org:xai'})
         RETURN f.people AS people`,
        { id: META_XAI },
      );
      const people = (flow[0]!.people as string[]).join(',');
      for (const divisions of [false, true]) {
        const body = await details(META_XAI, undefined, divisions);
        const listed = factsOf(body.graph, 'PARTICIPATED_IN').map((f) => f.id);
        expect(listed, `divisions ${divisions}`).toEqual([...reports, 'fact:probe-division'].sort());
        expect(body.graph.nodes.map((n) => n.id)).toContain('org:fair');
        const q = flowDetailsQuery(META_XAI, 'org:meta', 'org:xai', people.split(','), divisions);
        const shown = await request(app).post('/api/cypher').send({ query: q.query, params: q.params });
        expect(shown.status, JSON.stringify(shown.body)).toBe(200);
        expect(factsOf(shown.body.graph as GraphData, 'PARTICIPATED_IN').map((f) => f.id)).toEqual(listed);
        // FAIR's report fact counts in Meta by the PART_OF fact that places FAIR there: listed in both views.
        expect(
          factsOf(body.graph, 'PART_OF').map((f) => f.id),
          `divisions ${divisions}`,
        ).toEqual(['fact:fair-part-of-meta']);
        expect(factsOf(shown.body.graph as GraphData, 'PART_OF').map((f) => f.id)).toEqual([
          'fact:fair-part-of-meta',
        ]);
        // The PART_OF's sources are the details' too.
        expect(body.sources.map((x) => x.id).sort()).toEqual([STRUCTURE, ARTICLE].sort());
      }
      // The flow view's report rests on that PART_OF too, and its reported part cites its sources.
      const view = await get('/api/flows?limit=1000');
      expect(view.status).toBe(200);
      const drawn = FlowsResponseSchema.parse(view.body).flows.find((f) => f.id === META_XAI)!;
      const report = drawn.reports.find((r) => r.id === event)!;
      expect(report.facts.map((f) => f.id)).toContain('fact:probe-division');
      expect(report.placedBy.map((f) => [f.id, f.role, f.sources])).toEqual([
        ['fact:fair-part-of-meta', null, [ARTICLE, STRUCTURE]],
      ]);
      expect(drawn.reportSources).toEqual([ARTICLE, STRUCTURE]);
      expect(drawn.sources).toContain(STRUCTURE);
    } finally {
      await driver.executeQuery(
        `MATCH ()-[r:PARTICIPATED_IN]->() WHERE r.id IN $ids DELETE r
         WITH count(*) AS deleted
         MATCH ()-[p:PART_OF {id: 'fact:fair-part-of-meta'}]->() SET p.sources = [$source]
         WITH count(*) AS restored
         MATCH (s:Source {id: $structure}) DELETE s`,
        { ids: probes.map((p) => p.id), source: ARTICLE, structure: STRUCTURE },
        { database: testNeo4j().database },
      );
    }
  });

  it('lists the PART_OF facts the seed rolled a division up along, the same path its sources cite, and only for a counted move', async () => {
    const database = testNeo4j().database;
    // Fictional facts beside the article's, removed afterwards: FAIR also placed in Meta through two made-up groups
    // (two paths of two facts, longer than the article's one: the seed rolls FAIR up along one of them, the first by
    // its facts' ids — path B here — each path cited by its own made-up source), and a made-up person who left FAIR
    // for Meta itself (a move inside Meta, counted nowhere) and then Meta for xAI.
    const [SA, SB] = ['source:probe-path-a', 'source:probe-path-b'];
    const person = 'person:probe-fair-meta-xai';
    await driver.executeQuery(
      `MATCH (fair:Organization {id: 'org:fair'}), (meta:Organization {id: 'org:meta'}), (xai:Organization {id: 'org:xai'})
       CREATE (sa:Source {id: $sa, title: 'Probe path A'}), (sb:Source {id: $sb, title: 'Probe path B'})
       CREATE (ga:Organization {id: 'org:probe-group-a', name: 'Probe group A'}),
              (gb:Organization {id: 'org:probe-group-b', name: 'Probe group B'})
       CREATE (fair)-[:PART_OF {id: 'fact:probe-2-fair-in-a', certainty: 'stated', sources: [$sa]}]->(ga),
              (ga)-[:PART_OF {id: 'fact:probe-3-a-in-meta', certainty: 'stated', sources: [$sa]}]->(meta),
              (fair)-[:PART_OF {id: 'fact:probe-1-fair-in-b', certainty: 'stated', sources: [$sb]}]->(gb),
              (gb)-[:PART_OF {id: 'fact:probe-4-b-in-meta', certainty: 'stated', sources: [$sb]}]->(meta)
       CREATE (p:Person {id: $person, name: 'Probe Mover'})
       CREATE (p)-[:WORKED_AT {id: 'fact:probe-mover-fair', start: '2015', end: '2018-01', certainty: 'stated', sources: [$article]}]->(fair),
              (p)-[:WORKED_AT {id: 'fact:probe-mover-meta', start: '2018-02', end: '2024-01', certainty: 'stated', sources: [$article]}]->(meta),
              (p)-[:WORKED_AT {id: 'fact:probe-mover-xai', start: '2024-02', certainty: 'stated', sources: [$article]}]->(xai)`,
      { sa: SA, sb: SB, person, article: ARTICLE },
      { database },
    );
    try {
      await recomputeTalentFlows(driver, { database });
      const PATH_B = ['fact:probe-1-fair-in-b', 'fact:probe-4-b-in-meta'];
      // Xinlei Chen's FAIR stint is of a counted move: listed with path B's facts, not path A's nor the article's
      // shorter one; the flow's implied part (his move is implied) cites path B's source and not A's.
      const xinlei = await details(META_XAI, 'person:xinlei-chen');
      expect(factsOf(xinlei.graph, 'PART_OF').map((f) => f.id)).toEqual(PATH_B);
      expect(xinlei.sources.map((x) => x.id)).toContain(SB);
      expect(xinlei.sources.map((x) => x.id)).not.toContain(SA);
      const view = await get('/api/flows?limit=1000');
      const flow = FlowsResponseSchema.parse(view.body).flows.find((f) => f.id === META_XAI)!;
      expect(flow.impliedSources).toContain(SB);
      expect(flow.sources).not.toContain(SA);
      // The made-up mover's FAIR stint is at Meta (a division of it), but no move counted here rests on it: neither it
      // nor a PART_OF fact is listed, only the stints of his move from Meta to xAI.
      const mover = await details(META_XAI, person);
      expect(factsOf(mover.graph, 'WORKED_AT').map((f) => f.id)).toEqual([
        'fact:probe-mover-meta',
        'fact:probe-mover-xai',
      ]);
      expect(factsOf(mover.graph, 'PART_OF')).toEqual([]);
      for (const listed of [[person], ['person:xinlei-chen']]) {
        const q = flowDetailsQuery(META_XAI, 'org:meta', 'org:xai', listed, false);
        const shown = await request(app).post('/api/cypher').send({ query: q.query, params: q.params });
        expect(shown.status, JSON.stringify(shown.body)).toBe(200);
        const now = listed[0] === person ? mover : xinlei;
        expect(factsOf(shown.body.graph as GraphData, 'PART_OF'), listed[0]).toEqual(
          factsOf(now.graph, 'PART_OF'),
        );
      }
    } finally {
      await driver.executeQuery(
        `MATCH (n) WHERE n.id IN ['org:probe-group-a', 'org:probe-group-b', $person, $sa, $sb] DETACH DELETE n`,
        { sa: SA, sb: SB, person },
        { database },
      );
      await recomputeTalentFlows(driver, { database });
    }
  });

  it('lists a division under two tops only in the flows of the top the seed rolls it into', async () => {
    const database = testNeo4j().database;
    // Fictional organisations and a made-up person, removed afterwards: a lab that sources place under two tops (one
    // fact each, so the seed rolls it into the first by id, top A), and a person who left the lab for top B, then B
    // for a destination. Top B → destination rests on the B stint only: the lab's stint is no evidence of it. And a
    // made-up report of people leaving the lab and top B for the destination: counted in A → destination by its lab
    // fact and in B → destination by its B fact, each flow listing only its own.
    const ids = [
      'org:probe-top-a',
      'org:probe-top-b',
      'org:probe-lab',
      'org:probe-dest',
      'event:probe-departures',
    ];
    const person = 'person:probe-lab-mover';
    await driver.executeQuery(
      `CREATE (a:Organization {id: 'org:probe-top-a', name: 'Probe top A'}),
              (b:Organization {id: 'org:probe-top-b', name: 'Probe top B'}),
              (lab:Organization {id: 'org:probe-lab', name: 'Probe lab'}),
              (d:Organization {id: 'org:probe-dest', name: 'Probe destination'}),
              (p:Person {id: $person, name: 'Probe lab mover'})
       CREATE (lab)-[:PART_OF {id: 'fact:probe-lab-in-a', certainty: 'stated', sources: [$article]}]->(a),
              (lab)-[:PART_OF {id: 'fact:probe-lab-in-b', certainty: 'stated', sources: [$article]}]->(b),
              (p)-[:WORKED_AT {id: 'fact:probe-mover-lab', start: '2015', end: '2017-01', certainty: 'stated', sources: [$article]}]->(lab),
              (p)-[:WORKED_AT {id: 'fact:probe-mover-b', start: '2017-02', end: '2020-01', certainty: 'stated', sources: [$article]}]->(b),
              (p)-[:WORKED_AT {id: 'fact:probe-mover-dest', start: '2020-02', certainty: 'stated', sources: [$article]}]->(d)
       CREATE (e:Event {id: 'event:probe-departures', name: 'Probe departures', kind: 'departures', count: 3, date: '2021'})
       CREATE (lab)-[:PARTICIPATED_IN {id: 'fact:probe-left-lab', role: 'from', certainty: 'stated', sources: [$article]}]->(e),
              (b)-[:PARTICIPATED_IN {id: 'fact:probe-left-b', role: 'from', certainty: 'stated', sources: [$article]}]->(e),
              (d)-[:PARTICIPATED_IN {id: 'fact:probe-joined-dest', role: 'to', certainty: 'stated', sources: [$article]}]->(e)`,
      { person, article: ARTICLE },
      { database },
    );
    try {
      await recomputeTalentFlows(driver, { database });
      const B_DEST = 'flow:org:probe-top-b->org:probe-dest';
      const A_B = 'flow:org:probe-top-a->org:probe-top-b';
      const view = FlowsResponseSchema.parse((await get('/api/flows?limit=1000')).body);
      const flowIds = view.flows.map((f) => f.id);
      expect(flowIds).toEqual(expect.arrayContaining([A_B, B_DEST]));
      expect(flowIds).not.toContain('flow:org:probe-top-b->org:probe-top-b');
      // The flow lists the mover by the facts of the move it counts: B's stint and the destination's.
      const listed = view.flows.find((f) => f.id === B_DEST)!.people.find((p) => p.id === person)!;
      expect([...listed.facts].sort()).toEqual(['fact:probe-mover-b', 'fact:probe-mover-dest']);
      const dest = await details(B_DEST, person);
      expect(factsOf(dest.graph, 'WORKED_AT').map((f) => f.id)).toEqual([
        'fact:probe-mover-b',
        'fact:probe-mover-dest',
      ]);
      expect(factsOf(dest.graph, 'PART_OF')).toEqual([]);
      // Leaving the lab counts as leaving top A, along the lab's one PART_OF fact into A.
      const ab = await details(A_B, person);
      expect(factsOf(ab.graph, 'WORKED_AT').map((f) => f.id)).toEqual([
        'fact:probe-mover-b',
        'fact:probe-mover-lab',
      ]);
      expect(factsOf(ab.graph, 'PART_OF').map((f) => f.id)).toEqual(['fact:probe-lab-in-a']);
      // The report: B → destination by B's fact, A → destination by the lab's, placed along its one PART_OF into A.
      const A_DEST = 'flow:org:probe-top-a->org:probe-dest';
      const reportOf = (id: string) => view.flows.find((f) => f.id === id)!.reports[0]!;
      expect(
        reportOf(B_DEST)
          .facts.map((f) => f.id)
          .sort(),
      ).toEqual(['fact:probe-joined-dest', 'fact:probe-left-b']);
      expect(reportOf(B_DEST).placedBy).toEqual([]);
      expect(
        reportOf(A_DEST)
          .facts.map((f) => f.id)
          .sort(),
      ).toEqual(['fact:probe-joined-dest', 'fact:probe-left-lab']);
      expect(reportOf(A_DEST).placedBy.map((f) => f.id)).toEqual(['fact:probe-lab-in-a']);
      const reported = await details(B_DEST, '');
      expect(factsOf(reported.graph, 'PARTICIPATED_IN').map((f) => f.id)).toEqual([
        'fact:probe-joined-dest',
        'fact:probe-left-b',
      ]);
      // "Show Cypher" finds the same facts.
      for (const [flow, from, to, now] of [
        [B_DEST, 'org:probe-top-b', 'org:probe-dest', dest],
        [
          'flow:org:probe-top-a->org:probe-dest',
          'org:probe-top-a',
          'org:probe-dest',
          await details('flow:org:probe-top-a->org:probe-dest', person),
        ],
        [A_B, 'org:probe-top-a', 'org:probe-top-b', ab],
      ] as const) {
        const q = flowDetailsQuery(flow, from, to, [person], false);
        const shown = await request(app).post('/api/cypher').send({ query: q.query, params: q.params });
        expect(shown.status, JSON.stringify(shown.body)).toBe(200);
        for (const type of ['WORKED_AT', 'PART_OF', 'PARTICIPATED_IN'])
          expect(factsOf(shown.body.graph as GraphData, type), `${flow} ${type}`).toEqual(
            factsOf(now.graph, type),
          );
      }
    } finally {
      await driver.executeQuery(
        `MATCH (n) WHERE n.id IN $ids DETACH DELETE n`,
        { ids: [...ids, person] },
        { database },
      );
      await recomputeTalentFlows(driver, { database });
    }
  });

  it('shows the stored flow for a drawn part’s "Show Cypher", never a staged copy of it', async () => {
    // A build's staged copy of Meta → xAI (same id), as a build that died would leave it; removed after.
    await driver.executeQuery(
      `MATCH (a:Organization {id: 'org:meta'}), (b:Organization {id: 'org:xai'})
       CREATE (a)-[:TALENT_FLOW_STAGED {id: $id, build: 'probe', stagedAt: 0}]->(b)`,
      { id: META_XAI },
      { database: testNeo4j().database },
    );
    try {
      const q = edgeQuery(`${META_XAI}#implied`);
      const res = await request(app).post('/api/cypher').send({ query: q.query, params: q.params });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const edges = (res.body.graph as GraphData).edges;
      expect(edges.map((e) => [e.id, e.type])).toEqual([[META_XAI, 'TALENT_FLOW']]);
    } finally {
      await driver.executeQuery(
        "MATCH ()-[r:TALENT_FLOW_STAGED {build: 'probe'}]->() DELETE r",
        {},
        { database: testNeo4j().database },
      );
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
      [`/api/flows/${encodeURIComponent(META_XAI)}/details?divisions=yes`, 'query.divisions'],
      [`/api/flows/${'x'.repeat(600)}/details`, 'params.id'],
    ] as const) {
      const res = await get(url);
      expect(res.status, url.slice(0, 80)).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_ERROR');
      expect(res.body.error.message).toContain(field);
    }
  });
});
