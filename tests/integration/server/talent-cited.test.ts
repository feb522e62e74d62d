// GET /api/orgs/:id/talent against Neo4j: each number cites the sources of what it counts, and nothing else — a
// period's hires not the source of a departure or of another period, a bar the people it counts (someone counted
// stated not by their implied move), a reported count the report it counts (not a smaller one a larger stands for),
// a ranked row the moves towards its organisation. Read live and from the stored talent index, the same. On a made-up
// organisation whose parts each rest on their own source (tests/support/cited-lab.ts).
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TalentResponseSchema, type TalentResponse } from '../../../model/talent-response.js';
import { rebuildTalentIndex } from '../../../seed/index.js';
import { openSeededApp } from '../../support/api.js';
import { CITED, CITED_LAB, writeCitedLab } from '../../support/cited-lab.js';
import { readRows, testNeo4j } from '../../support/neo4j.js';

let driver: Driver;
let app: Awaited<ReturnType<typeof openSeededApp>>['app'];
beforeAll(async () => {
  ({ driver, app } = await openSeededApp(writeCitedLab));
});
afterAll(async () => driver?.close());

async function talent(query = '') {
  const res = await request(app).get(`/api/orgs/${CITED_LAB}/talent?detail=counts${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return TalentResponseSchema.parse(res.body);
}

const period = (body: TalentResponse, label: string) => body.periods.find((p) => p.label === label)!;
const none = { stated: [], implied: [] };
const noReports = { stated: [], implied: [], unquantified: [] };
const sorted = (...ids: string[]) => [...ids].sort();

/** Every number's sources (not the counts), to compare two reads of the same answer. */
const citedOnly = (body: TalentResponse) => ({
  periods: body.periods.map((p) => [p.label, p.hires.cited, p.departures.cited]),
  apart: (['undated', 'imprecise', 'outside'] as const).map((k) => [
    body[k].hires.cited,
    body[k].departures.cited,
  ]),
  ranked: [...body.sources, ...body.destinations].map((r) => [r.org.id, r.cited]),
});

describe('the sources each number of the talent answer cites', () => {
  it('cites in a period’s hires, departures and reports only what each counts', async () => {
    const body = await talent();
    expect(body.periods.map((p) => p.label)).toEqual(['2021', '2022', '2023', '2024']);
    // 2021: Cy hired twice, counted once and stated — cited by the stated stint alone, not by the implied return.
    expect(period(body, '2021').hires.named).toEqual({ stated: 1, implied: 0 });
    expect(period(body, '2021').hires.cited).toEqual({
      named: { stated: [CITED.cyStated], implied: [] },
      reported: noReports,
    });
    expect(period(body, '2021').departures.cited.named).toEqual({ stated: [CITED.cyStated], implied: [] });
    // 2022: Dee's hire at a division, cited with the PART_OF fact that places it in the Lab.
    expect(period(body, '2022').hires.cited.named.stated).toEqual(sorted(CITED.dee, CITED.structure));
    // 2023: Ada's hire — not the source of her stint at the Rival (where she came from is not what the bar counts).
    expect(period(body, '2023').hires.cited.named).toEqual({ stated: [CITED.labHires], implied: [] });
    expect(period(body, '2023').departures.cited).toEqual({ named: none, reported: noReports });
    // 2024: Ben's departure, and the report of five, not the smaller one it stands for; the vague one apart.
    expect(period(body, '2024').hires.cited).toEqual({ named: none, reported: noReports });
    expect(period(body, '2024').departures.reported).toEqual({ stated: 5, implied: 0, unquantified: 1 });
    expect(period(body, '2024').departures.cited).toEqual({
      named: { stated: [CITED.labDepartures], implied: [] },
      reported: { stated: [CITED.report], implied: [], unquantified: [CITED.vague] },
    });
    // Ben's stint gives no start: an undated hire, cited there.
    expect(body.undated.hires.cited.named).toEqual({ stated: [CITED.labDepartures], implied: [] });
    expect(body.undated.departures.cited).toEqual({ named: none, reported: noReports });
    // The whole answer's `cited` is as before: every source behind anything it lists.
    expect(body.cited).toEqual(sorted(...Object.values(CITED)));
  });

  it('cites in a ranked row the moves towards its organisation, as sure as the row counts them', async () => {
    const body = await talent();
    const row = (list: TalentResponse['sources'], org: string) => list.find((r) => r.org.id === org)!.cited;
    expect(row(body.sources, 'org:cited-rival')).toEqual({
      named: { stated: sorted(CITED.labHires, CITED.rivalCareer), implied: [] },
      undated: none,
      reported: noReports,
    });
    // Cy's return from Elsewhere is implied: the implied link cites it, with the stint there.
    expect(row(body.sources, 'org:cited-elsewhere').named).toEqual({
      stated: [],
      implied: sorted(CITED.cyElsewhere, CITED.cyImplied),
    });
    expect(row(body.destinations, 'org:cited-next')).toEqual({
      named: { stated: sorted(CITED.labDepartures, CITED.nextCareer), implied: [] },
      undated: none,
      reported: { stated: [CITED.report], implied: [], unquantified: [] },
    });
    expect(row(body.destinations, 'org:cited-elsewhere').named).toEqual({
      stated: sorted(CITED.cyElsewhere, CITED.cyStated),
      implied: [],
    });
  });

  it('cites in a window’s period only what it holds; what falls outside cites apart', async () => {
    const body = await talent('&from=2023&to=2023');
    expect(body.periods.map((p) => p.label)).toEqual(['2023']);
    expect(period(body, '2023').hires.cited.named).toEqual({ stated: [CITED.labHires], implied: [] });
    expect(period(body, '2023').departures.cited).toEqual({ named: none, reported: noReports });
    expect(body.outside.hires.cited.named).toEqual({
      stated: sorted(CITED.cyStated, CITED.dee, CITED.structure),
      implied: [],
    });
    expect(body.outside.departures.cited).toEqual({
      named: { stated: sorted(CITED.cyStated, CITED.labDepartures), implied: [] },
      reported: { stated: [CITED.report], implied: [], unquantified: [CITED.vague] },
    });
    // Only Ada moved in the window: where the others came from or went to is not ranked, nor cited.
    expect(body.sources.map((r) => [r.org.id, r.cited.named.stated])).toEqual([
      ['org:cited-rival', sorted(CITED.labHires, CITED.rivalCareer)],
    ]);
    expect(body.destinations).toEqual([]);
  });

  it('cites the same from the stored talent index as read live', async () => {
    const live = [await talent(), await talent('&interval=month'), await talent('&from=2023&to=2023')];
    expect(
      await rebuildTalentIndex(driver, { database: testNeo4j().database, minStints: 0 }),
    ).toBeGreaterThan(0);
    expect(
      await readRows(driver, `MATCH (i:TalentIndex {org: $org, divisions: false}) RETURN i.org AS org`, {
        org: CITED_LAB,
      }),
    ).toEqual([{ org: CITED_LAB }]);
    const indexed = [await talent(), await talent('&interval=month'), await talent('&from=2023&to=2023')];
    expect(indexed.map(citedOnly)).toEqual(live.map(citedOnly));
    expect(indexed[0]!.periods).toEqual(live[0]!.periods);
    // Not two empty answers alike: the index keeps what each move cites where it is counted and towards where.
    expect(period(indexed[0]!, '2021').hires.cited.named).toEqual({ stated: [CITED.cyStated], implied: [] });
    expect(indexed[0]!.sources.find((r) => r.org.id === 'org:cited-elsewhere')?.cited.named.implied).toEqual(
      sorted(CITED.cyElsewhere, CITED.cyImplied),
    );
  });
});
