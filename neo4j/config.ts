// Neo4j connection settings from the environment, validated once; shared by the server and the seed CLI.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_EMBEDDED_PORT } from './embedded.js';

export const DEFAULT_NEO4J_USER = 'neo4j';
export const DEFAULT_NEO4J_DATABASE = 'neo4j';
export const DEFAULT_DATA_DIR = '.data/neo4j';
/** How long start-up keeps retrying a Neo4j that is not reachable yet (a server coming up late). */
export const DEFAULT_STARTUP_WAIT_MS = 60_000;
export const NEO4J_URI_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'] as const;

/** A bad configuration value: the message names the variable, what it got and what was expected. */
export class ConfigError extends Error {
  constructor(
    public readonly variable: string,
    message: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

export interface Neo4jConfig {
  /** Unset: run the embedded Neo4j. */
  uri: string | undefined;
  user: string;
  /** Unset with the embedded Neo4j: a generated password kept in the data folder. */
  password: string | undefined;
  database: string;
  embeddedPort: number;
  dataDir: string;
  heapMb: number;
  pageCacheMb: number;
  /** Start-up retries an unreachable Neo4j for this long before giving up (NEO4J_STARTUP_WAIT_MS). */
  startupWaitMs?: number;
}

type Env = Record<string, string | undefined>;

function nonEmpty(env: Env, name: string): string | undefined {
  const v = env[name];
  return v === undefined || v.trim() === '' ? undefined : v;
}

/** Reads a whole number in [min, max] or throws a ConfigError naming the variable. */
export function intVar(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = nonEmpty(env, name);
  if (raw === undefined) return fallback;
  const parsed = z.coerce.number().int().min(min).max(max).safeParse(raw.trim());
  if (!/^\s*-?\d+\s*$/.test(raw) || !parsed.success) {
    throw new ConfigError(
      name,
      `Invalid ${name}: expected a whole number from ${min} to ${max}, got '${raw}'.`,
    );
  }
  return parsed.data;
}

export function readNeo4jConfig(env: Env = process.env, cwd = process.cwd()): Neo4jConfig {
  const uri = nonEmpty(env, 'NEO4J_URI');
  if (uri !== undefined) {
    const scheme = /^([a-z0-9+]+):\/\/[^/\s]+/i.exec(uri)?.[1]?.toLowerCase();
    if (!scheme || !(NEO4J_URI_SCHEMES as readonly string[]).includes(scheme)) {
      throw new ConfigError(
        'NEO4J_URI',
        `Invalid NEO4J_URI: expected a ${NEO4J_URI_SCHEMES.map((s) => `${s}://`).join(', ')} URI such as bolt://localhost:7687, got '${uri}'.`,
      );
    }
  }
  const database = nonEmpty(env, 'NEO4J_DATABASE') ?? DEFAULT_NEO4J_DATABASE;
  if (!/^[A-Za-z][A-Za-z0-9.-]{2,62}$/.test(database)) {
    throw new ConfigError(
      'NEO4J_DATABASE',
      `Invalid NEO4J_DATABASE: expected a Neo4j database name (3–63 letters, digits, dots or dashes, starting with a letter), got '${database}'.`,
    );
  }
  const password = nonEmpty(env, 'NEO4J_PASSWORD');
  if (uri === undefined && password !== undefined && password.length < 8) {
    throw new ConfigError(
      'NEO4J_PASSWORD',
      'Invalid NEO4J_PASSWORD: the embedded Neo4j needs at least 8 characters.',
    );
  }
  return {
    uri,
    user: nonEmpty(env, 'NEO4J_USER') ?? DEFAULT_NEO4J_USER,
    password,
    database,
    embeddedPort: intVar(env, 'NEO4J_EMBEDDED_PORT', DEFAULT_EMBEDDED_PORT, 1, 65535),
    dataDir: path.resolve(cwd, nonEmpty(env, 'NEO4J_DATA_DIR') ?? DEFAULT_DATA_DIR),
    heapMb: intVar(env, 'NEO4J_HEAP_MB', 1024, 256, 65536),
    pageCacheMb: intVar(env, 'NEO4J_PAGECACHE_MB', 512, 64, 65536),
    startupWaitMs: intVar(env, 'NEO4J_STARTUP_WAIT_MS', DEFAULT_STARTUP_WAIT_MS, 0, 3_600_000),
  };
}

/**
 * Loads `.env` from the working folder if there is one; variables already set in the environment win.
 * Called once by the entry points (server, seed, neo4j CLI), never at import time.
 */
export function loadDotEnv(cwd = process.cwd()): void {
  const file = path.join(cwd, '.env');
  if (fs.existsSync(file)) process.loadEnvFile(file);
}

/** The URI without credentials, for logs. */
export function redactUri(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, '//');
}
