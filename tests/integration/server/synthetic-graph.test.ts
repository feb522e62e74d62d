// The read endpoints on a (scaled-down) synthetic market from seed/synthetic.ts: supernodes, many flows and
// stints. Every answer must match its documented schema and respect its bounds (limits, guards, caps).
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FlowsResponseSchema,
  NeighborsResponseSchema,
  NodeResponseSchema,
  SchemaResponseSchema,
  TimelineResponseSchema,
} from '../../../model/api-responses.js';
import { seedSynthetic } from '../../../seed/synthetic.js';
import { createTestApp } from '../../support/api.js';
import { createTestDriver, readRows, resetDatabase, testNeo4j } from '../../support/neo4j.js';

const PEOPLE = 5_000;
const SEED_CEILING_MS = 600_000;

describe('read endpoints on a synthetic market', () => {
  let driver: Driver;
  let app: ReturnType<typeof createTestApp>['app'];
  let hub: string;
  const get = (url: string) => request(app).get(url);

  beforeAll(async () => {
    driver = createTestDriver();
    await resetDatabase(driver);
    await seedSynthetic(driver, { people: PEOPLE, database: testNeo4j().database });
    ({ app } = createTestApp(driver));
    const [row] = await readRows(
      driver,
      'MATCH (o:Organization) RETURN o.id AS id ORDER BY COUNT { (o)--() } DESC LIMIT 1',
    );
    hub = row!.id as string;
    // A ceiling, not a budget: seeding and deriving 5,000 people takes ~35 s alone, and over 180 s (the project's
    // hook ceiling) on a slow 2-core machine with the own-process JVMs of the processes project beside it.
  }, SEED_CEILING_MS);
  afterAll(async () => {
    await resetDatabase(driver);
    await driver.close();
  });

  it('guards a supernode: at most limit neighbours, the most connected first, and the count of the rest', async () => {
    const res = await get(`/api/nodes/${hub}/neighbors?limit=50`);
    expect(res.status).toBe(200);
    const body = NeighborsResponseSchema.parse(res.body);
    expect(body.returned).toBe(50);
    expect(body.total).toBeGreaterThan(50);
    expect(body.more).toBe(body.total - 50);
    const degrees = body.graph.nodes.filter((n) => n.id !== hub).map((n) => body.degrees[n.id]!);
    expect(Math.min(...degrees)).toBeGreaterThanOrEqual(0);
    const [{ maxOther }] = (await readRows(
      driver,
      'MATCH (h {id: $hub})--(m) WITH DISTINCT m RETURN max(COUNT { (m)--() }) AS maxOther',
      { hub },
    )) as [{ maxOther: unknown }];
    expect(Math.max(...degrees)).toBe(Number(maxOther));
  });

  it('caps the facts of a supernode and says it did', async () => {
    const res = await get(`/api/nodes/${hub}`);
    expect(res.status).toBe(200);
    const body = NodeResponseSchema.parse(res.body);
    expect(body.facts.length).toBeLessThanOrEqual(2_000);
    expect(body.truncated).toBe(body.factCount > body.facts.length);
  });

  it('pages the talent flows, largest first', async () => {
    const res = await get('/api/flows?limit=20');
    expect(res.status).toBe(200);
    const body = FlowsResponseSchema.parse(res.body);
    expect(body.flows.length).toBeLessThanOrEqual(20);
    expect(body.total).toBeGreaterThan(20);
    const sizes = body.flows.map((f) => f.atLeast);
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
    for (const f of body.flows) expect(f.people.length).toBeLessThanOrEqual(100);
    const windowed = await get('/api/flows?since=2020&until=2021&limit=20');
    expect(windowed.status).toBe(200);
    for (const f of FlowsResponseSchema.parse(windowed.body).flows) {
      for (const p of f.people) expect(p.when! >= '2020' && p.when!.slice(0, 4) <= '2021').toBe(true);
    }
  });

  it('cuts the timeline at its limit, in date order, and reads on from where it stopped with no item twice', async () => {
    const res = await get('/api/timeline?limit=500');
    const body = TimelineResponseSchema.parse(res.body);
    // At most the limit: a move the cut would tell in halves is left out whole, for the next part.
    expect(body.items.length).toBeGreaterThan(400);
    expect(body.items.length).toBeLessThanOrEqual(500);
    expect(body.truncated).toBe(true);
    const dates = body.items.map((i) => i.date);
    expect([...dates].sort()).toEqual(dates);
    expect(body.nextAfter).not.toBeNull();
    const next = TimelineResponseSchema.parse(
      (await get(`/api/timeline?limit=500&after=${encodeURIComponent(body.nextAfter!)}`)).body,
    );
    expect(next.items.length).toBeGreaterThan(0);
    const seen = new Set(body.items.map((i) => `${i.kind} ${i.id}`));
    expect(next.items.filter((i) => seen.has(`${i.kind} ${i.id}`))).toEqual([]);
    expect(next.items[0]!.date >= dates[dates.length - 1]!).toBe(true);
  });

  it('reads every row of its busiest month, which holds more rows than an answer, part after part', async () => {
    // Each row of the month, as the answers tell it: an event by its id, a stint's start or end by the fact's id.
    const [busiest] = await readRows(
      driver,
      `CALL () {
         MATCH (e:Event) RETURN toString(coalesce(e.date, e.since)) AS date, 'event ' + e.id AS row
         UNION ALL MATCH ()-[s:WORKED_AT]->() WHERE s.start IS NOT NULL RETURN toString(s.start) AS date, 'stint-start ' + s.id AS row
         UNION ALL MATCH ()-[s:WORKED_AT]->() WHERE s.end IS NOT NULL RETURN toString(s.end) AS date, 'stint-end ' + s.id AS row
       }
       WITH date, collect(row) AS rows WHERE date IS NOT NULL
       RETURN date, rows ORDER BY size(rows) DESC LIMIT 1`,
    );
    const { date, rows } = busiest as { date: string; rows: string[] };
    const limit = 40;
    expect(rows.length).toBeGreaterThan(2 * limit);
    const read: string[] = [];
    let after: string | null = null;
    // A ceiling, never reached when each part reads on (every part holds at least one row).
    for (let part = 0; part <= rows.length; part++) {
      const res = await get(
        `/api/timeline?from=${date}&to=${date}&limit=${limit}${after ? `&after=${encodeURIComponent(after)}` : ''}`,
      );
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const body = TimelineResponseSchema.parse(res.body);
      for (const i of body.items)
        read.push(...(i.kind === 'event' ? [`event ${i.id}`] : i.stints.map((s) => `${i.kind} ${s}`)));
      if (!body.truncated) break;
      after = body.nextAfter;
      expect(after).not.toBeNull();
    }
    expect(read.sort()).toEqual([...rows].sort());
  });

  it('describes the schema with counts from the database', async () => {
    const body = SchemaResponseSchema.parse((await get('/api/schema')).body);
    expect(body.labels.find((l) => l.label === 'Person')?.count).toBeGreaterThanOrEqual(PEOPLE);
    expect(body.relationshipTypes.find((t) => t.type === 'WORKED_AT')?.count).toBeGreaterThan(PEOPLE);
  });

  it('searches the synthetic names', async () => {
    const [{ name }] = (await readRows(
      driver,
      'MATCH (p:Person) WHERE p.id STARTS WITH "person:syn" RETURN p.name AS name LIMIT 1',
    )) as [{ name: string }];
    const res = await get(`/api/search?q=${encodeURIComponent(name)}&labels=Person`);
    expect(res.status).toBe(200);
    expect(res.body.results.some((r: { name: string }) => r.name === name)).toBe(true);
  });
});
