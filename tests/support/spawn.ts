// Helpers for tests that run whole processes: wait for a line, for a pid to vanish, for a frozen one to stop, for a
// URL to answer.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** True when every thread of the process is stopped (state T in /proc/<pid>/task/<tid>/stat); false if it is gone. */
function allThreadsStopped(pid: number): boolean {
  try {
    const tasks = fs.readdirSync(`/proc/${pid}/task`);
    return tasks.every((tid) => {
      const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      return /^[tT]$/.test(stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3));
    });
  } catch {
    return false;
  }
}

/**
 * Waits until the kernel reports every thread of a process stopped, after a SIGSTOP. kill() only queues the signal:
 * on a loaded 2-core machine a search was answered 82 ms after Neo4j was sent SIGSTOP, so a test of "the database
 * hangs" starts its requests only once it really does.
 */
export async function waitUntilStopped(child: ChildProcess, timeoutMs = 30_000): Promise<void> {
  await waitFor(() => allThreadsStopped(child.pid!) || undefined, timeoutMs, `process ${child.pid} to stop`);
}

export async function waitFor<T>(
  probe: () => Promise<T | undefined> | T | undefined,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== false) return v as T;
    if (Date.now() - started > timeoutMs)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Collects a child's stdout+stderr and resolves when a line matches. */
export function waitForLine(
  child: ChildProcess,
  pattern: RegExp,
  timeoutMs: number,
): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let buf = '';
    const timer = setTimeout(
      () => reject(new Error(`Timed out waiting for ${pattern}; output:\n${buf.slice(-3000)}`)),
      timeoutMs,
    );
    const onData = (b: Buffer) => {
      buf += b.toString('utf8');
      const m = pattern.exec(buf);
      if (m) {
        clearTimeout(timer);
        resolve(m);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      const m = pattern.exec(buf);
      if (m) resolve(m);
      else reject(new Error(`Process exited (${code}) before ${pattern}; output:\n${buf.slice(-3000)}`));
    });
  });
}

/** Collects a child's stdout+stderr as it runs, and resolves `exited` with its exit code. */
export function captureOutput(child: ChildProcess): { output: () => string; exited: Promise<number | null> } {
  let output = '';
  child.stdout?.on('data', (b: Buffer) => (output += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (output += b.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { output: () => output, exited };
}
