// Neo4j connection settings from the environment, validated once; shared by the server and the seed CLI.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_EMBEDDED_PORT } from './embedded.js';
import { ConfigError, envVar, readVar, readVarOr, wholeNumber, type Env } from './env-var.js';

export const DEFAULT_NEO4J_USER = 'neo4j';
export const DEFAULT_NEO4J_DATABASE = 'neo4j';
export const DEFAULT_DATA_DIR = '.data/neo4j';
export const DEFAULT_HEAP_MB = 1024;
export const DEFAULT_PAGECACHE_MB = 512;
/** How long start-up keeps retrying a Neo4j that is not reachable yet (a server coming up late). */
export const DEFAULT_STARTUP_WAIT_MS = 60_000;
export const NEO4J_URI_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'] as const;

export { ConfigError };

/** The Neo4j variables, in the order the README and `.env.example` list them. */
export const NEO4J_VARS = {
  NEO4J_URI: envVar({
    name: 'NEO4J_URI',
    schema: z.string().refine((uri) => {
      const scheme = /^([a-z0-9+]+):\/\/[^/\s]+/i.exec(uri)?.[1]?.toLowerCase();
      return scheme !== undefined && (NEO4J_URI_SCHEMES as readonly string[]).includes(scheme);
    }),
    expected: `a ${NEO4J_URI_SCHEMES.map((s) => `${s}://`).join(', ')} URI such as bolt://localhost:7687`,
    fallback: undefined as string | undefined,
    doc: {
      default: 'unset → embedded',
      meaning: '`bolt://`, `bolt+s://`, `neo4j://` or `neo4j+s://` URI of a Neo4j 5',
      example: 'bolt://localhost:7687',
      section: true,
      note: [
        'Neo4j: leave NEO4J_URI unset to run the embedded Neo4j (Java 17+ and Maven needed; data in NEO4J_DATA_DIR).',
        'Set it to use any Neo4j 5: bolt://host:7687, bolt+s://…, neo4j://cluster:7687, neo4j+s://xxxx.databases.neo4j.io (Aura).',
      ],
    },
  }),
  NEO4J_USER: envVar({
    name: 'NEO4J_USER',
    schema: z.string(),
    expected: 'a user name',
    fallback: DEFAULT_NEO4J_USER,
    doc: { default: '`neo4j`', meaning: 'user name', example: DEFAULT_NEO4J_USER, set: true },
  }),
  NEO4J_PASSWORD: envVar({
    name: 'NEO4J_PASSWORD',
    // Not trimmed away: a password is taken as written (readNeo4jConfig reads the raw text).
    schema: z.string(),
    expected: 'a password',
    fallback: undefined as string | undefined,
    doc: {
      default: 'embedded: generated, kept in `.data/neo4j/.password`',
      meaning: 'password (required with `NEO4J_URI`)',
      example: 'change-me-please',
      note: [
        'Required with NEO4J_URI and with docker compose (8+ characters). With the embedded Neo4j, unset means a generated',
        'password kept in .data/neo4j/.password.',
      ],
    },
  }),
  NEO4J_DATABASE: envVar({
    name: 'NEO4J_DATABASE',
    schema: z.string().regex(/^[A-Za-z][A-Za-z0-9.-]{2,62}$/),
    expected: 'a Neo4j database name (3–63 letters, digits, dots or dashes, starting with a letter)',
    fallback: DEFAULT_NEO4J_DATABASE,
    doc: {
      default: '`neo4j`',
      meaning: 'database name (always named explicitly in every session)',
      example: DEFAULT_NEO4J_DATABASE,
      set: true,
    },
  }),
  NEO4J_EMBEDDED_PORT: envVar({
    name: 'NEO4J_EMBEDDED_PORT',
    ...wholeNumber(1, 65535),
    fallback: DEFAULT_EMBEDDED_PORT,
    doc: {
      default: `\`${DEFAULT_EMBEDDED_PORT}\``,
      meaning: 'Bolt port of the embedded Neo4j (127.0.0.1 only)',
      example: String(DEFAULT_EMBEDDED_PORT),
    },
  }),
  NEO4J_STARTUP_WAIT_MS: envVar({
    name: 'NEO4J_STARTUP_WAIT_MS',
    ...wholeNumber(0, 3_600_000),
    fallback: DEFAULT_STARTUP_WAIT_MS,
    doc: {
      default: `\`${DEFAULT_STARTUP_WAIT_MS}\``,
      meaning: 'how long start-up and the seed wait for a Neo4j that is not reachable yet',
      example: String(DEFAULT_STARTUP_WAIT_MS),
    },
  }),
  NEO4J_DATA_DIR: envVar({
    name: 'NEO4J_DATA_DIR',
    schema: z.string(),
    expected: 'a folder',
    fallback: DEFAULT_DATA_DIR,
    doc: {
      default: `\`${DEFAULT_DATA_DIR}\``,
      meaning: 'data folder of the embedded Neo4j',
      example: DEFAULT_DATA_DIR,
    },
  }),
  NEO4J_HEAP_MB: envVar({
    name: 'NEO4J_HEAP_MB',
    ...wholeNumber(256, 65536),
    fallback: DEFAULT_HEAP_MB,
    doc: {
      default: `\`${DEFAULT_HEAP_MB}\``,
      meaning: 'heap of the embedded Neo4j (MB)',
      example: String(DEFAULT_HEAP_MB),
    },
  }),
  NEO4J_PAGECACHE_MB: envVar({
    name: 'NEO4J_PAGECACHE_MB',
    ...wholeNumber(64, 65536),
    fallback: DEFAULT_PAGECACHE_MB,
    doc: {
      default: `\`${DEFAULT_PAGECACHE_MB}\``,
      meaning: 'page cache of the embedded Neo4j (MB)',
      example: String(DEFAULT_PAGECACHE_MB),
    },
  }),
} as const;

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

export function readNeo4jConfig(env: Env = process.env, cwd = process.cwd()): Neo4jConfig {
  const v = NEO4J_VARS;
  const uri = readVar(env, v.NEO4J_URI);
  const rawPassword = env.NEO4J_PASSWORD;
  const password = rawPassword === undefined || rawPassword.trim() === '' ? undefined : rawPassword;
  if (uri === undefined && password !== undefined && password.length < 8) {
    throw new ConfigError(
      'NEO4J_PASSWORD',
      'Invalid NEO4J_PASSWORD: the embedded Neo4j needs at least 8 characters.',
    );
  }
  return {
    uri,
    user: readVarOr(env, v.NEO4J_USER),
    password,
    database: readVarOr(env, v.NEO4J_DATABASE),
    embeddedPort: readVarOr(env, v.NEO4J_EMBEDDED_PORT),
    dataDir: path.resolve(cwd, readVarOr(env, v.NEO4J_DATA_DIR)),
    heapMb: readVarOr(env, v.NEO4J_HEAP_MB),
    pageCacheMb: readVarOr(env, v.NEO4J_PAGECACHE_MB),
    startupWaitMs: readVarOr(env, v.NEO4J_STARTUP_WAIT_MS),
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
