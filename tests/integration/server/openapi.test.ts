// GET /api/openapi.json: a valid OpenAPI 3.1 document that lists exactly the routes Express serves.
import { Validator } from '@seriousme/openapi-schema-validator';
import type { Express } from 'express';
import type { Driver } from 'neo4j-driver';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../support/api.js';
import { createTestDriver } from '../../support/neo4j.js';

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
  name?: string;
}

/** Every "METHOD /path" registered under the API router (its routes, and any router mounted at its root). */
function expressRoutes(app: Express): string[] {
  const found: string[] = [];
  const walk = (stack: Layer[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const [method, on] of Object.entries(layer.route.methods))
          if (on && method !== '_all') found.push(`${method.toUpperCase()} ${prefix}${layer.route.path}`);
      } else if (layer.handle?.stack) {
        walk(layer.handle.stack, prefix);
      }
    }
  };
  const root = (app as unknown as { router: { stack: Layer[] } }).router.stack;
  // The API router is the one mounted at /api; its routes are relative to it.
  for (const layer of root) {
    if (layer.name === 'router' && layer.handle?.stack) walk(layer.handle.stack, '/api');
  }
  return found.sort();
}

describe('GET /api/openapi.json', () => {
  let driver: Driver;
  let app: Express;
  let doc: { openapi: string; paths: Record<string, Record<string, unknown>> };

  beforeAll(async () => {
    driver = createTestDriver();
    ({ app } = createTestApp(driver));
    const res = await request(app).get('/api/openapi.json');
    expect(res.status).toBe(200);
    doc = res.body;
  });
  afterAll(async () => {
    await driver.close();
  });

  it('is a valid OpenAPI 3.1 document', async () => {
    expect(doc.openapi).toBe('3.1.0');
    const result = await new Validator().validate(doc as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('is checked by a validator that does reject a broken document', async () => {
    const broken = structuredClone(doc) as Record<string, unknown>;
    (broken.paths as Record<string, unknown>)['/api/search'] = { get: { responses: 'none' } };
    expect((await new Validator().validate(broken as never)).valid).toBe(false);
  });

  it('documents exactly the routes Express serves, both ways', () => {
    const documented = Object.entries(doc.paths)
      .flatMap(([p, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`),
      )
      .sort();
    const served = expressRoutes(app);
    expect(served.length).toBeGreaterThan(5);
    expect(served).toEqual(documented);
  });

  it('names every query parameter each route accepts: an undocumented one is refused', async () => {
    const search = doc.paths['/api/search']!.get as { parameters: { name: string; in: string }[] };
    const named = (where: string) =>
      search.parameters
        .filter((p) => p.in === where)
        .map((p) => p.name)
        .sort();
    expect(named('query')).toEqual(['labels', 'limit', 'q']);
    // Bookmarks of a write come in a header, on every read endpoint.
    expect(named('header')).toEqual(['Neo4j-Bookmarks']);
    const res = await request(app).get('/api/search?q=musk&undocumented=1');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('query.undocumented');
  });

  it('documents both plain formats of POST /api/cypher and the request field that chooses between them', () => {
    const components = (
      doc as unknown as { components: { schemas: Record<string, Record<string, unknown>> } }
    ).components.schemas;
    const answer = JSON.stringify(components.postCypherResponse);
    expect(answer).toContain('#/components/schemas/CypherRefsResponse');
    expect(answer).toContain('#/components/schemas/CypherFullResponse');
    const refs = components.CypherRefsResponse as { properties: Record<string, { const?: unknown }> };
    expect(refs.properties.format!.const).toBe(2);
    expect(Object.keys(refs.properties)).toContain('omitted');
    const body = components.postCypherBody as { properties: Record<string, { enum?: string[] }> };
    expect(body.properties.rows!.enum).toEqual(['full', 'refs']);
  });
});
