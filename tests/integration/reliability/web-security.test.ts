// Web security of the HTTP layer against the run's real Neo4j: security headers and the CSP, CORS (unknown origins
// refused, configured ones allowed), the write token (401 for every wrong shape, never logged), rate limits (429
// with Retry-After), no stack trace or server path ever reaching a client, and no path outside the client folder.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http, { type Server } from 'node:http';
import path from 'node:path';
import type { Driver, Session } from 'neo4j-driver';
import type { DestinationStream } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../server/app.js';
import { readConfig } from '../../../server/config.js';
import { createLogger } from '../../../server/logger.js';
import { ensureSchema, loadBundledSources, resetGraph } from '../../../seed/index.js';
import { CLIENT_DIR, ensureClientBuilt } from '../../support/browser.js';
import { createTestDriver, readRows, testNeo4j } from '../../support/neo4j.js';
import { closeServer, listen } from './helpers.js';

const WRITE_TOKEN = 'web-security-token-3f9a1c7e5b';
const STACK_OR_PATH = /\n\s+at |node_modules|\/work\/|\.(ts|js):\d+|TypeError|secret-internal/;

let driver: Driver;
const servers: Server[] = [];
const database = () => testNeo4j().database;

/** A listening app with the client and the given environment; logs captured as text. */
async function startApp(env: Record<string, string> = {}, driverOverride?: Driver) {
  const neo = testNeo4j();
  const config = readConfig({ NEO4J_URI: neo.uri, NEO4J_PASSWORD: neo.password, ...env });
  const logs: string[] = [];
  const sink: DestinationStream = { write: (line: string) => void logs.push(line) };
  const logger = createLogger('debug', sink);
  const { app } = createApp({
    config,
    driver: driverOverride ?? driver,
    neo4jUri: neo.uri,
    logger,
    clientDir: CLIENT_DIR,
  });
  const { server, base } = await listen(app);
  servers.push(server);
  return { base, logs: () => logs.join('') };
}

function header(res: Response, name: string): string {
  return res.headers.get(name) ?? '';
}

/** The CSP as a map of directive → sources. */
function csp(res: Response): Map<string, string[]> {
  return new Map(
    header(res, 'content-security-policy')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

beforeAll(async () => {
  driver = createTestDriver();
  await resetGraph(driver, { database: database() });
  await ensureSchema(driver, { database: database() });
  await loadBundledSources(driver, { database: database() });
  await ensureClientBuilt();
});

afterAll(async () => {
  for (const s of servers) await closeServer(s);
  await driver?.close();
});

describe('security headers and the Content-Security-Policy', () => {
  it('serve the client and every API answer with a CSP that allows no foreign script and no inline script but the page’s own', async () => {
    const { base } = await startApp();
    const page = await (await fetch(base + '/')).text();
    const boot = /<script>([\s\S]+?)<\/script>/.exec(page)![1]!;
    const bootHash = `'sha256-${crypto.createHash('sha256').update(boot, 'utf8').digest('base64')}'`;
    for (const where of ['/', '/api/health', '/api/search?q=musk', '/api/nodes/nobody', '/no/such/page']) {
      const res = await fetch(base + where);
      const policy = csp(res);
      expect(policy.get('script-src'), where).toEqual(["'self'", bootHash]);
      expect(policy.get('default-src'), where).toEqual(["'self'"]);
      expect(policy.get('object-src'), where).toEqual(["'none'"]);
      expect(policy.get('frame-ancestors'), where).toEqual(["'none'"]);
      expect(policy.get('base-uri'), where).toEqual(["'self'"]);
      expect(policy.get('connect-src'), where).toEqual(["'self'"]);
      expect(policy.get('script-src-attr'), where).toEqual(["'none'"]);
      expect(header(res, 'content-security-policy'), where).not.toMatch(
        /unsafe-eval|script-src[^;]*unsafe-inline/,
      );
      expect(header(res, 'x-content-type-options'), where).toBe('nosniff');
      expect(header(res, 'x-frame-options'), where).toBe('SAMEORIGIN');
      expect(header(res, 'referrer-policy'), where).toBe('no-referrer');
      expect(res.headers.has('x-powered-by'), where).toBe(false);
      expect(header(res, 'x-request-id'), where).toMatch(/^[A-Za-z0-9._-]{1,64}$/);
    }
  });

  it('sends the built page as it is, its one inline script the boot script at the top, the rest from files', async () => {
    const { base } = await startApp();
    const html = await (await fetch(base + '/')).text();
    // The page sent is the build's own file, for the root and for a deep link alike (the copy the CSP was made from).
    expect(html).toBe(fs.readFileSync(path.join(CLIENT_DIR, 'index.html'), 'utf8'));
    expect(await (await fetch(base + '/some/client/route?q=x')).text()).toBe(html);
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThanOrEqual(2);
    const [boot, ...files] = scripts;
    // The boot script starts the page's first request (client/boot.ts), after <meta charset> and before the bundle.
    expect(boot![1]).toBe('');
    expect(boot![2]).toContain('__talentGraphEarlyRequest');
    expect(html.indexOf('<meta charset="utf-8" />')).toBeLessThan(boot!.index);
    for (const [, attrs, body] of files) {
      expect(attrs).toMatch(/\bsrc="\/[^"]+"/);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it('keeps request ids to a safe alphabet: a hostile X-Request-Id is replaced, not echoed', async () => {
    const { base } = await startApp();
    const res = await fetch(base + '/api/health', { headers: { 'x-request-id': 'abc<script>\u0085x' } });
    expect(header(res, 'x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('never serves a file outside the client folder, whatever the path', async () => {
    const { base } = await startApp();
    for (const path of [
      '/../../../../etc/passwd',
      '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/..%2f..%2f..%2fetc%2fpasswd',
      '/assets/..%2f..%2f..%2fpackage.json',
      '/%252e%252e/etc/passwd',
    ]) {
      const res = await fetch(base + path);
      const text = await res.text();
      expect(text, path).not.toMatch(/root:x:0:0|"devDependencies"/);
    }
  });
});

/** A GET with a Host header of our choosing (fetch does not let a page, or a test, set Host). */
function getWithHost(base: string, path: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(base + path, { headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the Host allowlist (DNS rebinding)', () => {
  it('refuses a foreign Host with 403 JSON on a loopback server, and answers to its own names', async () => {
    const { base } = await startApp();
    const port = new URL(base).port;
    for (const host of [`rebind.evil.example:${port}`, 'evil.example', `127.0.0.2:${port}`]) {
      for (const path of ['/api/health', '/api/search?q=musk', '/']) {
        const res = await getWithHost(base, path, host);
        expect(res.status, `${host} ${path}`).toBe(403);
        expect(JSON.parse(res.body).error.code).toBe('FORBIDDEN');
        expect(res.body).toContain('ALLOWED_HOSTS');
      }
    }
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]) {
      expect((await getWithHost(base, '/api/health', host)).status, host).toBe(200);
    }
  });

  it('answers to the names ALLOWED_HOSTS lists, and only to them', async () => {
    const { base } = await startApp({ ALLOWED_HOSTS: 'talent.example.org' });
    expect((await getWithHost(base, '/api/health', 'talent.example.org')).status).toBe(200);
    expect((await getWithHost(base, '/api/health', 'TALENT.example.org:443')).status).toBe(200);
    expect((await getWithHost(base, '/api/health', 'localhost')).status).toBe(403);
  });
});

describe('CORS', () => {
  const evil = 'https://evil.example';
  const good = 'https://friend.example';

  it('refuses an unknown origin with 403 JSON and no Access-Control-Allow-Origin, on simple requests and preflights', async () => {
    const { base } = await startApp();
    const get = await fetch(`${base}/api/search?q=musk`, { headers: { origin: evil } });
    expect(get.status).toBe(403);
    expect(get.headers.has('access-control-allow-origin')).toBe(false);
    expect((await get.json()).error.code).toBe('FORBIDDEN');
    const preflight = await fetch(`${base}/api/cypher`, {
      method: 'OPTIONS',
      headers: {
        origin: evil,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,authorization',
      },
    });
    expect(preflight.headers.has('access-control-allow-origin')).toBe(false);
    expect(preflight.headers.has('access-control-allow-methods')).toBe(false);
    const post = await fetch(`${base}/api/cypher`, {
      method: 'POST',
      headers: { origin: 'null', 'content-type': 'application/json' },
      body: '{"query":"RETURN 1"}',
    });
    expect(post.status).toBe(403);
    expect(post.headers.has('access-control-allow-origin')).toBe(false);
  });

  it('allows the origins CORS_ORIGINS lists (never with credentials), and still refuses the others', async () => {
    const { base } = await startApp({ CORS_ORIGINS: `${good},http://localhost:5173` });
    const get = await fetch(`${base}/api/search?q=musk`, { headers: { origin: good } });
    expect(get.status).toBe(200);
    expect(header(get, 'access-control-allow-origin')).toBe(good);
    expect(get.headers.has('access-control-allow-credentials')).toBe(false);
    // The answer varies by Origin (a cache must not hand it to another origin), and by Accept-Encoding, whether or
    // not the request had one (a client without it skips compression).
    expect(header(get, 'vary')).toMatch(/\bOrigin\b.*\bAccept-Encoding\b|\bAccept-Encoding\b.*\bOrigin\b/i);
    const plain = await new Promise<http.IncomingMessage>((resolve, reject) => {
      const req = http.get(`${base}/api/search?q=musk`, { headers: { origin: good } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res));
      });
      req.on('error', reject);
    });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/\bOrigin\b/i);
    expect(plain.headers.vary).toMatch(/\bAccept-Encoding\b/i);
    const preflight = await fetch(`${base}/api/cypher`, {
      method: 'OPTIONS',
      headers: {
        origin: good,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(header(preflight, 'access-control-allow-origin')).toBe(good);
    for (const origin of [evil, `${good}.evil.example`, good.replace('https', 'http'), `${good}:8443`]) {
      const res = await fetch(`${base}/api/search?q=musk`, { headers: { origin } });
      expect(res.status, origin).toBe(403);
      expect(res.headers.has('access-control-allow-origin'), origin).toBe(false);
    }
  });

  it('lets the app’s own page call its API (same origin), as browsers send Origin on POST', async () => {
    const { base } = await startApp();
    const res = await fetch(`${base}/api/cypher`, {
      method: 'POST',
      headers: { origin: base, 'content-type': 'application/json' },
      body: '{"query":"RETURN 1 AS one"}',
    });
    expect(res.status).toBe(200);
  });
});

describe('the write token', () => {
  const query = "CREATE (s:Scratch {id: 'scratch:web-security'}) RETURN s";
  const scratchCount = async () =>
    Number((await readRows(driver, 'MATCH (s:Scratch) RETURN count(s) AS n'))[0]!.n);

  it('answers 401 to every wrong shape of token, writes nothing, and never logs or echoes the token', async () => {
    const { base, logs } = await startApp({ ALLOW_WRITE_TOKEN: WRITE_TOKEN });
    const wrong = [
      undefined,
      '',
      'Bearer',
      'Bearer ',
      WRITE_TOKEN,
      `Basic ${Buffer.from(`neo4j:${WRITE_TOKEN}`).toString('base64')}`,
      `Bearer ${WRITE_TOKEN.slice(0, -1)}`,
      `Bearer ${WRITE_TOKEN}x`,
      `Bearer ${WRITE_TOKEN.slice(0, -1)}${WRITE_TOKEN.at(-1) === 'a' ? 'b' : 'a'}`,
      `Bearer ${WRITE_TOKEN.toUpperCase()}`,
      `Bearer ${WRITE_TOKEN} ${WRITE_TOKEN}`,
      `Bearer\t${WRITE_TOKEN}x`,
      `Bearer ${'x'.repeat(10_000)}`,
      `Bearer ${WRITE_TOKEN.replace(/./g, '\u0430')}`,
    ];
    for (const auth of wrong) {
      const res = await fetch(`${base}/api/cypher`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(auth === undefined ? {} : { authorization: auth }),
        },
        body: JSON.stringify({ query, mode: 'write' }),
      }).catch((err: Error) => err);
      // fetch itself refuses header values it cannot send (non-Latin-1); that is no request at all.
      if (res instanceof Error) continue;
      const text = await res.text();
      expect(res.status, String(auth).slice(0, 60)).toBe(401);
      expect(JSON.parse(text).error.code).toBe('UNAUTHORIZED');
      expect(text).not.toContain(WRITE_TOKEN);
    }
    // Query-string and body tokens are not tokens.
    const inQuery = await fetch(`${base}/api/cypher?token=${WRITE_TOKEN}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, mode: 'write' }),
    });
    expect(inQuery.status).toBe(401);
    const inBody = await fetch(`${base}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, mode: 'write', token: WRITE_TOKEN }),
    });
    expect(inBody.status).toBe(400);
    expect(await scratchCount()).toBe(0);

    const right = await fetch(`${base}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${WRITE_TOKEN}` },
      body: JSON.stringify({ query, mode: 'write' }),
    });
    expect(right.status).toBe(200);
    expect(await scratchCount()).toBe(1);
    await driver.executeQuery('MATCH (s:Scratch) DELETE s', {}, { database: database() });

    const logged = logs();
    expect(logged.length).toBeGreaterThan(0);
    expect(logged).not.toContain(WRITE_TOKEN);
    // The misplaced token's request is still logged, with the value redacted.
    expect(logged).toContain('/api/cypher?token=[redacted]');
    expect(logged).not.toContain(testNeo4j().password);
  });

  it('is compared in constant time: SHA-256 digests of equal length through crypto.timingSafeEqual, whatever was sent', async () => {
    // Code review made executable: the comparison must go through timingSafeEqual on fixed-length digests, and
    // never through ===, startsWith or a length check that returns early.
    const source = await import('node:fs').then((fs) => fs.readFileSync('server/http/write-auth.ts', 'utf8'));
    expect(source).toMatch(/crypto\.timingSafeEqual\(digest\(given\), digest\(token\)\)/);
    expect(source).toMatch(/createHash\('sha256'\)/);
    const body = source.slice(source.indexOf('export function bearerMatches'));
    expect(body.slice(0, body.indexOf('\n}'))).not.toMatch(
      /===\s*token|token\s*===|\.length\s*!==|startsWith\(token|indexOf\(token/,
    );
  });
});

describe('rate limits', () => {
  it('answer 429 RATE_LIMITED with Retry-After on POST /api/cypher past its limit, while other endpoints keep their own', async () => {
    const { base } = await startApp({ CYPHER_RATE_PER_MINUTE: '3', API_RATE_PER_MINUTE: '50' });
    const statuses: number[] = [];
    let limited: Response | undefined;
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${base}/api/cypher`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"RETURN 1"}',
      });
      statuses.push(res.status);
      if (res.status === 429) limited ??= res;
      else await res.arrayBuffer();
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const retryAfter = Number(header(limited!, 'retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(header(limited!, 'ratelimit-policy')).toMatch(/3;w=60/);
    expect(header(limited!, 'content-type')).toMatch(/application\/json/);
    expect((await limited!.json()).error).toMatchObject({ code: 'RATE_LIMITED' });
    expect((await fetch(`${base}/api/search?q=musk`)).status).toBe(200);
  });

  it('answer 429 with Retry-After on every other API endpoint past the general limit', async () => {
    const { base } = await startApp({ API_RATE_PER_MINUTE: '4' });
    const statuses: number[] = [];
    let last: Response | undefined;
    for (const path of [
      '/api/health',
      '/api/search?q=musk',
      '/api/schema',
      '/api/timeline',
      '/api/flows',
      '/api/nodes/org%3Ameta',
    ]) {
      last = await fetch(base + path);
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    expect(Number(header(last!, 'retry-after'))).toBeGreaterThan(0);
    expect((await last!.json()).error.code).toBe('RATE_LIMITED');
  });
});

describe('internal errors', () => {
  /**
   * Fault injection: a driver whose sessions throw an unexpected TypeError carrying a stack and a server path, as
   * a bug in a driver or a converter would. (The database itself is not faked: nothing is answered in its place.)
   */
  function faultyDriver(): Driver {
    return new Proxy(driver, {
      get(target, prop, receiver) {
        if (prop === 'session') {
          return (...args: Parameters<Driver['session']>) => {
            const session = target.session(...args);
            // Failing as a driver's Result fails: awaited, and through keys() (the RUN's answer) too.
            const fail = () => {
              const err = new TypeError(
                'Cannot read properties of undefined (secret-internal /work/main/server/x.ts:1:1)',
              );
              return Object.assign(Promise.reject(err), { keys: () => Promise.reject(err) });
            };
            return new Proxy(session, {
              get(s, p, r) {
                if (p === 'executeRead' || p === 'executeWrite' || p === 'run') return fail;
                // Users' Cypher runs in an explicit transaction (no retries): its statements fail the same way.
                if (p === 'beginTransaction') {
                  return () => ({ run: fail, commit: fail, rollback: () => Promise.resolve() });
                }
                const v = Reflect.get(s, p, r) as unknown;
                return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(s) : v;
              },
            }) as Session;
          };
        }
        const v = Reflect.get(target, prop, receiver) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
  }

  it('answer 500 INTERNAL with a generic message on every endpoint: no stack trace, no path, no error text', async () => {
    const { base, logs } = await startApp({}, faultyDriver());
    const calls: [string, RequestInit?][] = [
      ['/api/search?q=musk'],
      ['/api/nodes/org%3Ameta'],
      ['/api/nodes/org%3Ameta/neighbors'],
      ['/api/nodes/org%3Ameta/degrees'],
      ['/api/paths?from=org%3Ameta&to=org%3Axai'],
      ['/api/people/person%3Aelon-musk/career'],
      ['/api/flows'],
      ['/api/timeline'],
      ['/api/schema'],
      [
        '/api/cypher',
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"RETURN 1"}' },
      ],
    ];
    for (const [path, init] of calls) {
      const res = await fetch(base + path, init);
      const text = await res.text();
      expect(res.status, `${path}: ${text}`).toBe(500);
      expect(JSON.parse(text).error.code, path).toBe('INTERNAL');
      expect(text, path).not.toMatch(STACK_OR_PATH);
    }
    // Health reports the failure in its own shape, still without internals.
    const health = await fetch(`${base}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.text()).not.toMatch(STACK_OR_PATH);
    // The details stay in the server's log, for the operator.
    expect(logs()).toContain('secret-internal');
  });

  it('answer malformed requests without internals either', async () => {
    const { base } = await startApp();
    for (const [path, init] of [
      [
        '/api/cypher',
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' },
      ],
      [
        '/api/cypher',
        { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-16' }, body: '{}' },
      ],
      [
        '/api/cypher',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
          body: 'not gzip',
        },
      ],
      [
        '/api/cypher',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-encoding': 'br' },
          body: '\u0000',
        },
      ],
      ['/api/cypher', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' }],
      ['/api/cypher', { method: 'DELETE' }],
      ['/api/nodes/%E0%A4%A', {}],
    ] as [string, RequestInit][]) {
      const res = await fetch(base + path, init);
      const text = await res.text();
      expect(
        res.status,
        `${init.method ?? 'GET'} ${path} ${JSON.stringify(init.headers)}: ${text}`,
      ).toBeGreaterThanOrEqual(400);
      expect(res.status, text).toBeLessThan(500);
      expect(JSON.parse(text).error.code).toMatch(/^[A-Z_]+$/);
      expect(text).not.toMatch(STACK_OR_PATH);
    }
  });
});
