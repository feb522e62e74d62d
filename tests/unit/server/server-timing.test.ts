// Server-Timing (server/http/server-timing.ts) on a bare express app: every answer, success or error, says how long
// the server took, and the figure holds the handler's own work.
import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { SERVER_TIMING_METRIC, createServerTiming } from '../../../server/http/server-timing.js';

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
});
