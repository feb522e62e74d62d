// GET /api/schema's cache against the run's real Neo4j: sampled properties are reused for a short time, but the
// counts are read every time, so a seed shows at once; browsers may keep the answer privately for as long.
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SchemaResponseSchema } from '../../../model/api-responses.js';
import { createDatabase, type Database } from '../../../server/db/database.js';
import { UNLABELED_COUNT } from '../../../server/queries/schema.js';
import { createSchemaRepository } from '../../../server/repositories/schema-repository.js';
import { createTalentFactsRepository } from '../../../server/repositories/talent-facts-repository.js';
import { createSchemaService, DEFAULT_SCHEMA_CACHE_MS } from '../../../server/services/schema-service.js';
import { createTalentFactsService } from '../../../server/services/talent-facts-service.js';
import { createTestApp } from '../../support/api.js';
import { createTestDriver, resetDatabase, testNeo4j } from '../../support/neo4j.js';

describe('the schema cache', () => {
  let driver: Driver;
  const write = (q: string) => driver.executeQuery(q, {}, { database: testNeo4j().database });

  beforeAll(async () => {
    driver = createTestDriver();
    await resetDatabase(driver);
    await write(
      "CREATE (:Person {id: 'person:a', name: 'A'})-[:WORKED_AT {id: 'fact:a'}]->(:Organization {id: 'org:a'})",
    );
  });
  afterAll(async () => {
    await driver.close();
  });

  it('lets the browser keep the answer privately for the cache time, and shows a seed at once', async () => {
    const { app } = createTestApp(driver);
    const first = await request(app).get('/api/schema');
    expect(first.status).toBe(200);
    expect(first.headers['cache-control']).toBe(`private, max-age=${DEFAULT_SCHEMA_CACHE_MS / 1000}`);
    const people = (body: unknown) =>
      SchemaResponseSchema.parse(body).labels.find((l) => l.label === 'Person')?.count;
    expect(people(first.body)).toBe(1);
    await write("CREATE (:Person {id: 'person:b', name: 'B', nameAr: 'ب'})");
    const second = await request(app).get('/api/schema');
    expect(people(second.body)).toBe(2);
  });

  it('samples properties once per cache time while nothing changes, and again after a change or expiry', async () => {
    let clock = 0;
    const db = createDatabase(driver, testNeo4j().database, 10_000);
    const limits = { queryTimeoutMs: 10_000, dbTimeoutMs: 10_000 };
    const facts = createTalentFactsService(createTalentFactsRepository(db));
    const service = createSchemaService(createSchemaRepository(db, limits), facts, {
      cacheMs: 1_000,
      now: () => clock,
    });
    const first = await service.schema();
    const again = await service.schema();
    expect(again).toEqual(first);
    expect(service.stats()).toEqual({ sampled: 1, cached: 1 });
    await write("CREATE (:Source {id: 'source:new', title: 'New'})");
    const changed = await service.schema();
    expect(changed.labels.map((l) => l.label)).toContain('Source');
    expect(service.stats()).toEqual({ sampled: 2, cached: 1 });
    clock = 1_000;
    await service.schema();
    expect(service.stats()).toEqual({ sampled: 3, cached: 1 });
  });

  it('counts the nodes without a label again only when the node count or a label count changes', async () => {
    let clock = 0;
    // The run's database, each UNLABELED_COUNT it runs counted (a scan of every node: no count store holds them).
    const real = createDatabase(driver, testNeo4j().database, 10_000);
    let scans = 0;
    const db: Database = {
      driver: real.driver,
      name: real.name,
      bookmarkManager: real.bookmarkManager,
      write: (work, opts) => real.write(work, opts),
      read: (work, opts) =>
        real.read(
          (tx, ctl) =>
            work(
              Object.assign(Object.create(tx) as typeof tx, {
                run: (q: string, params?: Record<string, unknown>) => {
                  if (q === UNLABELED_COUNT) scans += 1;
                  return tx.run(q, params);
                },
              }),
              ctl,
            ),
          opts,
        ),
    };
    const limits = { queryTimeoutMs: 10_000, dbTimeoutMs: 10_000 };
    const facts = createTalentFactsService(createTalentFactsRepository(db));
    const service = createSchemaService(createSchemaRepository(db, limits), facts, {
      cacheMs: 1_000,
      now: () => clock,
    });
    const unlabeled = (s: Awaited<ReturnType<typeof service.schema>>) =>
      s.labels.find((l) => l.label === null)?.count ?? 0;
    expect(unlabeled(await service.schema())).toBe(0);
    expect(scans).toBe(1);
    // The cache time passes with nothing changed: the properties are sampled again, the nodes are not scanned again.
    clock = 1_000;
    await service.schema();
    clock = 2_000;
    await service.schema();
    expect(service.stats().sampled).toBe(3);
    expect(scans).toBe(1);
    // A node without a label changes the node count: counted again, and listed.
    await write('CREATE ({note: "no label"})');
    expect(unlabeled(await service.schema())).toBe(1);
    expect(scans).toBe(2);
    clock = 3_000;
    expect(unlabeled(await service.schema())).toBe(1);
    expect(scans).toBe(2);
    // A node whose only label is one of our internal ones (left out of the counts shown) losing it: counted again.
    await write('CREATE (:TalentFlowDerivation {note: "internal, then none"})');
    clock = 4_000;
    expect(unlabeled(await service.schema())).toBe(1);
    await write('MATCH (n:TalentFlowDerivation {note: "internal, then none"}) REMOVE n:TalentFlowDerivation');
    clock = 5_000;
    expect(unlabeled(await service.schema())).toBe(2);
    await write('MATCH (n) WHERE size(labels(n)) = 0 DELETE n');
  });
});
