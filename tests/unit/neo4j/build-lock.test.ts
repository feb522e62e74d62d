// The directory lock processes building into neo4j/target/ share (neo4j/build.ts acquireLock): a lock left over by a
// process that died, or one that names no owner, is taken over instead of waited on for a quarter of an hour.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireLock } from '../../../neo4j/build.js';

const dirs: string[] = [];
function lockIn(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tg-lock-'));
  dirs.push(dir);
  return path.join(dir, '.archive-lock');
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A lock taken `agoMs` ago whose pid file holds `pid` ('' for an empty one, null for none). */
function leftOver(lockDir: string, pid: string | null, agoMs: number): void {
  fs.mkdirSync(lockDir);
  if (pid !== null) fs.writeFileSync(path.join(lockDir, 'pid'), pid);
  const then = new Date(Date.now() - agoMs);
  fs.utimesSync(lockDir, then, then);
}

describe('the build lock', () => {
  it('takes over a lock whose pid file is empty, left over by a release that raced a reader', async () => {
    const lockDir = lockIn();
    leftOver(lockDir, '', 10 * 60_000);
    const release = await acquireLock(() => {}, lockDir, 'a test');
    expect(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8')).toBe(String(process.pid));
    release();
    expect(fs.existsSync(lockDir)).toBe(false);
  });

  it('takes over a lock with no pid file at all, and one whose owner died', async () => {
    const lockDir = lockIn();
    leftOver(lockDir, null, 10 * 60_000);
    (await acquireLock(() => {}, lockDir, 'a test'))();
    // No process has pid 2^22 + 1 (above Linux's default pid_max).
    leftOver(lockDir, String(4_194_305), 0);
    (await acquireLock(() => {}, lockDir, 'a test'))();
    expect(fs.existsSync(lockDir)).toBe(false);
  });

  it('waits on a lock a live process holds, and never creates its pid file by reading it', async () => {
    const lockDir = lockIn();
    leftOver(lockDir, String(process.pid), 10 * 60_000);
    const said: string[] = [];
    const taken = acquireLock((m) => said.push(m), lockDir, 'a test');
    await expect.poll(() => said.length, { timeout: 30_000 }).toBe(1);
    expect(said[0]).toBe('Another process is building a test; waiting for it…');
    // The holder releases it: the waiter takes it then.
    fs.rmSync(lockDir, { recursive: true, force: true });
    (await taken)();
    // A fresh lock whose owner has not written its pid yet is waited on, and reading it leaves no pid file behind.
    leftOver(lockDir, null, 0);
    const waiting: string[] = [];
    const next = acquireLock((m) => waiting.push(m), lockDir, 'a test');
    await expect.poll(() => waiting.length, { timeout: 30_000 }).toBe(1);
    expect(fs.existsSync(path.join(lockDir, 'pid'))).toBe(false);
    fs.rmSync(lockDir, { recursive: true, force: true });
    (await next)();
  });
});
