// A flow's details quote the departures reports the view counts: over the fictional fixture of
// tests/fixtures/seed/flows, with a second report written by hand for this test — people said to have left Delta
// Research (a division the fixture places in Alpha Labs) for Beta AI in 2022, beside the fixture's report of 2024.
// A Talent-flows window from 2024 counts the fixture's report alone; GET /api/flows/:id/details?reports= and the
// Cypher its "Show Cypher" opens must both quote that one only, with the PART_OF facts of what they list.
import path from 'node:path';
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FlowDetailsResponseSchema, FlowsResponseSchema } from '../../../model/api-responses.js';
import { MAX_FLOW_DETAILS_PEOPLE, MAX_FLOW_DETAILS_REPORTS } from '../../../model/api-limits.js';
import type { GraphData } from '../../../model/graph.js';
import { flowDetailsPath } from '../../../client/api/api.js';
import { flowDetailsQuery } from '../../../client/state/details-actions.js';
import { pairedIdParts } from '../../../client/state/id-chunks.js';
import { recomputeTalentFlows, seedFiles } from '../../../seed/index.js';
import { openSeededApp } from '../../support/api.js';
import { testNeo4j } from '../../support/neo4j.js';

const FIXTURE = path.resolve('tests/fixtures/seed/flows/fixture-moves.facts.yaml');
const FLOW = 'flow:org:alpha-labs->org:beta-ai';
const REPORT_2024 = 'event:alpha-departures-2024';
const REPORT_2022 = 'event:hand-delta-departures-2022';
const HAND_SOURCE = 'source:hand-report';

const idsOf = (g: GraphData, type: string) =>
  g.edges
    .filter((e) => e.type === type)
    .map((e) => e.id)
    .sort();

describe('the reports a talent flow’s details quote', () => {
  let driver: Driver;
  let app: Awaited<ReturnType<typeof openSeededApp>>['app'];
  beforeAll(async () => {
    ({ driver, app } = await openSeededApp((d, database) => seedFiles(d, [FIXTURE], { database })));
    await driver.executeQuery(
      `MATCH (d:Organization {id: 'org:delta-research'}), (b:Organization {id: 'org:beta-ai'})
       CREATE (e:Event {id: $event, kind: 'departures', name: 'People left Delta Research for Beta AI',
                        date: '2022'})
       CREATE (d)-[:PARTICIPATED_IN {id: 'hand:delta-left', role: 'from', certainty: 'stated',
                                      sources: [$source], evidence: 'Written by hand'}]->(e)
       CREATE (b)-[:PARTICIPATED_IN {id: 'hand:beta-joined', role: 'to', certainty: 'stated',
                                      sources: [$source], evidence: 'Written by hand'}]->(e)
       CREATE (:Source {id: $source, title: 'A hand-made report'})`,
      { event: REPORT_2022, source: HAND_SOURCE },
      { database: testNeo4j().database },
    );
    await recomputeTalentFlows(driver, { database: testNeo4j().database });
  });
  afterAll(async () => driver?.close());

  const details = async (query: string) => {
    const res = await request(app).get(`/api/flows/${encodeURIComponent(FLOW)}/details?${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return FlowDetailsResponseSchema.parse(res.body);
  };

  it('counts both reports in all time and the fixture’s alone in a window from 2024', async () => {
    const reportsIn = async (query: string) => {
      const res = await request(app).get(`/api/flows?${query}`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return FlowsResponseSchema.parse(res.body)
        .flows.find((f) => f.id === FLOW)!
        .reports.map((r) => r.id)
        .sort();
    };
    expect(await reportsIn('limit=1000')).toEqual([REPORT_2024, REPORT_2022].sort());
    expect(await reportsIn('limit=1000&since=2024')).toEqual([REPORT_2024]);
  });

  it('quotes only the reports named, with the PART_OF facts of those and none of the others’ sources', async () => {
    const all = await details('people=');
    expect(idsOf(all.graph, 'PARTICIPATED_IN')).toEqual(
      ['fact:departures-from-alpha', 'fact:departures-to-beta', 'hand:delta-left', 'hand:beta-joined'].sort(),
    );
    expect(idsOf(all.graph, 'PART_OF')).toEqual(['fact:delta-part-of-alpha']);

    const window = await details(`people=&reports=${REPORT_2024}`);
    expect(idsOf(window.graph, 'PARTICIPATED_IN')).toEqual([
      'fact:departures-from-alpha',
      'fact:departures-to-beta',
    ]);
    // Delta's PART_OF fact placed only the 2022 report here: nothing listed rests on it now.
    expect(idsOf(window.graph, 'PART_OF')).toEqual([]);
    expect(window.graph.nodes.map((n) => n.id)).not.toContain(REPORT_2022);
    expect(window.sources.map((s) => s.id)).not.toContain(HAND_SOURCE);

    const older = await details(`people=&reports=${REPORT_2022}`);
    expect(idsOf(older.graph, 'PARTICIPATED_IN')).toEqual(['hand:beta-joined', 'hand:delta-left']);
    expect(idsOf(older.graph, 'PART_OF')).toEqual(['fact:delta-part-of-alpha']);
    expect(older.sources.map((s) => s.id)).toContain(HAND_SOURCE);

    // An empty list quotes none; a report not behind the flow is none of its.
    expect(idsOf((await details('people=&reports=')).graph, 'PARTICIPATED_IN')).toEqual([]);
    expect(
      idsOf((await details('people=&reports=event:beta-to-gamma-departures')).graph, 'PARTICIPATED_IN'),
    ).toEqual([]);
  });

  it('opens the same reports in the Cypher "Show Cypher" gives, for each list the view may name', async () => {
    for (const events of [null, [], [REPORT_2024], [REPORT_2022], [REPORT_2024, REPORT_2022]]) {
      const q = flowDetailsQuery(FLOW, 'org:alpha-labs', 'org:beta-ai', [], false, events);
      const shown = await request(app).post('/api/cypher').send({ query: q.query, params: q.params });
      expect(shown.status, JSON.stringify(shown.body)).toBe(200);
      const answer = await details(`people=${events ? `&reports=${events.join(',')}` : ''}`);
      const what = events ? `[${events.join(',')}]` : 'every report';
      for (const type of ['PARTICIPATED_IN', 'PART_OF'])
        expect(idsOf(shown.body.graph as GraphData, type), `${type} of ${what}`).toEqual(
          idsOf(answer.graph, type),
        );
    }
  });

  it('answers every request the explorer sends for a long list of long ids, and lists them all', async () => {
    // Ids as long as a user's import may make them (the article's run to ~40 characters), in the requests the
    // details actions send (pairedIdParts), each built as the client builds it (flowDetailsPath).
    const people = Array.from(
      { length: MAX_FLOW_DETAILS_PEOPLE + 7 },
      (_, i) => `person:${'x'.repeat(60)}-${i}`,
    );
    const reports = [
      ...Array.from({ length: MAX_FLOW_DETAILS_REPORTS }, (_, i) => `event:${'y'.repeat(60)}-${i}`),
      REPORT_2024,
    ];
    const parts = pairedIdParts(people, MAX_FLOW_DETAILS_PEOPLE, reports, MAX_FLOW_DETAILS_REPORTS);
    expect(parts.length).toBeGreaterThan(2);
    const listed: string[] = [];
    const quoted: string[] = [];
    for (const part of parts) {
      const res = await request(app).get(flowDetailsPath(FLOW, part.a, false, part.b));
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const body = FlowDetailsResponseSchema.parse(res.body);
      listed.push(...body.people);
      quoted.push(...idsOf(body.graph, 'PARTICIPATED_IN'));
    }
    expect(listed).toEqual(people);
    expect(quoted.sort()).toEqual(['fact:departures-from-alpha', 'fact:departures-to-beta']);
  });

  it('answers 400 naming the parameter for more reports than one request may name', async () => {
    const many = Array.from({ length: MAX_FLOW_DETAILS_REPORTS + 1 }, (_, i) => `event:e${i}`).join(',');
    const res = await request(app).get(`/api/flows/${encodeURIComponent(FLOW)}/details?reports=${many}`);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('reports');
  });
});
