import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recomputeTalentFlows, resetGraph, seedFiles } from '../../../seed/index.js';
import { createTestDriver, readRows, testNeo4j } from '../../support/neo4j.js';

// Hand-made fictional careers whose flows are worked out in tests/fixtures/seed/flows/README.md.
const FIXTURE = path.resolve('tests/fixtures/seed/flows/fixture-moves.facts.yaml');

let driver: Driver;

interface Flow {
  id: string;
  from: string;
  to: string;
  count: number;
  people: string[];
  reported: number | null;
  qualifier: string | null;
  since: string | null;
  until: string | null;
  factIds: string[];
}

async function flows(): Promise<Flow[]> {
  const rows = await readRows(
    driver,
    `MATCH (a:Organization)-[f:TALENT_FLOW]->(b:Organization)
     RETURN f.id AS id, a.id AS from, b.id AS to, toInteger(f.count) AS count, f.people AS people,
            f.reportedCount AS reported, f.reportedQualifier AS qualifier, f.since AS since, f.until AS until, f.factIds AS factIds
     ORDER BY from, to`,
  );
  return rows.map((r) => ({
    ...(r as unknown as Flow),
    count: Number(r.count),
    reported: r.reported === null ? null : Number(r.reported),
    people: [...(r.people as string[])].sort(),
  }));
}

beforeAll(async () => {
  driver = createTestDriver();
  await resetGraph(driver, { database: testNeo4j().database });
  await seedFiles(driver, [FIXTURE], { database: testNeo4j().database });
});
afterAll(async () => driver.close());

describe('talent flows', () => {
  it('derives one flow per pair of organisations that people moved between, and no others', async () => {
    const f = await flows();
    expect(f.map((x) => `${x.from}->${x.to}`)).toEqual([
      'org:alpha-labs->org:beta-ai',
      'org:alpha-labs->org:gamma-corp',
      'org:beta-ai->org:alpha-labs',
      'org:gamma-corp->org:beta-ai',
    ]);
  });

  it('counts named movers, including an undated departure followed by a current stint', async () => {
    const [alphaBeta] = await flows();
    expect(alphaBeta).toMatchObject({
      id: 'flow:org:alpha-labs->org:beta-ai',
      count: 2,
      people: ['person:layla-haddad', 'person:sara-kim'],
      since: '2022-05',
      until: '2022-06',
    });
    expect([...(alphaBeta!.factIds as string[])].sort()).toEqual([
      'fact:layla-alpha',
      'fact:layla-beta',
      'fact:sara-alpha',
      'fact:sara-beta',
    ]);
  });

  it('adds the unnamed count a source states, with its qualifier', async () => {
    const [alphaBeta] = await flows();
    expect(alphaBeta).toMatchObject({ reported: 5, qualifier: 'at least' });
  });

  it('links each stint only to the next one, not to later stints', async () => {
    const f = await flows();
    const omar = f
      .filter((x) => (x.people as string[]).includes('person:omar-nasser'))
      .map((x) => `${x.from}->${x.to}`);
    expect(omar).toEqual(['org:alpha-labs->org:gamma-corp', 'org:gamma-corp->org:beta-ai']);
  });

  it('counts no move between two ended stints whose order is unknown', async () => {
    const f = await flows();
    expect(f.some((x) => (x.people as string[]).includes('person:mona-saleh'))).toBe(false);
  });

  it('rebuilds the same flows when recomputed', async () => {
    const before = await flows();
    await recomputeTalentFlows(driver, { database: testNeo4j().database });
    expect(await flows()).toEqual(before);
  });
});
