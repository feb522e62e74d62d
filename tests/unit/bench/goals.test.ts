// Goal evaluation: met or missed by the comparator at the threshold, "not measured" when there is no number, and
// every goal of a run's sections present in the report.
import { describe, expect, it } from 'vitest';
import { GOALS, completeGoals, countStatuses, evaluateGoal, goalDef } from '../../../bench/goals.js';

describe('evaluateGoal', () => {
  it('meets an upper bound at or below the threshold and misses above it', () => {
    const def = goalDef('latency.search');
    expect(evaluateGoal(def, 30).status).toBe('met');
    expect(evaluateGoal(def, 30.1).status).toBe('missed');
  });

  it('meets a lower bound at or above the threshold', () => {
    const def = goalDef('seed.speedup');
    expect(evaluateGoal(def, 30).status).toBe('met');
    expect(evaluateGoal(def, 29.9).status).toBe('missed');
  });

  it('treats zero errors as met and one error as missed', () => {
    const def = goalDef('load.search.errors');
    expect(evaluateGoal(def, 0).status).toBe('met');
    expect(evaluateGoal(def, 1).status).toBe('missed');
  });

  it('marks a missing or non-finite measurement as not measured, keeping the reason', () => {
    const r = evaluateGoal(goalDef('client.click-10k'), null, 'the client is not built yet');
    expect(r).toMatchObject({ status: 'not-measured', measured: null, note: 'the client is not built yet' });
    expect(evaluateGoal(goalDef('latency.path'), Number.NaN).status).toBe('not-measured');
  });

  it('refuses an unknown goal id', () => {
    expect(() => goalDef('latency.nope')).toThrow(/unknown goal id/);
  });
});

describe('completeGoals', () => {
  it('lists every goal of the sections run, in definition order, filling the gaps with the section reason', () => {
    const evaluated = [evaluateGoal(goalDef('latency.search'), 12)];
    const out = completeGoals(evaluated, ['latency', 'client'], { client: 'not measured yet: no client' });
    expect(out.map((g) => g.id)).toEqual(
      GOALS.filter((g) => g.section === 'latency' || g.section === 'client').map((g) => g.id),
    );
    expect(out.find((g) => g.id === 'latency.search')!.status).toBe('met');
    expect(out.find((g) => g.id === 'client.click-10k')).toMatchObject({
      status: 'not-measured',
      note: 'not measured yet: no client',
    });
    expect(countStatuses(out)).toEqual({ met: 1, missed: 0, 'not-measured': out.length - 1 });
  });
});
