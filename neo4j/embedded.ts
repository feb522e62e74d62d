// Starts the real Neo4j Community engine as a child JVM with Bolt on 127.0.0.1 and stops it with its parent.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { ensureLauncher, type Log } from './build.js';
import { ARCHIVE_JVM_FLAGS, classArchiveArgs, ensureClassArchive } from './class-archive.js';
import { EmbeddedNeo4jError, assertJava } from './java.js';
import { eachLine } from './lines.js';
import { freePort, portIsFree } from './ports.js';

export { freePort };

export const DEFAULT_EMBEDDED_PORT = 7687;
export const DEFAULT_HEAP_MB = 1024;
export const DEFAULT_PAGECACHE_MB = 512;
export const DEFAULT_START_TIMEOUT_MS = 180_000;
export const DEFAULT_STOP_TIMEOUT_MS = 30_000;

export interface EmbeddedOptions {
  dataDir: string;
  port?: number; // 0 picks a free port
  user?: string;
  password: string;
  heapMb?: number;
  pageCacheMb?: number;
  startTimeoutMs?: number;
  /** Further Neo4j settings by their neo4j.conf names; Neo4j rejects an unknown name at start. */
  settings?: Readonly<Record<string, string>>;
  log?: Log;
}

/** The file in the data folder that carries `settings` to the launcher (neo4j.conf's format). */
const SETTINGS_FILE = 'talent-graph-neo4j.conf';

/** Writes `settings` as neo4j.conf lines; a name or value that would break the format is refused. */
function writeSettings(dataDir: string, settings: Readonly<Record<string, string>>): string {
  const lines = Object.entries(settings).map(([name, value]) => {
    if (!/^[a-z][a-z0-9_.]*$/.test(name) || /[\r\n]/.test(value)) {
      throw new EmbeddedNeo4jError(
        `The Neo4j setting ${JSON.stringify(name)} = ${JSON.stringify(value)} cannot be passed to the embedded engine: ` +
          'expected a dotted lower-case name and a one-line value.',
      );
    }
    return `${name}=${value}`;
  });
  const file = path.join(dataDir, SETTINGS_FILE);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

export interface EmbeddedNeo4j {
  uri: string;
  port: number;
  user: string;
  password: string;
  version: string;
  pid: number;
  /** Stops the JVM (SIGTERM, then SIGKILL after a grace period). Safe to call twice. */
  stop(): Promise<void>;
  /** The child process, for fault-injection tests (SIGSTOP/SIGCONT). */
  process: ChildProcess;
}

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

// If the parent exits without stopping us, take the JVM down with it. (A SIGKILLed parent is covered
// by the launcher watching its stdin pipe.)
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const child of running) {
      try {
        child.kill('SIGKILL');
      } catch {
        // already gone
      }
    }
  });
}

export async function startEmbeddedNeo4j(opts: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const log = opts.log ?? (() => {});
  const java = assertJava();
  const jar = await ensureLauncher(log);
  await ensureClassArchive(java, jar, log);
  const user = opts.user ?? 'neo4j';
  const port = opts.port === 0 ? await freePort() : (opts.port ?? DEFAULT_EMBEDDED_PORT);
  if (!(await portIsFree(port))) {
    throw new EmbeddedNeo4jError(
      `Port ${port} on 127.0.0.1 is already in use, so the embedded Neo4j cannot listen there. ` +
        'Stop whatever listens there, set NEO4J_EMBEDDED_PORT to another port, or set NEO4J_URI to use that Neo4j.',
    );
  }
  fs.mkdirSync(opts.dataDir, { recursive: true });
  const args = [
    ...classArchiveArgs(java, jar),
    `-Xms256m`,
    `-Xmx${opts.heapMb ?? DEFAULT_HEAP_MB}m`,
    ...ARCHIVE_JVM_FLAGS,
    '-XX:+ExitOnOutOfMemoryError',
    '-jar',
    jar,
    '--data',
    path.resolve(opts.dataDir),
    '--port',
    String(port),
    '--user',
    user,
    '--pagecache-mb',
    String(opts.pageCacheMb ?? DEFAULT_PAGECACHE_MB),
    '--watch-stdin',
  ];
  if (opts.settings && Object.keys(opts.settings).length > 0) {
    args.push('--config', path.resolve(writeSettings(opts.dataDir, opts.settings)));
  }
  // The password travels in the child's environment, which only this user can read (a command-line argument would
  // show in every user's `ps`); it is never logged.
  const child = spawn(java, args, {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, TALENT_GRAPH_NEO4J_PASSWORD: opts.password },
  });
  running.add(child);
  installExitHook();
  child.on('exit', () => running.delete(child));

  const output: string[] = [];
  const version = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new EmbeddedNeo4jError(
          `Neo4j did not start within ${(opts.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS) / 1000} s.\n${output.slice(-20).join('\n')}`,
        ),
      );
    }, opts.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS);
    eachLine([child.stdout, child.stderr], (line) => {
      output.push(line);
      if (output.length > 200) output.shift();
      const ready = /^NEO4J_READY \S+ version=(\S+)/.exec(line);
      if (ready) {
        clearTimeout(timer);
        resolve(ready[1] ?? 'unknown');
      }
      const err = /^NEO4J_ERROR (.*)$/.exec(line);
      if (err) {
        clearTimeout(timer);
        reject(new EmbeddedNeo4jError(`The embedded Neo4j failed to start: ${err[1]}`));
      }
    });
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(new EmbeddedNeo4jError(`Could not start Java: ${e.message}`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(
        new EmbeddedNeo4jError(
          `The embedded Neo4j exited before it was ready (code ${code ?? signal}).\n${output.slice(-20).join('\n')}`,
        ),
      );
    });
  });
  child.removeAllListeners('exit');
  child.on('exit', () => running.delete(child));
  // Keep draining output so the JVM never blocks on a full pipe.
  child.stdout!.resume();
  child.stderr!.resume();

  const uri = `bolt://127.0.0.1:${port}`;
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, opts.password));
  try {
    await driver.verifyConnectivity();
  } finally {
    await driver.close();
  }

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const killTimer = setTimeout(() => child.kill('SIGKILL'), DEFAULT_STOP_TIMEOUT_MS);
      child.once('exit', () => {
        clearTimeout(killTimer);
        resolve();
      });
      child.kill('SIGCONT'); // a stopped (SIGSTOPped) JVM cannot handle SIGTERM
      child.kill('SIGTERM');
    });
    return stopping;
  };
  return { uri, port, user, password: opts.password, version, pid: child.pid!, stop, process: child };
}
