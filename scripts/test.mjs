// `npm test`: every test project, as three vitest runs side by side.
// Vitest runs one group of projects at a time and gives a group one worker count, so groups that share nothing can
// only overlap as separate vitest processes. Each run that needs the shared Neo4j starts its own (a global setup is
// per vitest process), so the browser files and the integration files no longer wait for each other on one engine,
// and the fault-injection files (processes) start their own engines beside both. One run alone keeps the 2-core
// machine only ~75 % busy (the browser files) or shares it with one other; side by side they keep it busy to the end.
//   node scripts/test.mjs              every run; the held reports are printed after the live one
//   node scripts/test.mjs [args…]      one plain `vitest run args…` (a file, --project …, -t …)
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, buildIfStale } from './build.mjs';

/**
 * The runs of `npm test`, each a list of projects of vitest.config.ts. The first is live (it streams its output); the
 * others' output is held and printed once every run has finished, so two reports never interleave. The browser run,
 * the longest, is live.
 */
export const TEST_RUN_GROUPS = [
  ['browser'], // real Chromium on its own shared engine
  ['unit', 'integration'], // no engine, then one shared engine of its own
  ['processes'], // files that start their own engines and servers
];

/**
 * The runs when NEO4J_TEST_URI names the one database every run would use: integration and browser files reset and
 * reseed it, so they run one group after the other in one run; processes starts its own engines beside it.
 */
export const ONE_DATABASE_RUN_GROUPS = [['unit', 'integration', 'browser'], ['processes']];

/** The vitest runs `npm test` makes for these arguments and this environment. */
export function planTestRuns(args, env = process.env) {
  if (args.length > 0) return [{ name: 'vitest', args: ['run', ...args], live: true }];
  const groups = env.NEO4J_TEST_URI ? ONE_DATABASE_RUN_GROUPS : TEST_RUN_GROUPS;
  return groups.map((projects, i) => ({
    name: projects.join(', '),
    args: ['run', ...projects.flatMap((name) => ['--project', name])],
    live: i === 0,
  }));
}

/** At most this many failed tests are named in the closing lines of a failed run; its report has them all. */
export const DEFAULT_DIGEST_LIMIT = 10;

/**
 * The closing lines naming what failed in one run, read from vitest's JSON report: each failed test (file › name) with
 * the first line of its error, and each file that failed outside a test (an import or a hook). The live run's report
 * scrolls far above the end of the output, and a CI log often keeps only its tail: these lines keep the cause in it.
 * `report` is the JSON text, or undefined when vitest wrote none (it could not start, or found no file).
 */
export function failureDigest(report, limit = DEFAULT_DIGEST_LIMIT) {
  let parsed;
  try {
    parsed = report === undefined ? undefined : JSON.parse(report);
  } catch {
    parsed = undefined;
  }
  if (!parsed || !Array.isArray(parsed.testResults))
    return ['  no test results were written: the cause is in its report above'];
  if (parsed.testResults.length === 0)
    return ['  no test file ran (none matched, or none could start): see its report above'];
  const firstLine = (text) =>
    String(text ?? '')
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l.length > 0) ?? '(no message)';
  const lines = [];
  for (const file of parsed.testResults) {
    const where = path.relative(ROOT, String(file.name ?? ''));
    const failed = (file.assertionResults ?? []).filter((t) => t.status === 'failed');
    for (const test of failed) {
      const name = [...(test.ancestorTitles ?? []), test.title].join(' › ');
      lines.push(`  × ${where} › ${name}: ${firstLine(test.failureMessages?.[0])}`);
    }
    if (failed.length === 0 && file.status === 'failed')
      lines.push(`  × ${where}: ${firstLine(file.message)}`);
  }
  if (lines.length === 0)
    return [
      '  every test passed, yet the run failed (an unhandled error or a timeout): see its report above',
    ];
  if (lines.length > limit)
    return [...lines.slice(0, limit), `  … and ${lines.length - limit} more in its report above`];
  return lines;
}

/**
 * Starts one vitest run; `done` resolves with its exit code (1 when a signal ended it or it could not start; Node may
 * emit 'close' after 'error', and only the first settles) and its held output.
 */
function runVitest(run, reportFile) {
  const vitest = path.join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
  // A held report keeps its colours when it is printed to a terminal.
  const colour = !run.live && process.stdout.isTTY ? { FORCE_COLOR: '1' } : {};
  // The JSON report is written beside the config's reporters (naming any reporter replaces them, so 'default' too).
  const reporting = reportFile
    ? ['--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`]
    : [];
  const child = spawn(process.execPath, [vitest, ...run.args, ...reporting], {
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
  const readReport = () => {
    try {
      return reportFile ? readFileSync(reportFile, 'utf8') : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    child,
    done: done.then((code) => ({ run, code, output: Buffer.concat(held), report: readReport() })),
  };
}

/**
 * Runs the planned vitest runs at once and reports: the live run's output as it comes, then each held report, then
 * one line per run when there were several, each failed run's followed by what failed in it. Resolves with the exit
 * code for them all: 0 only if every run passed.
 */
export async function runTests(runs, write = (text) => process.stdout.write(text)) {
  const several = runs.length > 1;
  const reports = several ? mkdtempSync(path.join(os.tmpdir(), 'talent-graph-tests-')) : undefined;
  const started = runs.map((run, i) => runVitest(run, reports && path.join(reports, `run-${i}.json`)));
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
    if (several) {
      write('\n');
      for (const { run, code, report } of results) {
        write(`${code === 0 ? 'passed' : `FAILED (exit code ${code})`}: ${run.name}\n`);
        if (code !== 0) write(`${failureDigest(report).join('\n')}\n`);
      }
    }
    return results.every((r) => r.code === 0) ? 0 : 1;
  } finally {
    process.off('SIGTERM', passOn).off('SIGHUP', passOn).off('SIGINT', ignore);
    if (reports) rmSync(reports, { recursive: true, force: true });
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
    const held = runs.filter((r) => !r.live).map((r) => `[${r.name}]`);
    const live = runs.find((r) => r.live);
    process.stdout.write(
      `Running [${live?.name}] with ${held.join(' and ')} beside it; their reports follow its own.\n`,
    );
  }
  process.exitCode = await runTests(runs);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
