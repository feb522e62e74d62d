// The server's configuration, read once at start-up and validated; a bad value fails fast naming the variable.
import os from 'node:os';
import { z } from 'zod';
import { readNeo4jConfig, type Neo4jConfig } from '../neo4j/config.js';
import { ConfigError, envVar, readVar, readVarOr, wholeNumber, type Env } from '../neo4j/env-var.js';

export { ConfigError };

export const DEFAULT_PORT = 3000;
export const DEFAULT_HOST = '127.0.0.1';
/** The names a server bound to loopback answers to when ALLOWED_HOSTS is not set. */
export const DEFAULT_LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '::1'];
export const DEFAULT_QUERY_TIMEOUT_MS = 10_000;
export const DEFAULT_ROW_CAP = 5_000;
export const DEFAULT_DB_TIMEOUT_MS = 4_000;
export const DEFAULT_CYPHER_RATE_PER_MINUTE = 120;
export const DEFAULT_API_RATE_PER_MINUTE = 1_200;
/** API worker processes (WEB_CONCURRENCY): one unless asked; `auto` is one per core. */
export const DEFAULT_WEB_CONCURRENCY = 1;
export const MAX_WEB_CONCURRENCY = 256;

export interface ServerConfig {
  neo4j: Neo4jConfig;
  port: number;
  host: string;
  /** Transaction timeout for user Cypher; the database terminates the query when it passes. */
  queryTimeoutMs: number;
  /** Rows returned by POST /api/cypher before `truncated: true`. */
  rowCap: number;
  /**
   * Ceiling for the built-in endpoints' database calls: past it they answer 503 instead of hanging. POST /api/cypher
   * holds only connecting and BEGIN to it; its plan check and query run under `queryTimeoutMs`.
   */
  dbTimeoutMs: number;
  /** Enables write Cypher for requests bearing this token; unset: writes are off. */
  allowWriteToken: string | undefined;
  corsOrigins: string[];
  /** Host names the server answers to ('*' for any): against DNS rebinding of a loopback server. */
  allowedHosts: string[];
  cypherRatePerMinute: number;
  apiRatePerMinute: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Seed the bundled sources when the database is empty (npm start). */
  seedOnEmpty: boolean;
  /** API worker processes behind the one port (Node's cluster module); 1: this process serves alone. */
  webConcurrency: number;
}

/** WEB_CONCURRENCY: a positive whole number, or `auto` for the number of cores this process may use. */
const WEB_CONCURRENCY_SCHEMA = z.union([
  z
    .string()
    .transform((v) => v.toLowerCase())
    .pipe(z.literal('auto'))
    .transform(() => Math.min(MAX_WEB_CONCURRENCY, os.availableParallelism())),
  wholeNumber(1, MAX_WEB_CONCURRENCY).schema,
]);

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** A comma-separated list: items trimmed, empty ones dropped. */
const list = (item: z.ZodType<string, string>) =>
  z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item));

/** The web server's variables, in the order the README and `.env.example` list them (after Neo4j's). */
export const SERVER_VARS = {
  PORT: envVar({
    name: 'PORT',
    ...wholeNumber(0, 65535),
    fallback: DEFAULT_PORT,
    doc: {
      default: `\`${DEFAULT_PORT}\``,
      meaning: 'HTTP port',
      example: String(DEFAULT_PORT),
      set: true,
      section: true,
      note: ['The web server.'],
    },
  }),
  HOST: envVar({
    name: 'HOST',
    schema: z.string().regex(/^[A-Za-z0-9.:-]+$/),
    expected: 'a host name or IP address such as 127.0.0.1',
    fallback: DEFAULT_HOST,
    doc: {
      default: `\`${DEFAULT_HOST}\``,
      meaning: 'interface to listen on (`0.0.0.0` in containers)',
      example: DEFAULT_HOST,
      set: true,
    },
  }),
  LOG_LEVEL: envVar({
    name: 'LOG_LEVEL',
    schema: z.enum(LOG_LEVELS),
    expected: `one of ${LOG_LEVELS.join(', ')}`,
    fallback: 'info' as ServerConfig['logLevel'],
    doc: {
      default: '`info`',
      meaning: 'pino level (`silent` … `trace`); passwords and tokens are never logged',
      example: 'info',
      set: true,
    },
  }),
  SEED_ON_EMPTY: envVar({
    name: 'SEED_ON_EMPTY',
    schema: z
      .string()
      .transform((v) => v.toLowerCase())
      .pipe(z.enum(['true', 'false', '1', '0']))
      .transform((v) => v === 'true' || v === '1'),
    expected: 'true or false',
    fallback: true,
    doc: {
      default: '`true`',
      meaning: 'load the bundled sources when the database is empty',
      example: 'true',
    },
  }),
  WEB_CONCURRENCY: envVar({
    name: 'WEB_CONCURRENCY',
    schema: WEB_CONCURRENCY_SCHEMA,
    expected: `a whole number from 1 to ${MAX_WEB_CONCURRENCY} or auto`,
    fallback: DEFAULT_WEB_CONCURRENCY,
    doc: {
      default: `\`${DEFAULT_WEB_CONCURRENCY}\``,
      meaning: 'API worker processes behind the one port; `auto`: one per core (see Running at scale)',
      example: String(DEFAULT_WEB_CONCURRENCY),
      note: [
        'API worker processes behind the one port (1: this process alone; auto: one per core). The embedded Neo4j stays one',
        'process; rate limits are counted across the workers. See "Running at scale" in the README.',
      ],
    },
  }),
  QUERY_TIMEOUT_MS: envVar({
    name: 'QUERY_TIMEOUT_MS',
    ...wholeNumber(100, 600_000),
    fallback: DEFAULT_QUERY_TIMEOUT_MS,
    doc: {
      default: `\`${DEFAULT_QUERY_TIMEOUT_MS}\``,
      meaning: 'transaction timeout of user Cypher; the database terminates the query',
      example: String(DEFAULT_QUERY_TIMEOUT_MS),
      section: true,
      note: ['Guardrails for user Cypher (POST /api/cypher).'],
    },
  }),
  QUERY_ROW_CAP: envVar({
    name: 'QUERY_ROW_CAP',
    ...wholeNumber(1, 1_000_000),
    fallback: DEFAULT_ROW_CAP,
    doc: {
      default: `\`${DEFAULT_ROW_CAP}\``,
      meaning: 'rows returned by `POST /api/cypher` before `truncated: true`',
      example: String(DEFAULT_ROW_CAP),
    },
  }),
  DB_TIMEOUT_MS: envVar({
    name: 'DB_TIMEOUT_MS',
    ...wholeNumber(100, 120_000),
    fallback: DEFAULT_DB_TIMEOUT_MS,
    doc: {
      default: `\`${DEFAULT_DB_TIMEOUT_MS}\``,
      meaning: "deadline of the built-in endpoints' database calls; past it they answer 503",
      example: String(DEFAULT_DB_TIMEOUT_MS),
    },
  }),
  CYPHER_RATE_PER_MINUTE: envVar({
    name: 'CYPHER_RATE_PER_MINUTE',
    ...wholeNumber(1, 1_000_000),
    fallback: DEFAULT_CYPHER_RATE_PER_MINUTE,
    doc: {
      default: `\`${DEFAULT_CYPHER_RATE_PER_MINUTE}\``,
      meaning: 'Cypher requests per client per minute (429 with `Retry-After`)',
      example: String(DEFAULT_CYPHER_RATE_PER_MINUTE),
    },
  }),
  API_RATE_PER_MINUTE: envVar({
    name: 'API_RATE_PER_MINUTE',
    ...wholeNumber(1, 1_000_000),
    fallback: DEFAULT_API_RATE_PER_MINUTE,
    doc: {
      default: `\`${DEFAULT_API_RATE_PER_MINUTE}\``,
      meaning: 'API requests per client per minute (429 with `Retry-After`)',
      example: String(DEFAULT_API_RATE_PER_MINUTE),
    },
  }),
  ALLOW_WRITE_TOKEN: envVar({
    name: 'ALLOW_WRITE_TOKEN',
    schema: z.string().min(16),
    expected: 'at least 16 characters',
    fallback: undefined as string | undefined,
    doc: {
      default: 'unset (writes off)',
      meaning: 'enables write Cypher for requests with `Authorization: Bearer <token>` (16+ chars)',
      example: '',
      section: true,
      note: [
        'Writes through /api/cypher are off unless this is set (16+ characters); send it as "Authorization: Bearer <token>".',
      ],
    },
  }),
  CORS_ORIGINS: envVar({
    name: 'CORS_ORIGINS',
    schema: list(z.string().regex(/^https?:\/\/[^/\s]+$/)),
    expected: 'comma-separated origins such as https://example.org',
    fallback: [] as string[],
    doc: {
      default: 'empty (same origin only)',
      meaning: 'comma-separated origins allowed to call the API',
      example: 'https://example.org',
      note: ['Comma-separated origins allowed to call the API from other sites; empty: same origin only.'],
    },
  }),
  ALLOWED_HOSTS: envVar({
    name: 'ALLOWED_HOSTS',
    schema: list(
      z
        .string()
        .transform((h) => h.toLowerCase())
        .pipe(z.string().regex(/^(\*|[a-z0-9.:-]+)$/)),
    ),
    expected: 'comma-separated host names (no scheme or port) such as talent.example.org, or *',
    fallback: undefined as string[] | undefined,
    doc: {
      default: 'on loopback: `localhost,127.0.0.1,::1`; else any',
      meaning: 'host names the server answers to (`*` for any); others get 403, against DNS rebinding',
      example: 'talent.example.org',
      note: [
        'Host names the server answers to (others get 403, against DNS rebinding). Default: localhost,127.0.0.1,::1 when',
        'HOST is loopback, any name otherwise; set it to your public name(s) behind a proxy or on 0.0.0.0.',
      ],
    },
  }),
} as const;

/** WEB_CONCURRENCY: a positive whole number, or `auto` for the number of cores this process may use. */
export function readWebConcurrency(env: Env): number {
  return readVarOr(env, SERVER_VARS.WEB_CONCURRENCY);
}

export function readConfig(env: Env = process.env, cwd = process.cwd()): ServerConfig {
  const v = SERVER_VARS;
  const host = readVarOr(env, v.HOST);
  const allowedHosts = readVar(env, v.ALLOWED_HOSTS) ?? [];
  // On loopback only the machine's own names; on a public interface any name unless ALLOWED_HOSTS narrows it.
  const loopback = ['127.0.0.1', 'localhost', '::1'].includes(host.toLowerCase());
  return {
    neo4j: readNeo4jConfig(env, cwd),
    port: readVarOr(env, v.PORT),
    host,
    queryTimeoutMs: readVarOr(env, v.QUERY_TIMEOUT_MS),
    rowCap: readVarOr(env, v.QUERY_ROW_CAP),
    dbTimeoutMs: readVarOr(env, v.DB_TIMEOUT_MS),
    allowWriteToken: readVar(env, v.ALLOW_WRITE_TOKEN),
    corsOrigins: readVarOr(env, v.CORS_ORIGINS),
    allowedHosts: allowedHosts.length ? allowedHosts : loopback ? DEFAULT_LOOPBACK_HOSTS : ['*'],
    cypherRatePerMinute: readVarOr(env, v.CYPHER_RATE_PER_MINUTE),
    apiRatePerMinute: readVarOr(env, v.API_RATE_PER_MINUTE),
    logLevel: readVarOr(env, v.LOG_LEVEL),
    seedOnEmpty: readVarOr(env, v.SEED_ON_EMPTY),
    webConcurrency: readVarOr(env, v.WEB_CONCURRENCY),
  };
}
