// GET /api/flows?ids=: the network asks for a time window's numbers of the stored flows it draws. The answer holds
// only the flows named (a division's too), counted by the very rule the Talent flows tab's answer is — on the
// fictional fixture of tests/fixtures/seed/flows (dated moves, an implied one, a division, two reports).
import path from 'node:path';
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FLOW_IDS } from '../../../model/api-limits.js';
import { FlowsResponseSchema } from '../../../model/api-responses.js';
import { ensureSchema, seedFiles } from '../../../seed/index.js';
import { FLOWS_BY_IDS } from '../../../server/queries/flows.js';
import { createTestApp } from '../../support/api.js';
import { createTestDriver, resetDatabase, testNeo4j } from '../../support/neo4j.js';

const FIXTURE = path.resolve('tests/fixtures/seed/flows/fixture-moves.facts.yaml');
const ALPHA_BETA = 'flow:org:alpha-labs->org:beta-ai';
const ALPHA_GAMMA = 'flow:org:alpha-labs->org:gamma-corp';
const BETA_ALPHA = 'flow:org:beta-ai->org:alpha-labs';
const BETA_GAMMA = 'flow:org:beta-ai->org:gamma-corp';
const GAMMA_BETA = 'flow:org:gamma-corp->org:beta-ai';
const DELTA_BETA = 'flow:org:delta-research->org:beta-ai';

let driver: Driver;
let app: ReturnType<typeof createTestApp>['app'];

beforeAll(async () => {
  driver = createTestDriver();
  const { database } = testNeo4j();
  await resetDatabase(driver);
  await ensureSchema(driver, { database });
  await seedFiles(driver, [FIXTURE], { database });
  app = createTestApp(driver).app;
});
afterAll(async () => driver?.close());

async function flows(query: string) {
  const res = await request(app).get(`/api/flows?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return FlowsResponseSchema.parse(res.body);
}
const ids = (list: string[]) => `ids=${encodeURIComponent(list.join(','))}`;
/** What the network draws of a flow: its numbers by certainty and its reports. */
const numbers = (f: Awaited<ReturnType<typeof flows>>['flows'][number]) => ({
  id: f.id,
  count: f.count,
  byCertainty: f.byCertainty,
  reportedCount: f.reportedCount,
  reportedQualifier: f.reportedQualifier,
  reports: f.reports.length,
  certainty: f.certainty,
});

describe('GET /api/flows?ids=', () => {
  it('answers only the flows it names, a division’s flow too without divisions=true', async () => {
    const body = await flows(ids([ALPHA_BETA, DELTA_BETA, 'flow:org:no-such->org:beta-ai']));
    expect(body.flows.map((f) => f.id).sort()).toEqual([ALPHA_BETA, DELTA_BETA]);
    expect(body.flows.find((f) => f.id === DELTA_BETA)?.level).toBe('division');
    // All time: the stored flow's own numbers (Layla, Sara, Hana — rolled up from Delta — and the report of 5).
    expect(numbers(body.flows.find((f) => f.id === ALPHA_BETA)!)).toMatchObject({
      count: 3,
      reportedCount: 5,
    });
    expect(body.graph.edges.map((e) => e.id).sort()).toEqual([ALPHA_BETA, DELTA_BETA]);
    expect(body.more).toBe(0);
  });

  it('counts the named flows in a window exactly as the Talent flows tab does, leaving out those with nothing in it', async () => {
    const named = [ALPHA_BETA, ALPHA_GAMMA, BETA_ALPHA, BETA_GAMMA, GAMMA_BETA];
    for (const window of ['until=2022-12', 'since=2024&until=2024-12', 'since=2021&until=2023-12']) {
      const tab = await flows(window);
      const asked = await flows(`${ids(named)}&${window}&peopleLimit=0`);
      const tabs = tab.flows.filter((f) => named.includes(f.id)).map(numbers);
      expect(
        asked.flows.map(numbers).sort((a, b) => a.id.localeCompare(b.id)),
        window,
      ).toEqual(tabs.sort((a, b) => a.id.localeCompare(b.id)));
    }
    // As of 2022-12: Layla alone of Alpha → Beta (Sara's move has no date, Hana's is of 2023, the report of 2024);
    // of Alpha → Gamma, Rami's implied move of 2021 alone. The undated report of Beta → Gamma is in no window.
    const asOf2022 = await flows(`${ids(named)}&until=2022-12`);
    const byId = new Map(asOf2022.flows.map((f) => [f.id, numbers(f)]));
    expect(byId.get(ALPHA_BETA)).toMatchObject({
      count: 1,
      byCertainty: { stated: 1, implied: 0 },
      reports: 0,
    });
    expect(byId.get(ALPHA_GAMMA)).toMatchObject({ count: 1, byCertainty: { stated: 0, implied: 1 } });
    expect(byId.get(BETA_ALPHA)).toMatchObject({ count: 1 });
    expect(byId.has(BETA_GAMMA)).toBe(false);
    expect(byId.has(GAMMA_BETA)).toBe(false);
    // In 2024: Alpha → Beta by its report alone ("at least 5 since January 2024", overlapping the window), Gamma → Beta
    // by Omar's move; Beta → Alpha (2021) and Alpha → Gamma (2021, 2023) have nothing in it.
    const in2024 = await flows(`${ids(named)}&since=2024&until=2024-12`);
    expect(in2024.flows.map(numbers).sort((a, b) => a.id.localeCompare(b.id))).toMatchObject([
      { id: ALPHA_BETA, count: 0, reportedCount: 5, reportedQualifier: 'at least', reports: 1 },
      { id: GAMMA_BETA, count: 1 },
    ]);
  });

  it('counts a division’s flow in a window by its own moves', async () => {
    const body = await flows(`${ids([DELTA_BETA])}&since=2023&until=2023-12`);
    expect(body.flows.map(numbers)).toMatchObject([{ id: DELTA_BETA, count: 1, reports: 0 }]);
    expect((await flows(`${ids([DELTA_BETA])}&until=2022`)).flows).toEqual([]);
  });

  it('says what is wrong with the ids, naming query.ids: none, too many, one too long', async () => {
    const tooLong = `flow:${'x'.repeat(600)}`;
    const many = Array.from({ length: MAX_FLOW_IDS + 1 }, (_, i) => `flow:org:a${i}->org:b`);
    for (const [query, words] of [
      ['ids=', 'expected at least one flow id'],
      ['ids=,,', 'expected at least one flow id'],
      [ids(many), `expected at most ${MAX_FLOW_IDS} flow ids`],
      [ids([ALPHA_BETA, tooLong]), 'expected a flow id of at most'],
    ] as const) {
      const res = await request(app).get(`/api/flows?${query}`);
      expect(res.status, query.slice(0, 40)).toBe(400);
      expect(res.body.error.message).toContain('query.ids');
      expect(res.body.error.message).toContain(words);
    }
  });

  it('finds the named flows by id through the index, before reading any flow', async () => {
    const plan = await driver.executeQuery(
      `EXPLAIN ${FLOWS_BY_IDS}`,
      {
        ids: [ALPHA_BETA],
        org: null,
        out: true,
        in: true,
        divisions: false,
        since: null,
        until: '2022',
        min: 0,
        limit: 1,
        people: 0,
        peopleOffset: 0,
      },
      { database: testNeo4j().database },
    );
    const operators: string[] = [];
    const walk = (op: { operatorType: string; children: unknown[] }) => {
      operators.push(op.operatorType);
      for (const c of op.children) walk(c as typeof op);
    };
    walk(plan.summary.plan as unknown as { operatorType: string; children: unknown[] });
    // DirectedRelationshipUniqueIndexSeek: the id constraint's index (seed/queries/schema.ts).
    expect(operators.join(' ')).toMatch(/Relationship(Unique)?IndexSeek/);
    expect(operators.join(' ')).not.toMatch(/RelationshipTypeScan|AllRelationshipsScan|AllNodesScan/);
  });
});
