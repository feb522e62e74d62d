// GET /api/sources/:id on the article's graph (real Neo4j): metadata, the full text the seed stored, and every
// fact's quote located in it; a cited report without text; unknown ids. GET /api/sources?ids=… lists Source nodes.
import fs from 'node:fs';
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_SOURCE_IDS } from '../../../model/api-limits.js';
import {
  NodeResponseSchema,
  SourceResponseSchema,
  SourcesResponseSchema,
} from '../../../model/api-responses.js';
import { createTestApp, openArticleApp } from '../../support/api.js';
import { readRows, testNeo4j } from '../../support/neo4j.js';

const ARTICLE = 'source:rosa-2025-08-29-musk-meta-talent';
const ARTICLE_TEXT = 'seed/sources/rosa-2025-08-29-musk-meta-talent.ar.txt';
const CITED = 'source:cnbc-cited-in-rosa-2025-08-29';

describe('GET /api/sources/:id and GET /api/sources?ids=…', () => {
  let driver: Driver;
  let app: ReturnType<typeof createTestApp>['app'];
  const get = (url: string) => request(app).get(url);

  beforeAll(async () => ({ driver, app } = await openArticleApp()));

  afterAll(() => driver.close());

  it('returns the article’s metadata and its full text, as the seed read it from the text file', async () => {
    const res = await get(`/api/sources/${ARTICLE}`);
    expect(res.status).toBe(200);
    const body = SourceResponseSchema.parse(res.body);
    expect(body.source.id).toBe(ARTICLE);
    expect(body.source.properties).toMatchObject({ language: 'ar', publisher: 'Rose al-Youssef' });
    expect(body.source.properties.fullText).toBeUndefined();
    expect(body.text).toBe(fs.readFileSync(ARTICLE_TEXT, 'utf8').replace(/^\uFEFF/, ''));
    expect(body.citedBy).toBeNull();
  });

  it('locates every quote of the article: the slice of the text at its offsets is its evidence exactly', async () => {
    const body = SourceResponseSchema.parse((await get(`/api/sources/${ARTICLE}`)).body);
    const facts = await readRows(driver, `MATCH ()-[r]->() WHERE r.id IN $ids RETURN count(r) AS n`, {
      ids: (await readRows(driver, `MATCH (s:Source {id: $id}) RETURN s.factIds AS ids`, { id: ARTICLE }))[0]!
        .ids,
    });
    expect(body.quotes.length).toBe(Number(facts[0]!.n));
    expect(body.quotes.length).toBeGreaterThan(30);
    expect(body.truncated).toBe(false);
    for (const q of body.quotes) {
      expect(q.start, q.fact).not.toBeNull();
      expect(body.text!.slice(q.start!, q.end!), q.fact).toBe(q.evidence);
      expect(q.exact).toBe(true);
      expect(['stated', 'implied']).toContain(q.certainty);
    }
    // In reading order.
    const starts = body.quotes.map((q) => q.start!);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('answers a cited report with its metadata, no text, the citing article and the facts that cite it', async () => {
    const res = await get(`/api/sources/${CITED}`);
    expect(res.status).toBe(200);
    const body = SourceResponseSchema.parse(res.body);
    expect(body.text).toBeNull();
    expect(body.citedBy?.id).toBe(ARTICLE);
    expect(body.quotes.length).toBeGreaterThan(0);
    for (const q of body.quotes) {
      expect(q.sources.includes(CITED) || q.to === CITED, q.fact).toBe(true);
      expect(q).toMatchObject({ start: null, end: null, exact: false });
    }
  });

  it('answers a source the project holds no text of, with no facts, with its metadata and text: null', async () => {
    // A bare Source node as a CSV import or a user's Cypher may leave (created here; no seed file declares it).
    const id = 'source:test-without-text';
    await driver.executeQuery(
      'MERGE (s:Source {id: $id}) SET s.publisher = $publisher, s.url = $url',
      { id, publisher: 'Test publisher', url: 'https://example.org/report' },
      { database: testNeo4j().database },
    );
    try {
      const res = await get(`/api/sources/${id}`);
      expect(res.status).toBe(200);
      const body = SourceResponseSchema.parse(res.body);
      expect(body).toMatchObject({ text: null, citedBy: null, quotes: [], quoteCount: 0, truncated: false });
      expect(body.source.properties).toMatchObject({
        publisher: 'Test publisher',
        url: 'https://example.org/report',
      });
    } finally {
      await driver.executeQuery(
        'MATCH (s:Source {id: $id}) DELETE s',
        { id },
        { database: testNeo4j().database },
      );
    }
  });

  it('answers 404 JSON naming an unknown source id, and for an id that is not a source', async () => {
    for (const id of ['source:nowhere', 'person:elon-musk']) {
      const res = await get(`/api/sources/${id}`);
      expect(res.status).toBe(404);
      expect(res.type).toBe('application/json');
      expect(res.body.error.code).toBe('NOT_FOUND');
      expect(res.body.error.message).toContain(id);
    }
    const bad = await get(`/api/sources/${ARTICLE}?full=1`);
    expect(bad.status).toBe(400);
  });

  it('keeps the full text out of graphs: node details of the article show no fullText', async () => {
    const res = await get(`/api/nodes/${ARTICLE}`);
    const body = NodeResponseSchema.parse(res.body);
    expect(body.node.properties.fullText).toBeUndefined();
    expect(body.node.properties.text).toBe('rosa-2025-08-29-musk-meta-talent.ar.txt');
  });

  // GET /api/sources?ids=…, on the same seeded graph.
  it('lists the Source nodes that exist, by id, without their full text; unknown ids are left out', async () => {
    const res = await get(`/api/sources?ids=${CITED},source:nowhere,${ARTICLE},${ARTICLE}`);
    expect(res.status).toBe(200);
    const body = SourcesResponseSchema.parse(res.body);
    expect(body.sources.map((s) => s.id)).toEqual([CITED, ARTICLE].sort());
    for (const s of body.sources) {
      expect(s.labels).toContain('Source');
      expect(s.properties.fullText).toBeUndefined();
    }
  });

  it('says what is wrong with a missing or oversized id list', async () => {
    const none = await get('/api/sources');
    expect(none.status).toBe(400);
    expect(none.body.error.message).toBe('Invalid query.ids: required, a comma-separated list of source ids');
    const many = Array.from({ length: MAX_SOURCE_IDS + 1 }, (_, i) => `source:s${i}`).join(',');
    const tooMany = await get(`/api/sources?ids=${many}`);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.message).toContain('query.ids');
  });
});
