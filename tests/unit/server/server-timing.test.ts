// Server-Timing (server/http/server-timing.ts) on a bare express app: every answer, success or error, says how long
// the server took, and the figure holds the handler's own work.
import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { SERVER_TIMING_METRIC, createServerTiming, isUnder } from '../../../server/http/server-timing.js';

const HEADER = new RegExp(`^${SERVER_TIMING_METRIC};dur=(\\d+\\.\\d)$`);
const WAIT_MS = 60;

function app() {
  const a = express();
  a.use(createServerTiming());
  a.get('/slow', async (_req, res) => {
    await new Promise((r) => setTimeout(r, WAIT_MS));
    res.json({ ok: true });
  });
  a.get('/fails', (_req, res) => {
    res.status(400).json({ error: { code: 'BAD_REQUEST', message: 'no' } });
  });
  return a;
}

describe('Server-Timing', () => {
  it('reports at least the time the handler spent before answering', async () => {
    const res = await request(app()).get('/slow');
    expect(res.status).toBe(200);
    const dur = Number(HEADER.exec(res.headers['server-timing'] ?? '')?.[1]);
    // A lower bound only (timers may fire a little early, never much): the figure includes the handler's wait.
    expect(dur).toBeGreaterThanOrEqual(WAIT_MS - 5);
  });

  it('is sent on error answers too', async () => {
    const res = await request(app()).get('/fails');
    expect(res.status).toBe(400);
    expect(res.headers['server-timing']).toMatch(HEADER);
  });

  it('is sent only at or below its path when given one, matched as Express matches a mount path', async () => {
    const a = express();
    a.use(createServerTiming({ under: '/api' }));
    a.use((_req, res) => res.json({ ok: true }));
    for (const url of ['/api', '/api/search?q=x', '/api?x=1', '/API/nodes/1', '/api/']) {
      const res = await request(a).get(url);
      expect(res.headers['server-timing'], url).toMatch(HEADER);
    }
    for (const url of ['/', '/apis', '/assets/api.js', '/index.html?api']) {
      const res = await request(a).get(url);
      expect(res.headers['server-timing'], url).toBeUndefined();
    }
  });

  it('tells a path under a prefix on whole segments only', () => {
    expect(isUnder('/api', '/api')).toBe(true);
    expect(isUnder('/api/x', '/api')).toBe(true);
    expect(isUnder('/Api?q', '/api')).toBe(true);
    expect(isUnder('/apix', '/api')).toBe(false);
    expect(isUnder('/ap', '/api')).toBe(false);
  });
});
