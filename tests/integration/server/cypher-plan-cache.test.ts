// The plan guard's verdict cache against the run's real Neo4j: a repeated query skips the EXPLAIN, whatever its
// parameters, while refused plans and writes stay refused on every attempt.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../../server/db/database.js';
import { AppError } from '../../../server/errors.js';
import { createCypherRepository } from '../../../server/repositories/cypher-repository.js';
import { createCypherService } from '../../../server/services/cypher-service.js';
import { createTestDriver, readRows, resetDatabase, testNeo4j } from '../../support/neo4j.js';

describe('the Cypher plan guard’s verdict cache', () => {
  let driver: Driver;
  let service: ReturnType<typeof createCypherService>;

  const failure = async (query: string) => {
    try {
      await service.run({ query, mode: 'read' }, undefined);
    } catch (err) {
      return err as AppError;
    }
    throw new Error(`expected ${query} to be refused`);
  };

  beforeAll(async () => {
    driver = createTestDriver();
    await resetDatabase(driver);
    await driver.executeQuery(
      "CREATE (:Person {id: 'person:a', name: 'A'}), (:Person {id: 'person:b', name: 'B'})",
      {},
      { database: testNeo4j().database },
    );
    const db = createDatabase(driver, testNeo4j().database, 10_000);
    service = createCypherService(createCypherRepository(db), {
      queryTimeoutMs: 10_000,
      rowCap: 1_000,
      dbTimeoutMs: 10_000,
      allowWriteToken: undefined,
    });
  });
  afterAll(async () => {
    await driver.close();
  });

  it('EXPLAINs a query once, then runs it again without EXPLAIN, with other parameters, to the same answer', async () => {
    const query = 'MATCH (p:Person) WHERE p.id IN $ids RETURN p.name AS name ORDER BY name';
    const before = service.stats();
    const first = await service.run({ query, mode: 'read', params: { ids: ['person:a'] } }, undefined);
    expect(service.stats().explained).toBe(before.explained + 1);
    const second = await service.run(
      { query, mode: 'read', params: { ids: ['person:a', 'person:b'] } },
      undefined,
    );
    const third = await service.run({ query, mode: 'read', params: { ids: ['person:a'] } }, undefined);
    expect(service.stats()).toMatchObject({ explained: before.explained + 1, cached: before.cached + 2 });
    expect(first.rows).toEqual([{ name: 'A' }]);
    expect(second.rows).toEqual([{ name: 'A' }, { name: 'B' }]);
    expect(third).toEqual({ ...first, summary: third.summary });
  });

  it('refuses a refused plan again with the same error, without asking the database', async () => {
    const query = "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row";
    const first = await failure(query);
    const explained = service.stats().explained;
    const second = await failure(query);
    expect(first).toBeInstanceOf(AppError);
    expect(second).toMatchObject({ code: first.code, status: first.status, message: first.message });
    expect(second.details).toEqual(first.details);
    expect(first.code).toBe('READ_ONLY');
    expect(service.stats().explained).toBe(explained);
  });

  it('still refuses a write on the second attempt: the READ transaction is the write guard', async () => {
    const query = "CREATE (:Person {id: 'person:intruder'})";
    const first = await failure(query);
    const cached = service.stats().cached;
    const second = await failure(query);
    expect(first.code).toBe('READ_ONLY');
    expect(second.code).toBe('READ_ONLY');
    expect(service.stats().cached).toBe(cached + 1);
    expect(await readRows(driver, "MATCH (p:Person {id: 'person:intruder'}) RETURN p")).toEqual([]);
  });
});
