// The client's assets as the server sends them: the build's own brotli and gzip files, chosen by Accept-Encoding and
// sent as they are (never compressed again per request), the plain file otherwise, with the same bytes either way.
// Against the built client (dist/client, built by the suite's own `vite build`) and the run's real Neo4j driver.
import fs from 'node:fs';
import http, { type Server } from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../../server/config.js';
import { CLIENT_DIR, createClientApp, ensureClientBuilt } from '../../support/browser.js';
import { createTestDriver, testNeo4j } from '../../support/neo4j.js';
import { closeServer, listen } from '../reliability/helpers.js';

let driver: Driver;
let server: Server;
let base: string;
/** The page's main script, as index.html names it (/assets/index-<hash>.js). */
let mainScript: string;

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A GET with exactly the Accept-Encoding given, the body as sent (fetch would decode it). */
function rawGet(url: string, acceptEncoding: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

beforeAll(async () => {
  await ensureClientBuilt();
  driver = createTestDriver();
  const neo = testNeo4j();
  const config = readConfig({ NEO4J_URI: neo.uri, NEO4J_PASSWORD: neo.password });
  const app = createClientApp(driver, config);
  ({ server, base } = await listen(app));
  const html = fs.readFileSync(path.join(CLIENT_DIR, 'index.html'), 'utf8');
  mainScript = /<script type="module" crossorigin src="(\/assets\/index-[^"]+\.js)"/.exec(html)![1]!;
});

afterAll(async () => {
  if (server) await closeServer(server);
  await driver?.close();
});

describe('the client’s assets', () => {
  it('are built with a brotli and a gzip copy beside each script and stylesheet', () => {
    const file = path.join(CLIENT_DIR, mainScript);
    const plain = fs.readFileSync(file);
    expect(zlib.brotliDecompressSync(fs.readFileSync(`${file}.br`)).equals(plain)).toBe(true);
    expect(zlib.gunzipSync(fs.readFileSync(`${file}.gz`)).equals(plain)).toBe(true);
  });

  it('send the build’s brotli file as it is to a browser that accepts brotli', async () => {
    const file = path.join(CLIENT_DIR, mainScript);
    const res = await rawGet(base + mainScript, 'gzip, deflate, br, zstd');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(res.headers['cache-control']).toBe('public, max-age=3600');
    // The very bytes of the file on disk: nothing compressed them again on the way.
    expect(res.body.equals(fs.readFileSync(`${file}.br`))).toBe(true);
    expect(zlib.brotliDecompressSync(res.body).equals(fs.readFileSync(file))).toBe(true);
  });

  it('send the gzip file to a client that accepts only gzip, and the plain file to one that accepts neither', async () => {
    const file = path.join(CLIENT_DIR, mainScript);
    const gz = await rawGet(base + mainScript, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.body.equals(fs.readFileSync(`${file}.gz`))).toBe(true);
    const plain = await rawGet(base + mainScript, 'identity');
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(fs.readFileSync(file))).toBe(true);
  });

  it('still compress the page and the API answers per request, and send the page uncached', async () => {
    const page = await rawGet(`${base}/`, 'gzip');
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    const schema = await rawGet(`${base}/api/openapi.json`, 'gzip');
    expect(schema.status).toBe(200);
    expect(schema.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(zlib.gunzipSync(schema.body).toString('utf8'))).toHaveProperty('openapi');
  });

  it('answer 404 for an asset that does not exist, whatever the encoding asked', async () => {
    const res = await rawGet(`${base}/assets/no-such-chunk.js`, 'br');
    expect(res.status).toBe(404);
    expect(res.headers['content-encoding']).not.toBe('br');
  });
});
