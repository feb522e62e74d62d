// GET /api/health against the run's real Neo4j: status, engine version and graph size.
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../server/app.js';
import { readConfig } from '../../../server/config.js';
import { createLogger } from '../../../server/logger.js';
import { createTestDriver, resetDatabase, testNeo4j } from '../../support/neo4j.js';

describe('GET /api/health', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = createTestDriver();
    await resetDatabase(driver);
    await driver.executeQuery(
      "CREATE (:Person {id: 'person:health-a'})-[:WORKED_AT {id: 'fact:health'}]->(:Organization {id: 'org:health-b'})",
    );
  });
  afterAll(async () => {
    await resetDatabase(driver);
    await driver.close();
  });

  it('answers 200 with the Neo4j version, edition and graph counts', async () => {
    const config = readConfig({ NEO4J_URI: testNeo4j().uri, NEO4J_PASSWORD: testNeo4j().password });
    const { app } = createApp({ config, driver, neo4jUri: testNeo4j().uri, logger: createLogger('silent') });
    const res = await request(app).get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.neo4j.uri).toBe(testNeo4j().uri);
    expect(res.body.neo4j.version).toMatch(/^5\.26\./);
    expect(res.body.neo4j.edition).toBe('community');
    expect(res.body.graph).toEqual({ nodes: 2, relationships: 1 });
    // Outside a cluster (WEB_CONCURRENCY unset) the answering process is the one worker.
    expect(res.body.pid).toBe(process.pid);
    expect(res.body.workers).toEqual({ count: 1, pids: [process.pid] });
    expect(res.headers['x-request-id']).toMatch(/.+/);
    // Every API answer says how long the server took (browsers show it beside the network's time).
    expect(res.headers['server-timing']).toMatch(/^app;dur=\d+\.\d$/);
  });
});
