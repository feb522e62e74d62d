// `npm test` (scripts/test.mjs) splits the suite into two vitest runs side by side: every project of vitest.config.ts
// must be in exactly one of them, or `npm test` would silently skip it.
import { describe, expect, it } from 'vitest';
import config from '../../../vitest.config.js';
import { OWN_ENGINE_PROJECTS, SHARED_ENGINE_PROJECTS, planTestRuns } from '../../../scripts/test.mjs';

function configuredProjects(): string[] {
  const projects = (config.test?.projects ?? []) as { test?: { name?: string } }[];
  return projects.map((p) => p.test?.name ?? '(unnamed)');
}

describe('npm test’s plan', () => {
  it('runs every configured project exactly once, the fault-injection project beside the others', () => {
    const runs = planTestRuns([]);
    const named = runs.flatMap((r) => r.args.filter((_, i) => r.args[i - 1] === '--project'));
    expect(named.sort()).toEqual(configuredProjects().sort());
    expect(new Set(named).size).toBe(named.length);
    expect(runs.map((r) => r.live)).toEqual([true, false]);
    expect(runs[1]!.args).toEqual(['run', ...OWN_ENGINE_PROJECTS.flatMap((p) => ['--project', p])]);
    expect(runs[0]!.args).toEqual(['run', ...SHARED_ENGINE_PROJECTS.flatMap((p) => ['--project', p])]);
  });

  it('passes arguments to one plain vitest run (a file, a project, a test name)', () => {
    expect(planTestRuns(['tests/unit/model/normalize.test.ts', '-t', 'folds'])).toEqual([
      { name: 'vitest', args: ['run', 'tests/unit/model/normalize.test.ts', '-t', 'folds'], live: true },
    ]);
  });
});
