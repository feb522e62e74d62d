// The security headers (server/http/security-headers.ts) on bare express apps: the same headers as helmet itself
// sends for the same configuration, recorded once (not helmet run per request), the headers helmet removes removed,
// and helmet itself kept for a configuration whose headers may differ per response.
import express, { type RequestHandler } from 'express';
import helmet, { type HelmetOptions } from 'helmet';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createSecurityHeaders, recordSecurityHeaders } from '../../../server/http/security-headers.js';

/** Headers that differ between any two answers (or by the app, not by helmet). */
const PER_ANSWER = new Set(['date', 'etag', 'connection', 'keep-alive', 'content-length']);

function appWith(middleware: RequestHandler) {
  const a = express();
  a.use(middleware);
  a.get('/page', (req, res) => {
    res.json({ path: req.path });
  });
  return a;
}

async function headersOf(middleware: RequestHandler, path = '/page'): Promise<Record<string, unknown>> {
  const res = await request(appWith(middleware)).get(path);
  return Object.fromEntries(Object.entries(res.headers).filter(([k]) => !PER_ANSWER.has(k)));
}

const CONFIGS: Record<string, HelmetOptions> = {
  defaults: {},
  'the API’s policy': {
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'sha256-abc='"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  },
  'every header off but one': {
    contentSecurityPolicy: false,
    crossOriginOpenerPolicy: false,
    crossOriginResourcePolicy: false,
    originAgentCluster: false,
    referrerPolicy: false,
    strictTransportSecurity: false,
    xContentTypeOptions: false,
    xDnsPrefetchControl: false,
    xDownloadOptions: false,
    xPermittedCrossDomainPolicies: false,
    xXssProtection: false,
  },
};

describe('security headers', () => {
  for (const [name, options] of Object.entries(CONFIGS)) {
    it(`sends what helmet sends, with ${name}`, async () => {
      const ours = await headersOf(createSecurityHeaders(options));
      const theirs = await headersOf(helmet(options));
      expect(ours).toEqual(theirs);
      // X-Frame-Options is on in every configuration here: a set header is compared, not two absences.
      expect(ours['x-frame-options']).toBe('SAMEORIGIN');
      // …and they were recorded at start-up: the middleware replays them instead of running helmet.
      const recorded = recordSecurityHeaders(options);
      expect(recorded?.set.map(([header]) => header.toLowerCase())).toContain('x-frame-options');
    });
  }

  it('removes X-Powered-By, which Express sets by default', async () => {
    const ours = await headersOf(createSecurityHeaders({}));
    expect(ours['x-powered-by']).toBeUndefined();
    expect(ours['content-security-policy']).toContain("default-src 'self'");
  });

  it('keeps helmet itself for a directive computed per response, even one that does not read the request', async () => {
    let issued = 0;
    const options: HelmetOptions = {
      contentSecurityPolicy: { directives: { scriptSrc: ["'self'", () => `'nonce-n${++issued}'`] } },
    };
    expect(recordSecurityHeaders(options)).toBeNull();
    const middleware = createSecurityHeaders(options);
    const first = await headersOf(middleware);
    const second = await headersOf(middleware);
    expect(first['content-security-policy']).toContain("'nonce-n");
    expect(second['content-security-policy']).not.toBe(first['content-security-policy']);
  });

  it('keeps helmet itself when a directive reads the request', async () => {
    const options: HelmetOptions = {
      contentSecurityPolicy: {
        directives: { scriptSrc: ["'self'", (req) => `'nonce-${(req as { url: string }).url.length}'`] },
      },
    };
    expect(recordSecurityHeaders(options)).toBeNull();
    const middleware = createSecurityHeaders(options);
    const short = await headersOf(middleware, '/page');
    const long = await headersOf(middleware, '/page?with=a-longer-url');
    expect(short['content-security-policy']).toContain("'nonce-5'");
    expect(long['content-security-policy']).toContain("'nonce-23'");
  });
});
