// Every endpoint's real answer (real Neo4j, the article's seeded graph) holds exactly what its schema in model/
// says: nothing missing or of another type (the schema's parse fails) and nothing undocumented (the parsed answer,
// which drops keys the schema does not name, equals the answer sent). One sample request per OpenAPI operation, so
// an endpoint added without a contract check fails here.
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FlowsResponseSchema, TimelineResponseSchema } from '../../../model/api-responses.js';
import { OPERATIONS } from '../../../server/http/openapi.js';
import { createTestApp, openArticleApp } from '../../support/api.js';

const ARTICLE = 'source:rosa-2025-08-29-musk-meta-talent';

interface Sample {
  /** The URL under /api, with the path's parameters filled in. */
  url: string;
  body?: Record<string, unknown>;
  accept?: string;
}

/** Requests that reach each operation's answer on the article's graph (several where the answer's shape varies). */
const SAMPLES: Record<string, Sample[]> = {
  'get /health': [{ url: '/health' }],
  'post /cypher': [
    {
      url: '/cypher',
      body: { query: 'MATCH p = (:Person)-[:WORKED_AT]->(:Organization) RETURN p, length(p) AS n LIMIT 3' },
    },
    { url: '/cypher', body: { query: 'EXPLAIN MATCH (n:Person) RETURN n.name AS name' } },
    { url: '/cypher', body: { query: 'PROFILE MATCH (n:Person) RETURN n.name AS name LIMIT 2' } },
    {
      url: '/cypher',
      body: {
        query: 'MATCH p = (:Person)-[r:WORKED_AT]->(o:Organization) RETURN p, r, o, length(p) AS n LIMIT 3',
        rows: 'refs',
      },
    },
    { url: '/cypher', body: { query: 'MATCH (s:Source) RETURN s LIMIT 2', rows: 'refs' } },
  ],
  'post /views/:name': [
    { url: '/views/story', body: { rows: 'refs' } },
    { url: '/views/story', body: {} },
    { url: '/views/overview', body: { rows: 'refs' } },
    { url: '/views/node-set', body: { ids: ['org:meta', 'org:xai', 'person:xinlei-chen'], rows: 'refs' } },
  ],
  'get /search': [{ url: '/search?q=xinlei' }, { url: '/search?q=%D9%85%D8%A7%D8%B3%D9%83' }],
  'get /nodes/:id': [{ url: '/nodes/person:xinlei-chen' }, { url: `/nodes/${ARTICLE}` }],
  'get /nodes/:id/neighbors': [{ url: '/nodes/org:meta/neighbors?limit=5' }],
  'get /nodes/:id/degrees': [{ url: '/nodes/org:meta/degrees' }],
  'get /paths': [
    { url: '/paths?from=person:xinlei-chen&to=org:xai' },
    { url: '/paths?from=person:xinlei-chen&to=org:meta&derived=true&all=true' },
    { url: '/paths?from=person:xinlei-chen&to=person:sam-altman&certainties=stated&all=true' },
  ],
  'get /sources': [{ url: `/sources?ids=${ARTICLE},source:no-such-source` }],
  'get /sources/:id': [{ url: `/sources/${ARTICLE}` }],
  'get /people/:id/career': [{ url: '/people/person:xinlei-chen/career' }],
  'get /flows': [
    { url: '/flows' },
    { url: '/flows?org=org:meta&divisions=true' },
    { url: '/flows?until=1990' },
    { url: '/flows?since=2025&until=2025' },
    {
      url: `/flows?ids=${encodeURIComponent('flow:org:meta->org:xai,flow:org:fair->org:xai')}&until=2025-12`,
    },
  ],
  'get /flows/:id/details': [
    { url: `/flows/${encodeURIComponent('flow:org:meta->org:xai')}/details` },
    { url: `/flows/${encodeURIComponent('flow:org:meta->org:xai')}/details?people=person:alan-rice` },
  ],
  'get /orgs/:id/talent': [
    { url: '/orgs/org:meta/talent' },
    { url: '/orgs/org:meta/talent?interval=quarter&compare=org:xai&detail=counts' },
  ],
  // The last one cut at its limit, with the cursor that reads on.
  'get /timeline': [
    { url: '/timeline' },
    { url: '/timeline?from=2025&to=2025-06' },
    { url: '/timeline?limit=2' },
  ],
  'get /schema': [{ url: '/schema' }],
  'get /openapi.json': [{ url: '/openapi.json' }],
};

/** The parse's problems, readably (where and what), or the keys the schema does not document. */
function contractProblems(schema: z.ZodType, body: unknown): string | null {
  const parsed = schema.safeParse(body);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
  return null;
}

describe('the API contract on the article’s graph', () => {
  let driver: Driver;
  let app: ReturnType<typeof createTestApp>['app'];

  beforeAll(async () => ({ driver, app } = await openArticleApp()));

  afterAll(() => driver.close());

  async function send(method: 'get' | 'post', s: Sample) {
    const req =
      method === 'post' ? request(app).post(`/api${s.url}`).send(s.body) : request(app).get(`/api${s.url}`);
    return req.set('Accept', s.accept ?? 'application/json');
  }

  it('has a sample request for every documented operation', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(OPERATIONS.map((op) => `${op.method} ${op.path}`).sort());
  });

  for (const op of OPERATIONS) {
    const key = `${op.method} ${op.path}`;
    it(`answers ${key} with exactly what its schema says`, async () => {
      for (const sample of SAMPLES[key] ?? []) {
        const res = await send(op.method, sample);
        expect(res.status, `${sample.url}: ${JSON.stringify(res.body).slice(0, 300)}`).toBe(
          op.okStatus ?? 200,
        );
        expect(contractProblems(op.response, res.body), sample.url).toBeNull();
        // Strict: whatever the schema does not name, the parse drops; the answer must lose nothing by it.
        expect(op.response.parse(res.body), `${sample.url}: undocumented keys`).toEqual(res.body);
      }
    });
    for (const [media, schema] of Object.entries(op.alternatives ?? {})) {
      it(`answers ${key} as ${media} with exactly what its schema says`, async () => {
        for (const sample of SAMPLES[key] ?? []) {
          const res = await send(op.method, { ...sample, accept: media });
          expect(res.status).toBe(op.okStatus ?? 200);
          const body: unknown = JSON.parse(res.text);
          expect(contractProblems(schema, body), sample.url).toBeNull();
          expect(schema.parse(body), `${sample.url}: undocumented keys`).toEqual(body);
        }
      });
    }
  }

  it('answers a 1990 window with no flows, not every flow', async () => {
    const all = FlowsResponseSchema.parse((await request(app).get('/api/flows')).body);
    const none = FlowsResponseSchema.parse((await request(app).get('/api/flows?until=1990')).body);
    expect(all.flows.length).toBeGreaterThan(0);
    expect(none.flows).toEqual([]);
    expect(none.graph.edges.filter((e) => e.type === 'TALENT_FLOW')).toEqual([]);
  });

  it('gives every timeline item an Arabic title, in Arabic where the data has the Arabic', async () => {
    const { items } = TimelineResponseSchema.parse((await request(app).get('/api/timeline')).body);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.titleAr.length > 0)).toBe(true);
    const arabic = items.filter((i) => /[\u0600-\u06FF]/.test(i.titleAr));
    expect(arabic.length).toBeGreaterThan(items.length / 2);
  });
});
