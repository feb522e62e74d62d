// `npm start` as a user runs it: bad configuration exits with one line naming the variable.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function start(env: Record<string, string>) {
  return spawnSync(process.execPath, ['scripts/start.mjs', 'server'], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    encoding: 'utf8',
    // A ceiling, not a budget: a stale build is compiled first, which takes minutes on a loaded machine.
    timeout: 600_000,
  });
}

describe('npm start with bad configuration', () => {
  it('exits non-zero with one line naming NEO4J_URI when it is not a Neo4j URI', () => {
    const res = start({ NEO4J_URI: 'http://x' });
    expect(res.status).toBe(2);
    const lines = res.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^Configuration error: Invalid NEO4J_URI: expected a bolt:\/\/.* got 'http:\/\/x'\.$/,
    );
  });

  it('exits non-zero with one line naming WEB_CONCURRENCY when it is neither a positive whole number nor auto', () => {
    const res = start({ WEB_CONCURRENCY: 'many' });
    expect(res.status).toBe(2);
    expect(res.stderr.trim()).toBe(
      "Configuration error: Invalid WEB_CONCURRENCY: expected a whole number from 1 to 256 or auto, got 'many'.",
    );
  });

  it('exits non-zero with one line naming PORT when it is not a number', () => {
    const res = start({ PORT: 'abc' });
    expect(res.status).toBe(2);
    expect(res.stderr.trim()).toBe(
      "Configuration error: Invalid PORT: expected a whole number from 0 to 65535, got 'abc'.",
    );
  });
});
