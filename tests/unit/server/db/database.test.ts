// withoutCallerStacks (server/db/database.ts): a query is started with V8's stack capture off, and the process's
// limit is back as soon as `run` returns or throws.
import { afterEach, describe, expect, it } from 'vitest';
import { withoutCallerStacks, type QueryRunner } from '../../../../server/db/database.js';

const LIMIT = Error.stackTraceLimit;

/** A runner that records the stack an Error built inside `run` gets, as the driver's result does. */
function recordingRunner(fail = false): { runner: QueryRunner; stacks: string[] } {
  const stacks: string[] = [];
  const runner = {
    run: () => {
      stacks.push(new Error('').stack ?? '');
      if (fail) throw new TypeError('bad parameters');
      return 'result';
    },
  } as unknown as QueryRunner;
  return { runner, stacks };
}

describe('withoutCallerStacks', () => {
  afterEach(() => {
    Error.stackTraceLimit = LIMIT;
  });

  it('starts the query with no stack frames captured, and returns what run returns', () => {
    const { runner, stacks } = recordingRunner();
    expect(withoutCallerStacks(runner).run('RETURN 1')).toBe('result');
    expect(stacks).toHaveLength(1);
    expect(stacks[0]).not.toMatch(/\n\s+at /);
    // Outside it, errors keep their frames.
    expect(new Error('').stack).toMatch(/\n\s+at /);
  });

  it('puts the limit back when run throws', () => {
    const { runner } = recordingRunner(true);
    expect(() => withoutCallerStacks(runner).run('RETURN 1')).toThrow('bad parameters');
    expect(Error.stackTraceLimit).toBe(LIMIT);
  });
});
