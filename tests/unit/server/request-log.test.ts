// The request log (server/http/request-log.ts) on a bare express app with a captured pino logger: one line per
// request at its end, at the level its outcome calls for, with the request's id and secret-looking values redacted.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { DestinationStream } from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createRequestLog, redactUrl } from '../../../server/http/request-log.js';
import { createLogger } from '../../../server/logger.js';

interface Line {
  level: number;
  msg: string;
  reqId?: string;
  req?: { method: string; url: string };
  res?: { statusCode: number };
  responseTime?: number;
}

/** pino's numeric levels. */
const DEBUG = 20;
const WARN = 40;
const ERROR = 50;

function app(level = 'debug') {
  const lines: Line[] = [];
  const sink: DestinationStream = { write: (line: string) => void lines.push(JSON.parse(line) as Line) };
  const a = express();
  a.use(createRequestLog(createLogger(level, sink)));
  a.get('/ok', (_req, res) => void res.json({ ok: true }));
  a.get(
    '/missing',
    (_req, res) => void res.status(404).json({ error: { code: 'NOT_FOUND', message: 'no' } }),
  );
  a.get('/broken', (_req, res) => void res.status(500).json({ error: { code: 'INTERNAL', message: 'no' } }));
  let arrived = () => {};
  const hung = new Promise<void>((r) => (arrived = r));
  a.get('/hangs', () => {
    // never answers: the client leaves first
    arrived();
  });
  return { a, lines, hung };
}

/** Waits for the line the 'close' event writes (it may come just after the client has its answer). */
async function lineFor(lines: Line[], url: string): Promise<Line> {
  for (let i = 0; i < 500; i++) {
    const found = lines.find((l) => l.req?.url === url);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`no log line for ${url} in ${JSON.stringify(lines)}`);
}

describe('request log', () => {
  it('logs an answer at debug with its id, method, URL, status and time', async () => {
    const { a, lines } = app();
    const res = await request(a).get('/ok?q=amin').set('X-Request-Id', 'trace-42');
    expect(res.status).toBe(200);
    expect(res.headers['x-request-id']).toBe('trace-42');
    const line = await lineFor(lines, '/ok?q=amin');
    expect(line).toMatchObject({
      level: DEBUG,
      msg: 'request completed',
      reqId: 'trace-42',
      req: { method: 'GET', url: '/ok?q=amin' },
      res: { statusCode: 200 },
    });
    expect(line.responseTime).toBeGreaterThanOrEqual(0);
  });

  it('logs a 4xx at warn and a 5xx at error', async () => {
    const { a, lines } = app();
    await request(a).get('/missing');
    await request(a).get('/broken');
    expect((await lineFor(lines, '/missing')).level).toBe(WARN);
    expect((await lineFor(lines, '/broken')).level).toBe(ERROR);
  });

  it('gives a request without a safe id a new UUID, and logs under it', async () => {
    const { a, lines } = app();
    const res = await request(a).get('/ok').set('X-Request-Id', 'a b<script>');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect((await lineFor(lines, '/ok')).reqId).toBe(res.headers['x-request-id']);
  });

  it('redacts the values of secret-looking query parameters, and keeps the others', async () => {
    const { a, lines } = app();
    await request(a).get('/ok?q=amin&token=s3cr3t&API_KEY=k&passwd=p');
    const line = await lineFor(lines, '/ok?q=amin&token=[redacted]&API_KEY=[redacted]&passwd=[redacted]');
    expect(JSON.stringify(line)).not.toMatch(/s3cr3t/);
  });

  it('writes nothing for an answer when the level is above debug', async () => {
    const { a, lines } = app('info');
    await request(a).get('/ok');
    await request(a).get('/missing');
    const warned = await lineFor(lines, '/missing');
    expect(warned.level).toBe(WARN);
    expect(lines.filter((l) => l.req?.url === '/ok')).toEqual([]);
  });

  it('logs a request the client left before its answer as aborted, at warn (not a server fault)', async () => {
    const { a, lines, hung } = app();
    const server = http.createServer(a).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      const { port } = server.address() as AddressInfo;
      const req = http.get({ host: '127.0.0.1', port, path: '/hangs' });
      req.on('error', () => {});
      // Leave once the handler has the request.
      await hung;
      req.destroy();
      const line = await lineFor(lines, '/hangs');
      expect(line).toMatchObject({ level: WARN, msg: 'request aborted' });
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});

describe('redactUrl', () => {
  it('leaves a URL without a query as it is', () => {
    expect(redactUrl('/api/search')).toBe('/api/search');
  });

  it('checks a percent-encoded name as decoded, and a malformed one as sent', () => {
    expect(redactUrl('/x?%74oken=1&%E0%A4%A=2')).toBe('/x?%74oken=[redacted]&%E0%A4%A=2');
  });
});
