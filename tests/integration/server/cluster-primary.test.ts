// The cluster primary (WEB_CONCURRENCY > 1) outlives its workers' deaths: when all die at once, the message that
// tells the others the new set meets a worker that is already gone (EPIPE). Unheard, that error ended the primary
// with exit code 1 and the whole server with it (seen once as a SIGTERM test's wrong exit code). A real cluster of
// five idle workers, killed together twenty times (tests/support/cluster-deaths.ts).
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { captureOutput } from '../../support/spawn.js';

describe('the cluster primary', () => {
  it('survives all its workers dying at once, round after round', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/cluster-deaths.ts', '20'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const { exited, output } = captureOutput(child);
    expect(await exited, output()).toBe(0);
    expect(output()).toMatch(/survived 20 rounds/);
  }, 180_000);

  it('still ends, with the reason, when a worker cannot even be spawned (it would never report an exit)', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'tests/support/cluster-deaths.ts', 'unstartable'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const { exited, output } = captureOutput(child);
    expect(await exited, output()).toBe(1);
    expect(output()).toMatch(/spawn .*ENOENT/);
  }, 180_000);
});
