// `npm test` (scripts/test.mjs) splits the suite into vitest runs side by side: every project of vitest.config.ts must
// be in exactly one of them, or `npm test` would silently skip it.
import { describe, expect, it } from 'vitest';
import config from '../../../vitest.config.js';
import { ONE_DATABASE_RUN_GROUPS, TEST_RUN_GROUPS, planTestRuns } from '../../../scripts/test.mjs';

function configuredProjects(): string[] {
  const projects = (config.test?.projects ?? []) as { test?: { name?: string } }[];
  return projects.map((p) => p.test?.name ?? '(unnamed)');
}

/** Every project the runs name, in order. */
function projectsOf(runs: { args: string[] }[]): string[] {
  return runs.flatMap((r) => r.args.filter((_, i) => r.args[i - 1] === '--project'));
}

describe('npm test’s plan', () => {
  it('runs every configured project exactly once, the browser run live and the others beside it', () => {
    const runs = planTestRuns([], {});
    expect(projectsOf(runs).sort()).toEqual(configuredProjects().sort());
    expect(new Set(projectsOf(runs)).size).toBe(projectsOf(runs).length);
    expect(runs.map((r) => r.live)).toEqual([true, false, false]);
    expect(runs.map((r) => r.args)).toEqual(
      TEST_RUN_GROUPS.map((projects) => ['run', ...projects.flatMap((p) => ['--project', p])]),
    );
    expect(runs[0]!.name).toBe('browser');
  });

  it('runs integration and browser one after the other when NEO4J_TEST_URI names the one database they would share', () => {
    const runs = planTestRuns([], { NEO4J_TEST_URI: 'bolt://db.example:7687' });
    expect(projectsOf(runs).sort()).toEqual(configuredProjects().sort());
    expect(runs.map((r) => r.args)).toEqual(
      ONE_DATABASE_RUN_GROUPS.map((projects) => ['run', ...projects.flatMap((p) => ['--project', p])]),
    );
    const shared = runs.filter((r) => r.args.includes('integration') || r.args.includes('browser'));
    expect(shared).toHaveLength(1);
    expect(shared[0]!.live).toBe(true);
  });

  it('passes arguments to one plain vitest run (a file, a project, a test name)', () => {
    expect(planTestRuns(['tests/unit/model/normalize.test.ts', '-t', 'folds'])).toEqual([
      { name: 'vitest', args: ['run', 'tests/unit/model/normalize.test.ts', '-t', 'folds'], live: true },
    ]);
  });
});
