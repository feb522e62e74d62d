// A lean keep-alive HTTP client for measuring the API from outside its process: node:http with a bounded socket
// pool (one socket per concurrent client), the body read in full, the time taken to the last byte.
import http from 'node:http';

export interface HttpResult {
  status: number;
  ms: number;
  body: Buffer;
  headers: http.IncomingHttpHeaders;
}

export interface HttpClient {
  get(path: string, headers?: Record<string, string>): Promise<HttpResult>;
  post(path: string, json: unknown, headers?: Record<string, string>): Promise<HttpResult>;
  close(): void;
}

export const DEFAULT_HTTP_TIMEOUT_MS = 30_000;

export function createHttpClient(
  baseUrl: string,
  opts: { maxSockets?: number; timeoutMs?: number } = {},
): HttpClient {
  const url = new URL(baseUrl);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname))
    throw new Error(`the benchmark only talks to loopback, not ${url.hostname}`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.maxSockets ?? 16 });
  const timeoutMs = opts.timeoutMs ?? DEFAULT_HTTP_TIMEOUT_MS;

  const request = (method: string, path: string, body: Buffer | undefined, headers: Record<string, string>) =>
    new Promise<HttpResult>((resolve, reject) => {
      const start = performance.now();
      const req = http.request(
        {
          host: url.hostname,
          port: url.port,
          method,
          path,
          agent,
          headers: { accept: 'application/json', ...headers },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              ms: performance.now() - start,
              body: Buffer.concat(chunks),
              headers: res.headers,
            }),
          );
          res.on('error', reject);
        },
      );
      req.setTimeout(timeoutMs, () =>
        req.destroy(new Error(`${method} ${path} got no answer within ${timeoutMs} ms`)),
      );
      req.on('error', reject);
      if (body) req.end(body);
      else req.end();
    });

  return {
    get: (path, headers = {}) => request('GET', path, undefined, headers),
    post: (path, json, headers = {}) => {
      const body = Buffer.from(JSON.stringify(json));
      return request('POST', path, body, {
        'content-type': 'application/json',
        'content-length': String(body.length),
        ...headers,
      });
    },
    close: () => agent.destroy(),
  };
}

/** The body as JSON, or an error naming the request's status and the start of the body. */
export function jsonOf<T = unknown>(r: HttpResult): T {
  try {
    return JSON.parse(r.body.toString('utf8')) as T;
  } catch {
    throw new Error(`expected JSON, got status ${r.status}: ${r.body.toString('utf8').slice(0, 200)}`);
  }
}
