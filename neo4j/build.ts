// Builds the Java launcher jar with Maven on first use (downloading the Neo4j engine once) and reuses it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { EmbeddedNeo4jError, assertMaven } from './java.js';
import { eachLine } from './lines.js';
import { findProjectRoot } from './project-root.js';

export const LAUNCHER_DIR = path.join(findProjectRoot(import.meta.url), 'neo4j');
export const LAUNCHER_JAR = path.join(LAUNCHER_DIR, 'target', 'neo4j-launcher.jar');
const SOURCES = [
  path.join(LAUNCHER_DIR, 'pom.xml'),
  path.join(LAUNCHER_DIR, 'src/main/java/talentgraph/Launcher.java'),
];
const LOCK_DIR = path.join(LAUNCHER_DIR, 'target', '.build-lock');
const DEFAULT_LOCK_WAIT_MS = 15 * 60_000;
/** How long a lock naming no owner is waited on before it is taken as left over (its owner writes its pid at once). */
const DEFAULT_OWNERLESS_LOCK_MS = 30_000;

export type Log = (message: string) => void;

function mtime(file: string): number {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/** True when the jar and its copied dependencies exist and are newer than the launcher's sources. */
export function launcherIsFresh(): boolean {
  const jar = mtime(LAUNCHER_JAR);
  if (!jar || !fs.existsSync(path.join(LAUNCHER_DIR, 'target', 'lib'))) return false;
  return SOURCES.every((s) => mtime(s) <= jar);
}

/** Takes a directory lock (mkdir is atomic) shared by processes building into target/; returns its release. */
export async function acquireLock(
  log: Log,
  lockDir = LOCK_DIR,
  what = 'the Neo4j launcher',
): Promise<() => void> {
  fs.mkdirSync(path.dirname(lockDir), { recursive: true });
  const started = Date.now();
  let told = false;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      return () => fs.rmSync(lockDir, { recursive: true, force: true });
    } catch {
      // Another process builds; a lock whose owner died is taken over, and so is one that names no owner past a
      // moment (its owner writes its pid right after taking it: one without is left over by a process that died in
      // between, or by a release that raced a reader).
      const owner = lockOwner(lockDir);
      if (
        owner === 'gone' ||
        (owner && !isAlive(owner)) ||
        (owner === null && ageMs(lockDir) > DEFAULT_OWNERLESS_LOCK_MS)
      ) {
        fs.rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (!told) {
        log(`Another process is building ${what}; waiting for it…`);
        told = true;
      }
      if (Date.now() - started > DEFAULT_LOCK_WAIT_MS) {
        throw new EmbeddedNeo4jError(
          `Timed out waiting for the lock ${lockDir}; remove it if no build is running.`,
        );
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/**
 * Who holds the lock: its pid; null when it names none (yet); 'gone' when the lock went meanwhile. Read without
 * creating the file: a reader that created an empty pid file while the owner released the lock made the release's
 * rmdir fail and left a lock no one owned, which every later build waited on for DEFAULT_LOCK_WAIT_MS.
 */
function lockOwner(lockDir: string): number | null | 'gone' {
  try {
    return Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8').trim()) || null;
  } catch {
    return fs.existsSync(lockDir) ? null : 'gone';
  }
}

/** How long ago the lock was taken (its directory's change time); 0 when it went meanwhile. */
function ageMs(lockDir: string): number {
  try {
    return Date.now() - fs.statSync(lockDir).mtimeMs;
  } catch {
    return 0;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Builds the launcher unless it is fresh. The first build downloads Neo4j (~120 MB) from Maven Central. */
export async function ensureLauncher(log: Log = () => {}): Promise<string> {
  if (launcherIsFresh()) return LAUNCHER_JAR;
  const release = await acquireLock(log);
  try {
    if (launcherIsFresh()) return LAUNCHER_JAR;
    const mvn = assertMaven();
    log(
      'Building the embedded Neo4j launcher. The first run downloads the Neo4j engine (~120 MB) from Maven Central; later runs reuse it.',
    );
    await new Promise<void>((resolve, reject) => {
      const child = spawn(mvn, ['-B', '-ntp', 'package', '-DskipTests', '-Dmaven.javadoc.skip=true'], {
        cwd: LAUNCHER_DIR,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let downloads = 0;
      const tail: string[] = [];
      const onLine = (line: string) => {
        tail.push(line);
        if (tail.length > 40) tail.shift();
        if (/Download(ed|ing) from/.test(line)) {
          downloads += 1;
          if (downloads % 25 === 0) log(`  …${downloads} artifacts fetched`);
        }
      };
      eachLine([child.stdout, child.stderr], onLine);
      child.on('error', (err) =>
        reject(new EmbeddedNeo4jError(`Maven could not be started: ${err.message}`)),
      );
      child.on('close', (code) => {
        if (code === 0) {
          log('The embedded Neo4j launcher is built.');
          resolve();
        } else {
          reject(
            new EmbeddedNeo4jError(
              `Building the Neo4j launcher failed (mvn exit ${code}):\n${tail.join('\n')}`,
            ),
          );
        }
      });
    });
    return LAUNCHER_JAR;
  } finally {
    release();
  }
}
