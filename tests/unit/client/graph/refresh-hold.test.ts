// Sigma's refreshes held while a change goes in (client/graph/refresh-hold.ts): one refresh at the end, rendering at
// once only when one of the held ones was to.
import { describe, expect, it } from 'vitest';
import { createRefreshHold } from '../../../../client/graph/refresh-hold.js';

function setup() {
  const made: { schedule: boolean }[] = [];
  return { made, hold: createRefreshHold((opts) => made.push(opts)) };
}

describe('createRefreshHold', () => {
  it('holds nothing outside a run', () => {
    const { made, hold } = setup();
    expect(hold.take()).toBe(false);
    expect(hold.take({ schedule: true })).toBe(false);
    expect(made).toEqual([]);
  });

  it('makes the refreshes asked during a run as one, scheduled when all of them were', () => {
    const { made, hold } = setup();
    const out = hold.run(() => {
      expect(hold.take({ schedule: true })).toBe(true);
      expect(hold.take({ schedule: true })).toBe(true);
      expect(made).toEqual([]);
      return 42;
    });
    expect(out).toBe(42);
    expect(made).toEqual([{ schedule: true }]);
  });

  it('renders at once when one held refresh was to', () => {
    const { made, hold } = setup();
    hold.run(() => {
      hold.take({ schedule: true });
      hold.take();
      hold.take({ schedule: true });
    });
    expect(made).toEqual([{ schedule: false }]);
  });

  it('makes none when none was asked', () => {
    const { made, hold } = setup();
    hold.run(() => undefined);
    expect(made).toEqual([]);
  });

  it('waits for the outermost run of nested ones', () => {
    const { made, hold } = setup();
    hold.run(() => {
      hold.run(() => hold.take());
      expect(made).toEqual([]);
      hold.take({ schedule: true });
    });
    expect(made).toEqual([{ schedule: false }]);
    // And the next run starts afresh.
    hold.run(() => hold.take({ schedule: true }));
    expect(made).toEqual([{ schedule: false }, { schedule: true }]);
  });

  it('still refreshes when the work throws, and passes the error on', () => {
    const { made, hold } = setup();
    expect(() =>
      hold.run(() => {
        hold.take({ schedule: true });
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(made).toEqual([{ schedule: true }]);
    expect(hold.take()).toBe(false);
  });
});
