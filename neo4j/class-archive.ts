// Java class-data sharing for the embedded Neo4j. Once per launcher jar and Java build, a training start writes the
// classes it loaded into an archive (-XX:ArchiveClassesAtExit, JDK 13+); every later start maps them instead of
// reading, verifying and parsing them from ~200 jars. On a slow 2-core machine that cut a start from ~15 s to ~11 s
// and its CPU time by a quarter. It is an optimisation only: without an archive Neo4j starts as before.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LAUNCHER_DIR, acquireLock, type Log } from './build.js';
import { javaVersionText } from './java.js';
import { eachLine } from './lines.js';
import { freePort } from './ports.js';

const TARGET_DIR = path.join(LAUNCHER_DIR, 'target');
const LOCK_DIR = path.join(TARGET_DIR, '.archive-lock');
/** JVM options the training and every real start share: an archive maps only under the garbage collector it was
 * written with, so a GC chosen in one place and not the other would silently leave the archive unused. */
export const ARCHIVE_JVM_FLAGS = ['-XX:+UseG1GC', '-Dfile.encoding=UTF-8'];
/** A training start is a whole Neo4j start plus writing ~100 MB; a loaded machine gets minutes. */
export const DEFAULT_TRAINING_TIMEOUT_MS = 300_000;
/** A failed training is tried again after this long (it may have been a full disk or a machine too busy to finish). */
export const DEFAULT_FAILED_RETRY_MS = 24 * 60 * 60 * 1000;
/** Archives kept in target/ (one per Java build, ~100 MB each), newest first; older ones are removed. */
export const DEFAULT_KEPT_ARCHIVES = 3;

const ARCHIVE_NAME = /^neo4j-launcher-[0-9a-f]+\.jsa(\.failed)?$/;

/**
 * The archive for one Java build (by its version lines) and one place of the project: a JVM maps only an archive its
 * own build wrote, and only with the very class path it was written with, by absolute path. A project copied or moved
 * with its target/ folder (its archive still names the old folder's jars) would otherwise keep an archive that every
 * start silently ignores, and start ~2 s slower for good.
 */
export function classArchivePath(java: string, dir = TARGET_DIR): string {
  const id = crypto
    .createHash('sha256')
    .update(`${java}\n${javaVersionText(java) ?? ''}\n${path.resolve(dir)}`)
    .digest('hex')
    .slice(0, 12);
  return path.join(dir, `neo4j-launcher-${id}.jsa`);
}

function isNewer(file: string, than: string): boolean {
  try {
    return fs.statSync(file).mtimeMs >= fs.statSync(than).mtimeMs;
  } catch {
    return false;
  }
}

function mtimeMs(file: string): number | undefined {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

/**
 * Removes what no start can use: archives and failure marks older than the jar (a start maps only an archive as new
 * as its jar), and archives of other Java builds beyond the `max` newest. Each is ~100 MB, and every Java update
 * would otherwise leave one behind. A JVM that has an archive mapped keeps reading it after it is removed.
 */
export function pruneClassArchives(dir: string, jar: string, max = DEFAULT_KEPT_ARCHIVES): string[] {
  const jarTime = mtimeMs(jar);
  if (jarTime === undefined) return [];
  const entries = fs
    .readdirSync(dir)
    .filter((name) => ARCHIVE_NAME.test(name))
    .map((name) => ({ name, time: mtimeMs(path.join(dir, name)) ?? 0 }));
  const stale = entries.filter((e) => e.time < jarTime);
  const archives = entries
    .filter((e) => e.time >= jarTime && e.name.endsWith('.jsa'))
    .sort((a, b) => b.time - a.time);
  const removed = [...stale, ...archives.slice(max)].map((e) => e.name);
  for (const name of removed) fs.rmSync(path.join(dir, name), { force: true });
  return removed;
}

/**
 * Options given to every JVM through the environment that hook class loading. OpenJDK 17.0.15 crashes at start-up
 * (SIGSEGV in check_shared_class_file_load_hook) when Flight Recorder runs on top of a dynamic archive, and agents use
 * the same hook, so with any of them Neo4j starts without the archive.
 */
const CLASS_LOAD_HOOKS = /-XX:(\+FlightRecorder|StartFlightRecording)|-javaagent|-agentlib|-agentpath/;

function hooksClassLoading(env: NodeJS.ProcessEnv): boolean {
  return CLASS_LOAD_HOOKS.test(`${env.JDK_JAVA_OPTIONS ?? ''} ${env.JAVA_TOOL_OPTIONS ?? ''}`);
}

/** The JVM options that map the archive, or none when there is no archive as new as the jar. */
export function classArchiveArgs(java: string, jar: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const archive = classArchivePath(java);
  return isNewer(archive, jar) && !hooksClassLoading(env) ? [`-XX:SharedArchiveFile=${archive}`] : [];
}

/**
 * Writes the archive unless one as new as the jar exists, or an attempt for this jar failed within the last
 * `failedRetryMs` (a JDK without a base archive cannot write one; trying at every start would cost a start each
 * time). Never throws.
 */
export async function ensureClassArchive(
  java: string,
  jar: string,
  log: Log,
  failedRetryMs = DEFAULT_FAILED_RETRY_MS,
): Promise<void> {
  const archive = classArchivePath(java);
  const failed = `${archive}.failed`;
  const failedLately = () => isNewer(failed, jar) && Date.now() - (mtimeMs(failed) ?? 0) < failedRetryMs;
  const settled = () => isNewer(archive, jar) || failedLately();
  if (settled()) return;
  let release: (() => void) | undefined;
  try {
    release = await acquireLock(log, LOCK_DIR, 'the Neo4j class archive');
    if (settled()) return;
    // A training cut short (its parent killed mid-way) leaves its ~100 MB part behind; under the lock none is live.
    for (const name of fs.readdirSync(TARGET_DIR)) {
      if (name.endsWith('.partial')) fs.rmSync(path.join(TARGET_DIR, name), { force: true });
    }
    log('Preparing a class archive that makes every later Neo4j start faster (once per build)…');
    await train(java, jar, archive);
    fs.rmSync(failed, { force: true });
    log('The Neo4j class archive is ready.');
    const removed = pruneClassArchives(TARGET_DIR, jar);
    if (removed.length > 0) log(`Removed class archives no start can use: ${removed.join(', ')}.`);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    log(`Neo4j starts without a class archive: ${why}`);
    try {
      fs.writeFileSync(failed, `${why}\n`);
    } catch {
      // target/ not writable: the next start tries again.
    }
  } finally {
    release?.();
  }
}

/** Starts the launcher on a throwaway database, stops it once ready, and keeps the archive it writes at exit. */
async function train(java: string, jar: string, archive: string): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'talent-graph-neo4j-training-'));
  const partial = `${archive}.${process.pid}.partial`;
  try {
    const port = await freePort();
    const args = [
      `-XX:ArchiveClassesAtExit=${partial}`,
      '-Xms256m',
      '-Xmx512m',
      ...ARCHIVE_JVM_FLAGS,
      '-jar',
      jar,
      '--data',
      dataDir,
      '--port',
      String(port),
      '--pagecache-mb',
      '64',
      '--watch-stdin',
    ];
    // The archive is of the launcher's classes alone: options meant for the real starts (a JIT tier, a recorder,
    // an agent) stay out of it.
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      TALENT_GRAPH_NEO4J_PASSWORD: crypto.randomBytes(18).toString('base64url'),
    };
    delete env.JDK_JAVA_OPTIONS;
    delete env.JAVA_TOOL_OPTIONS;
    const child = spawn(java, args, { stdio: ['pipe', 'pipe', 'pipe'], env });
    const output: string[] = [];
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`the training start did not end within ${DEFAULT_TRAINING_TIMEOUT_MS / 1000} s`));
      }, DEFAULT_TRAINING_TIMEOUT_MS);
      eachLine([child.stdout, child.stderr], (line) => {
        output.push(line);
        if (output.length > 20) output.shift();
        // Closing stdin makes the launcher exit normally, which is when the JVM writes the archive.
        if (line.startsWith('NEO4J_READY ')) child.stdin?.end();
      });
      child.once('error', (e) => {
        clearTimeout(timer);
        reject(new Error(`Java could not be started: ${e.message}`));
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        if (code === 0 && fs.existsSync(partial)) resolve();
        else
          reject(
            new Error(`the training start ended with ${code ?? signal} and no archive\n${output.join('\n')}`),
          );
      });
    });
    fs.renameSync(partial, archive);
  } finally {
    fs.rmSync(partial, { force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
