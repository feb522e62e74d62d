// The closing lines `npm test` prints for a failed run (scripts/test.mjs failureDigest), read from vitest's JSON report.
// The reports here are cut down from ones vitest 4 wrote (the fields the digest reads, the rest left out).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../scripts/build.mjs';
import { failureDigest } from '../../../scripts/test.mjs';

/** One file's results: its path under the project, its status, its tests and the message of a failure outside them. */
function fileResult(name: string, status: string, tests: ReturnType<typeof test>[], message = '') {
  return { name: path.join(ROOT, name), status, message, assertionResults: tests };
}

/** The JSON report of these files' results. */
const reportOf = (...files: ReturnType<typeof fileResult>[]) => JSON.stringify({ testResults: files });

function test(title: string, status: string, message?: string) {
  return {
    ancestorTitles: ['cypher endpoint'],
    title,
    status,
    failureMessages: message ? [message] : [],
  };
}

describe('failureDigest', () => {
  it('names each failed test by file and titles with the first line of its error', () => {
    const report = reportOf(
      fileResult('tests/integration/server/cypher.test.ts', 'failed', [
        test('returns rows', 'passed'),
        test(
          'returns 403 for a write query',
          'failed',
          '\n  AssertionError: expected 200 to be 403\n    at x.ts:1:1',
        ),
      ]),
      fileResult('tests/unit/model/ids.test.ts', 'passed', [test('ok', 'passed')]),
    );
    expect(failureDigest(report)).toEqual([
      '  × tests/integration/server/cypher.test.ts › cypher endpoint › returns 403 for a write query: ' +
        'AssertionError: expected 200 to be 403',
    ]);
  });

  it('names a file that failed outside any test (an import or a hook) with its message', () => {
    const report = reportOf(
      fileResult(
        'tests/browser/canvas.test.ts',
        'failed',
        [test('draws', 'skipped')],
        'Error: Hook timed out in 180000ms.\nIf this is a long-running hook…',
      ),
    );
    expect(failureDigest(report)).toEqual([
      '  × tests/browser/canvas.test.ts: Error: Hook timed out in 180000ms.',
    ]);
  });

  it('stops at its limit and says how many more the report has', () => {
    const failed = Array.from({ length: 5 }, (_, i) => test(`case ${i}`, 'failed', `Error: ${i}`));
    const report = reportOf(fileResult('tests/unit/a.test.ts', 'failed', failed));
    const lines = failureDigest(report, 2);
    expect(lines).toEqual([
      '  × tests/unit/a.test.ts › cypher endpoint › case 0: Error: 0',
      '  × tests/unit/a.test.ts › cypher endpoint › case 1: Error: 1',
      '  … and 3 more in its report above',
    ]);
  });

  it('says where to look when no test failed, no file ran or no report was written', () => {
    const passing = reportOf(fileResult('tests/unit/a.test.ts', 'passed', [test('ok', 'passed')]));
    expect(failureDigest(passing)).toEqual([
      '  every test passed, yet the run failed (an unhandled error or a timeout): see its report above',
    ]);
    expect(failureDigest(reportOf())).toEqual([
      '  no test file ran (none matched, or none could start): see its report above',
    ]);
    for (const missing of [undefined, '', '{"testResults":', '[]'])
      expect(failureDigest(missing)).toEqual([
        '  no test results were written: the cause is in its report above',
      ]);
  });
});
