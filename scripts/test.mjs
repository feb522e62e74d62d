// `npm test`: every test project, with the fault-injection project (processes) run beside the others.
// Vitest runs one group of projects at a time and gives a group one worker count, so two groups that share nothing
// can only overlap as two vitest processes: the projects on the run's one Neo4j (unit, integration, browser) in one,
// the files that start their own engines (processes) in the other. Neither half keeps both cores busy alone: on the
// 2-core machine integration and processes took 566 s side by side against 722–809 s one after the other.
//   node scripts/test.mjs              both halves; the processes report is printed after the live one
//   node scripts/test.mjs [args…]      one plain `vitest run args…` (a file, --project …, -t …)
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, buildIfStale } from './build.mjs';

/** The projects of vitest.config.ts that use the run's shared Neo4j (or none): run one group after the other. */
export const SHARED_ENGINE_PROJECTS = ['unit', 'integration', 'browser'];
/** The projects whose files start their own engines and servers: they run beside the others. */
export const OWN_ENGINE_PROJECTS = ['processes'];

/**
 * The vitest runs `npm test` makes for these arguments. The `live` run streams its output; the others' output is
 * held and printed once every run has finished, so two reports never interleave.
 */
export function planTestRuns(args) {
  if (args.length > 0) return [{ name: 'vitest', args: ['run', ...args], live: true }];
  const projects = (names) => names.flatMap((name) => ['--project', name]);
  return [
    {
      name: SHARED_ENGINE_PROJECTS.join(', '),
      args: ['run', ...projects(SHARED_ENGINE_PROJECTS)],
      live: true,
    },
    { name: OWN_ENGINE_PROJECTS.join(', '), args: ['run', ...projects(OWN_ENGINE_PROJECTS)], live: false },
  ];
}

/**
 * Starts one vitest run; `done` resolves with its exit code (1 when a signal ended it or it could not start; Node may
 * emit 'close' after 'error', and only the first settles) and its held output.
 */
function runVitest(run) {
  const vitest = path.join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
  // A held report keeps its colours when it is printed to a terminal.
  const colour = !run.live && process.stdout.isTTY ? { FORCE_COLOR: '1' } : {};
  const child = spawn(process.execPath, [vitest, ...run.args], {
    cwd: ROOT,
    env: { ...process.env, ...colour },
    stdio: run.live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
  });
  const held = [];
  child.stdout?.on('data', (b) => held.push(b));
  child.stderr?.on('data', (b) => held.push(b));
  const done = new Promise((resolve) => {
    child.on('error', (err) => {
      held.push(Buffer.from(`Could not start vitest: ${err.message}\n`));
      resolve(1);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
  return { child, done: done.then((code) => ({ run, code, output: Buffer.concat(held) })) };
}

/**
 * Runs the planned vitest runs at once and reports: the live run's output as it comes, then each held report, then
 * one line per run when there were several. Resolves with the exit code for them all: 0 only if every run passed.
 */
export async function runTests(runs, write = (text) => process.stdout.write(text)) {
  const started = runs.map(runVitest);
  // Ctrl-C reaches every child through the terminal's process group; a SIGTERM or SIGHUP sent to this process alone
  // is passed on, so no vitest (and none of the engines it started) outlives it.
  const passOn = (signal) => {
    for (const { child } of started) if (child.exitCode === null) child.kill(signal);
  };
  const ignore = () => {};
  process.on('SIGTERM', passOn).on('SIGHUP', passOn).on('SIGINT', ignore);
  try {
    const results = await Promise.all(started.map((s) => s.done));
    for (const { run, output } of results) {
      if (run.live) continue;
      write(`\n── ${run.name} (ran beside the others) ──\n`);
      write(output.toString('utf8'));
    }
    if (results.length > 1) {
      write('\n');
      for (const { run, code } of results)
        write(`${code === 0 ? 'passed' : `FAILED (exit code ${code})`}: ${run.name}\n`);
    }
    return results.every((r) => r.code === 0) ? 0 : 1;
  } finally {
    process.off('SIGTERM', passOn).off('SIGHUP', passOn).off('SIGINT', ignore);
  }
}

async function main() {
  const runs = planTestRuns(process.argv.slice(2));
  if (runs.length > 1) {
    // Built once, before the runs start: two of them building dist/ at the same time would overwrite each other.
    try {
      await buildIfStale({ client: true, server: true, log: (m) => process.stdout.write(`${m}\n`) });
    } catch (err) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    const beside = runs.filter((r) => !r.live).map((r) => r.name);
    process.stdout.write(`Running ${beside.join(', ')} beside the others; its report follows theirs.\n`);
  }
  process.exitCode = await runTests(runs);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
