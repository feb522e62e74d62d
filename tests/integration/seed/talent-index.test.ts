// The stored talent index (seed/talent-index.ts) against the live computation it replaces: on the two fictional
// fixtures behind tests/integration/server/talent.test.ts (dated and undated moves, divisions, implied facts,
// reports), every count GET /api/orgs/:id/talent gives from the index must equal the count it gives live.
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TalentResponseSchema, type TalentResponse } from '../../../model/api-responses.js';
import { encodeTalentIndex, TALENT_INDEX_LABEL } from '../../../model/talent-index.js';
import {
  countOutdatedTalentIndexes,
  ensureSchema,
  rebuildTalentIndex,
  recomputeTalentFlows,
  seedFiles,
} from '../../../seed/index.js';
import { createTestApp } from '../../support/api.js';
import { createTestDriver, readRows, resetDatabase, testNeo4j } from '../../support/neo4j.js';

const FILES = [
  path.resolve('tests/fixtures/seed/flows/fixture-moves.facts.yaml'),
  path.resolve('tests/fixtures/seed/talent/fixture-talent.facts.yaml'),
];
const database = testNeo4j().database;
const QUERIES = [
  '?detail=counts',
  '?detail=counts&divisions=true',
  '?detail=counts&interval=quarter&from=2021&to=2024',
  '?detail=counts&interval=month&from=2023-01&to=2023-12',
  '?detail=counts&compare=org:beta-ai',
];

const driver = createTestDriver();
let app: ReturnType<typeof createTestApp>['app'];
let orgs: string[] = [];

beforeAll(async () => {
  await resetDatabase(driver);
  await ensureSchema(driver, { database });
  await seedFiles(driver, FILES, { database });
  app = createTestApp(driver).app;
  orgs = (await readRows(driver, 'MATCH (o:Organization) RETURN o.id AS id ORDER BY id')).map(
    (r) => r.id as string,
  );
});
afterAll(async () => driver.close());

async function talent(url: string): Promise<TalentResponse> {
  const res = await request(app).get(url);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return TalentResponseSchema.parse(res.body);
}

async function write(query: string, params: Record<string, unknown> = {}): Promise<void> {
  await driver.executeQuery(query, params, { database, routing: 'WRITE' });
}

async function indexes(): Promise<{ org: string; divisions: boolean; moves: number }[]> {
  return (await readRows(
    driver,
    `MATCH (i:${TALENT_INDEX_LABEL}) RETURN i.org AS org, i.divisions AS divisions, toInteger(i.moves) AS moves
     ORDER BY org, divisions`,
  )) as { org: string; divisions: boolean; moves: number }[];
}

/** Every answer of every organisation for every query, in one order. */
async function everyAnswer(): Promise<Record<string, TalentResponse>> {
  const out: Record<string, TalentResponse> = {};
  for (const org of orgs)
    for (const q of QUERIES)
      if (!q.includes(`compare=${org}`)) out[`${org}${q}`] = await talent(`/api/orgs/${org}/talent${q}`);
  return out;
}

describe('the talent index', () => {
  it('stores nothing for the fixtures’ small organisations by default (they are read live)', async () => {
    expect(await indexes()).toEqual([]);
  });

  it('gives exactly the live counts, ranks and citations for every organisation, view and interval', async () => {
    const live = await everyAnswer();
    expect(await rebuildTalentIndex(driver, { database, minStints: 0 })).toBeGreaterThan(orgs.length);
    const stored = await indexes();
    expect(stored.map((i) => i.org)).toEqual(expect.arrayContaining(orgs));
    expect(stored.some((i) => i.moves > 0)).toBe(true);
    const fromIndex = await everyAnswer();
    expect(Object.keys(fromIndex)).toEqual(Object.keys(live));
    for (const key of Object.keys(live)) expect({ key, ...fromIndex[key] }).toEqual({ key, ...live[key] });
  });

  it('lists the people behind any bar, row or band with their facts and quotes, from the index as live', async () => {
    const match = (f: URLSearchParams) => (m: TalentResponse['moves'][number]) =>
      (!f.get('kind') || m.kind === f.get('kind')) &&
      (!f.get('period') || m.period === f.get('period')) &&
      (!f.get('placement') || m.placement === f.get('placement')) &&
      (!f.get('certainty') || m.certainty === f.get('certainty')) &&
      (!f.get('counterpart') ||
        (m.placement !== 'outside' && m.counterparts.some((c) => c.org.id === f.get('counterpart'))));
    const drill = async (org: string) => {
      // Every move, read live with its facts (no filter), and the filters of every bar, row and band it falls in.
      const all = await talent(`/api/orgs/${org}/talent`);
      const filters = new Set<string>();
      for (const m of all.moves) {
        filters.add(`kind=${m.kind}`);
        filters.add(`placement=${m.placement}`);
        if (m.period) filters.add(`kind=${m.kind}&period=${m.period}&certainty=${m.certainty}`);
        for (const c of m.counterparts) filters.add(`kind=${m.kind}&counterpart=${c.org.id}`);
      }
      let listed = 0;
      for (const f of filters) {
        const got = await talent(`/api/orgs/${org}/talent?${f}`);
        const want = all.moves.filter(match(new URLSearchParams(f)));
        expect({ org, f, moves: got.moves }).toEqual({ org, f, moves: want });
        expect(got.periods).toEqual(all.periods);
        listed += got.moves.length;
      }
      return listed;
    };
    await rebuildTalentIndex(driver, { database, minStints: 0 });
    let listed = 0;
    // Organisations with divisions, implied facts, undated and imprecise moves, reports and counterparts between them.
    for (const org of [
      'org:alpha-labs',
      'org:beta-ai',
      'org:delta-research',
      'org:omega-group',
      'org:omega-vision',
    ])
      listed += await drill(org);
    expect(listed).toBeGreaterThan(0);
    // Without an index the same filters are applied to the moves read live.
    await write(`MATCH (i:${TALENT_INDEX_LABEL}) DETACH DELETE i`);
    for (const org of ['org:alpha-labs', 'org:omega-group']) await drill(org);
  });

  it('answers 400 naming the filter for a malformed one', async () => {
    for (const [q, param] of [
      ['kind=move', 'kind'],
      ['period=2024-13', 'period'],
      ['placement=later', 'placement'],
      ['certainty=likely', 'certainty'],
    ] as const) {
      const res = await request(app).get(`/api/orgs/org:alpha-labs/talent?${q}`);
      expect(res.status, q).toBe(400);
      expect(JSON.stringify(res.body.error), q).toContain(param);
    }
  });

  it('is what the endpoint reads: an emptied index gives zeros, an unreadable one is ignored, each at its new build', async () => {
    await rebuildTalentIndex(driver, { database, minStints: 0 });
    const live = await talent('/api/orgs/org:alpha-labs/talent?detail=counts&from=2020&to=2024');
    expect(live.periods.some((p) => p.hires.named.stated > 0)).toBe(true);
    await write(
      `MATCH (i:${TALENT_INDEX_LABEL} {org: 'org:alpha-labs', divisions: false}) SET i.events = $events, i.build = 'tampered-1'`,
      {
        events: encodeTalentIndex({ moves: [], cited: [] }),
      },
    );
    const emptied = await talent('/api/orgs/org:alpha-labs/talent?detail=counts&from=2020&to=2024');
    expect(emptied.periods.every((p) => p.hires.named.stated + p.departures.named.stated === 0)).toBe(true);
    // The moves a click asks for are always read live, with their facts and quotes.
    const withMoves = await talent('/api/orgs/org:alpha-labs/talent?from=2020&to=2024');
    expect(withMoves.periods).toEqual(live.periods);
    await write(
      `MATCH (i:${TALENT_INDEX_LABEL} {org: 'org:alpha-labs', divisions: false}) SET i.events = 'not an index', i.build = 'tampered-2'`,
    );
    expect(await talent('/api/orgs/org:alpha-labs/talent?detail=counts&from=2020&to=2024')).toEqual(live);
  });

  it('is skipped when an older version stored it (another format): read live, its text not read, counted at start-up', async () => {
    await rebuildTalentIndex(driver, { database, minStints: 0 });
    expect(await countOutdatedTalentIndexes(driver, database)).toBe(0);
    const live = await talent('/api/orgs/org:alpha-labs/talent?detail=counts&from=2020&to=2024');
    // An index written before the format was stored, holding no moves: were it read, the counts would be zeros.
    await write(
      `MATCH (i:${TALENT_INDEX_LABEL} {org: 'org:alpha-labs', divisions: false})
       SET i.events = $events, i.build = 'older-version' REMOVE i.format`,
      { events: encodeTalentIndex({ moves: [], cited: [] }) },
    );
    expect(await countOutdatedTalentIndexes(driver, database)).toBe(1);
    expect(await talent('/api/orgs/org:alpha-labs/talent?detail=counts&from=2020&to=2024')).toEqual(live);
    await rebuildTalentIndex(driver, { database, minStints: 0 });
    expect(await countOutdatedTalentIndexes(driver, database)).toBe(0);
  });

  it('is rewritten with the flows: a recompute drops the indexes of organisations no longer large', async () => {
    await rebuildTalentIndex(driver, { database, minStints: 0 });
    expect((await indexes()).length).toBeGreaterThan(0);
    await recomputeTalentFlows(driver, { database });
    expect(await indexes()).toEqual([]);
  });

  it('is left out of the schema and of the overview, as are the flows a recompute stages', async () => {
    await rebuildTalentIndex(driver, { database, minStints: 0 });
    // A build in progress (or one that died, until the next recompute clears it) leaves staged flows behind.
    await write(`MATCH (a:Organization {id: 'org:alpha-labs'}), (b:Organization {id: 'org:beta-ai'})
      CREATE (a)-[:TALENT_FLOW_STAGED {build: 'test', stagedAt: 0}]->(b)`);
    try {
      const schema = await request(app).get('/api/schema');
      expect(schema.status).toBe(200);
      expect(JSON.stringify(schema.body.labels)).not.toContain(TALENT_INDEX_LABEL);
      expect(JSON.stringify(schema.body.relationshipTypes)).toContain('TALENT_FLOW');
      expect(JSON.stringify(schema.body.relationshipTypes)).not.toContain('TALENT_FLOW_STAGED');
      const overview = await request(app).post('/api/views/overview').send({});
      expect(overview.status, JSON.stringify(overview.body)).toBe(200);
      expect(JSON.stringify(overview.body.graph.nodes)).not.toContain(TALENT_INDEX_LABEL);
      expect(overview.body.graph.nodes.length).toBeGreaterThan(0);
    } finally {
      await write('MATCH ()-[s:TALENT_FLOW_STAGED]->() DELETE s');
    }
  });
});
