// A flow's reported part is as sure as the report whose number it shows: over the fictional fixture of
// tests/fixtures/seed/flows (a stated report of others leaving Beta AI for Gamma Corp, with no number), reports
// written by hand for this test — an implied "at least 10" of the same flow, then a stated 10 beside it. The derived
// flow (the seed), GET /api/flows all time and in a window, and its graph edge must all say the same.
import path from 'node:path';
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FlowsResponseSchema } from '../../../model/api-responses.js';
import { recomputeTalentFlows, seedFiles } from '../../../seed/index.js';
import { openSeededApp } from '../../support/api.js';
import { addHandMadeReport } from '../../support/hand-made-report.js';
import { readRows, testNeo4j } from '../../support/neo4j.js';

const FIXTURE = path.resolve('tests/fixtures/seed/flows/fixture-moves.facts.yaml');
const FLOW = 'flow:org:beta-ai->org:gamma-corp';

describe('the reported part of a flow', () => {
  let driver: Driver;
  let app: Awaited<ReturnType<typeof openSeededApp>>['app'];
  beforeAll(async () => {
    ({ driver, app } = await openSeededApp((d, database) => seedFiles(d, [FIXTURE], { database })));
  });
  afterAll(async () => driver?.close());

  /** The flow's reported number and how sure it is: as stored, and as the API answers all time and in 2024. */
  async function reportedPart() {
    const [stored] = await readRows(
      driver,
      `MATCH ()-[f:TALENT_FLOW {id: $id}]->() RETURN toInteger(f.reportedCount) AS count, f.eventIds AS events`,
      { id: FLOW },
    );
    const answer = async (url: string) => {
      const res = await request(app).get(url);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const body = FlowsResponseSchema.parse(res.body);
      const flow = body.flows.find((f) => f.id === FLOW)!;
      const edge = body.graph.edges.find((e) => e.id === FLOW)!;
      return [flow.reportedCount, edge.properties.reportCertainty];
    };
    return {
      stored: [Number(stored!.count), (stored!.events as string[])[0]],
      allTime: await answer('/api/flows?org=org:beta-ai'),
      in2024: await answer('/api/flows?org=org:beta-ai&since=2024&until=2024-12'),
    };
  }

  it('is implied when its number comes from an implied report, though a stated report without a number is behind it', async () => {
    await addHandMadeReport(driver, 'event:hand-implied-10', 10, 'implied');
    await recomputeTalentFlows(driver, { database: testNeo4j().database });
    expect(await reportedPart()).toEqual({
      stored: [10, 'event:hand-implied-10'],
      allTime: [10, 'implied'],
      in2024: [10, 'implied'],
    });
  });

  it('is stated when a stated report gives as large a number as the implied one', async () => {
    await addHandMadeReport(driver, 'event:hand-stated-10', 10, 'stated');
    await recomputeTalentFlows(driver, { database: testNeo4j().database });
    expect(await reportedPart()).toEqual({
      stored: [10, 'event:hand-stated-10'],
      allTime: [10, 'stated'],
      in2024: [10, 'stated'],
    });
  });
});
