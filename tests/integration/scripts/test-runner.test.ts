// `npm test`'s runner (scripts/test.mjs) with real vitest runs: held reports are printed whole after the runs end,
// one line per run says how it ended and, for a failed run, what failed in it, and one failed run fails the whole.
// Small files stand in for the suite's halves: a unit file that passes, a filter that matches nothing, and a fixture
// suite that fails on purpose.
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runTests } from '../../../scripts/test.mjs';

const PASSING = ['run', '--project', 'unit', 'tests/unit/scripts/test-runner.test.ts'];
/** A filter that matches no file: vitest exits 1 ("No test files found"). */
const FAILING = ['run', '--project', 'unit', 'tests/unit/scripts/no-such-file'];
/** A suite with one passing and one deliberately failing test (tests/fixtures/failing-suite). */
const FAILING_TEST = ['run', '--config', 'tests/fixtures/failing-suite/vitest.config.mjs'];

/** The reports without their colours (vitest colours them when this run's output is a terminal). */
const plain = (text: string) => stripVTControlCharacters(text);

/** Runs held vitest runs of these names and arguments; resolves with the exit code and all that was written. */
async function runHeld(runs: [name: string, args: string[]][]): Promise<{ code: number; written: string }> {
  let written = '';
  const code = await runTests(
    runs.map(([name, args]) => ({ name, args, live: false })),
    (text) => (written += text),
  );
  return { code, written };
}

describe('npm test’s runner', () => {
  it('reports every held run whole with how it ended, and fails when one run fails', async () => {
    const { code, written } = await runHeld([
      ['first half', PASSING],
      ['second half', FAILING],
    ]);
    expect(code).toBe(1);
    const first = written.indexOf('── first half (ran beside the others) ──');
    const second = written.indexOf('── second half (ran beside the others) ──');
    expect(first).toBeGreaterThan(-1);
    expect(second).toBeGreaterThan(first);
    // Each report is whole and in its own block: the passing run's summary before the failing run's heading.
    expect(plain(written.slice(first, second))).toMatch(/Tests\s+\d+ passed \(\d+\)/);
    expect(plain(written.slice(second))).toMatch(/No test (files )?found/i);
    expect(written).toContain('passed: first half\n');
    expect(written).toContain('FAILED (exit code 1): second half\n');
    // A run that ran no file says so and where its cause is; the passing run gets no digest.
    const closing = written.slice(written.lastIndexOf('passed: first half'));
    expect(closing).toBe(
      'passed: first half\n' +
        'FAILED (exit code 1): second half\n' +
        '  no test file ran (none matched, or none could start): see its report above\n',
    );
  });

  it('names each failed test with the first line of its error in the closing lines', async () => {
    const { code, written } = await runHeld([
      ['passing half', PASSING],
      ['failing half', FAILING_TEST],
    ]);
    expect(code).toBe(1);
    const closing = written.slice(written.lastIndexOf('passed: passing half'));
    expect(closing).toBe(
      'passed: passing half\n' +
        'FAILED (exit code 1): failing half\n' +
        '  × tests/fixtures/failing-suite/arithmetic.check.mjs › arithmetic › fails on purpose: ' +
        'AssertionError: the deliberate failure: expected 2 to be 3 // Object.is equality\n',
    );
  });

  it('passes when every run passes', async () => {
    const { code, written } = await runHeld([['only', PASSING]]);
    expect(code).toBe(0);
    expect(plain(written)).toMatch(/Tests\s+\d+ passed \(\d+\)/);
  });
});
