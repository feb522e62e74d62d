// The server's configuration, read once at start-up and validated; a bad value fails fast naming the variable.
import os from 'node:os';
import { ConfigError, intVar, readNeo4jConfig, type Neo4jConfig } from '../neo4j/config.js';

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

type Env = Record<string, string | undefined>;

/** WEB_CONCURRENCY: a positive whole number, or `auto` for the number of cores this process may use. */
export function readWebConcurrency(env: Env): number {
  const raw = env.WEB_CONCURRENCY;
  if (raw === undefined || raw.trim() === '') return DEFAULT_WEB_CONCURRENCY;
  const value = raw.trim().toLowerCase();
  if (value === 'auto') return Math.min(MAX_WEB_CONCURRENCY, os.availableParallelism());
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > MAX_WEB_CONCURRENCY) {
    throw new ConfigError(
      'WEB_CONCURRENCY',
      `Invalid WEB_CONCURRENCY: expected a whole number from 1 to ${MAX_WEB_CONCURRENCY} or auto, got '${raw}'.`,
    );
  }
  return n;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export function readConfig(env: Env = process.env, cwd = process.cwd()): ServerConfig {
  const host = env.HOST?.trim() || DEFAULT_HOST;
  if (!/^[A-Za-z0-9.:-]+$/.test(host)) {
    throw new ConfigError(
      'HOST',
      `Invalid HOST: expected a host name or IP address such as 127.0.0.1, got '${host}'.`,
    );
  }
  const corsOrigins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const origin of corsOrigins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new ConfigError(
        'CORS_ORIGINS',
        `Invalid CORS_ORIGINS: expected comma-separated origins such as https://example.org, got '${origin}'.`,
      );
    }
  }
  const allowedHosts = (env.ALLOWED_HOSTS ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  for (const name of allowedHosts) {
    if (name !== '*' && !/^[a-z0-9.:-]+$/.test(name)) {
      throw new ConfigError(
        'ALLOWED_HOSTS',
        `Invalid ALLOWED_HOSTS: expected comma-separated host names (no scheme or port) such as talent.example.org, or *, got '${name}'.`,
      );
    }
  }
  // On loopback only the machine's own names; on a public interface any name unless ALLOWED_HOSTS narrows it.
  const loopback = ['127.0.0.1', 'localhost', '::1'].includes(host.toLowerCase());
  const token = env.ALLOW_WRITE_TOKEN?.trim() || undefined;
  if (token !== undefined && token.length < 16) {
    throw new ConfigError('ALLOW_WRITE_TOKEN', 'Invalid ALLOW_WRITE_TOKEN: expected at least 16 characters.');
  }
  const logLevel = (env.LOG_LEVEL?.trim() || 'info') as ServerConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(
      'LOG_LEVEL',
      `Invalid LOG_LEVEL: expected one of ${LOG_LEVELS.join(', ')}, got '${logLevel}'.`,
    );
  }
  const seed = env.SEED_ON_EMPTY?.trim().toLowerCase() || 'true';
  if (!['true', 'false', '1', '0'].includes(seed)) {
    throw new ConfigError(
      'SEED_ON_EMPTY',
      `Invalid SEED_ON_EMPTY: expected true or false, got '${env.SEED_ON_EMPTY}'.`,
    );
  }
  return {
    neo4j: readNeo4jConfig(env, cwd),
    port: intVar(env, 'PORT', DEFAULT_PORT, 0, 65535),
    host,
    queryTimeoutMs: intVar(env, 'QUERY_TIMEOUT_MS', DEFAULT_QUERY_TIMEOUT_MS, 100, 600_000),
    rowCap: intVar(env, 'QUERY_ROW_CAP', DEFAULT_ROW_CAP, 1, 1_000_000),
    dbTimeoutMs: intVar(env, 'DB_TIMEOUT_MS', DEFAULT_DB_TIMEOUT_MS, 100, 120_000),
    allowWriteToken: token,
    corsOrigins,
    allowedHosts: allowedHosts.length ? allowedHosts : loopback ? DEFAULT_LOOPBACK_HOSTS : ['*'],
    cypherRatePerMinute: intVar(env, 'CYPHER_RATE_PER_MINUTE', DEFAULT_CYPHER_RATE_PER_MINUTE, 1, 1_000_000),
    apiRatePerMinute: intVar(env, 'API_RATE_PER_MINUTE', DEFAULT_API_RATE_PER_MINUTE, 1, 1_000_000),
    logLevel,
    seedOnEmpty: seed === 'true' || seed === '1',
    webConcurrency: readWebConcurrency(env),
  };
}
