// Which stints a person left together (model/leavings.ts): the stints left for one stint joined are one leaving, dated
// by the latest end among them (the stated ones for a stated move); a stint that led nowhere because a stint of
// unknown start there ended later is left with it; any other stint that led nowhere is a leaving of its own. Stints
// made up here, shaped as tests/support/one-date-graph.ts's careers.
import { describe, expect, it } from 'vitest';
import { leavingsOf, type LeftStint } from '../../../model/leavings.js';

const stint = (
  id: string,
  orgId: string,
  start: string | null,
  end: string | null,
  o: { stated?: boolean; parents?: string[] } = {},
): LeftStint => ({
  id,
  orgId,
  start,
  end,
  left: end !== null,
  stated: o.stated ?? true,
  parents: o.parents ?? [],
});

/** Each stint's leaving: [stint, the leaving's stints, when]; a stint with none, alone. */
const leavings = (stints: LeftStint[]) => {
  const by = leavingsOf(stints);
  return stints
    .filter((s) => s.end)
    .map((s) => [s.id, by.get(s.id)?.stints.map((x) => x.id) ?? 'alone', by.get(s.id)?.when ?? s.end]);
};

describe('leavingsOf', () => {
  it('leaves a division and its parent for one stint joined at once, at the latest end (h6)', () => {
    const h6 = [
      stint('fair', 'fair', null, '2024-12', { parents: ['meta'] }),
      stint('meta', 'meta', null, '2025-02'),
      stint('xai', 'xai', '2025-03', null),
    ];
    expect(leavings(h6)).toEqual([
      ['fair', ['meta', 'fair'], '2025-02'],
      ['meta', ['meta', 'fair'], '2025-02'],
    ]);
  });

  it('leaves one stint two sources end differently at once (b2)', () => {
    const b2 = [
      stint('meta-a', 'meta', null, '2024-12'),
      stint('meta-b', 'meta', null, '2025-01'),
      stint('xai', 'xai', '2025-02', null),
    ];
    expect(leavings(b2)).toEqual([
      ['meta-a', ['meta-b', 'meta-a'], '2025-01'],
      ['meta-b', ['meta-b', 'meta-a'], '2025-01'],
    ]);
  });

  it('dates a stated move by its stated stints left, and names the implied one beside them', () => {
    const stints = [
      stint('fair', 'fair', '2020', '2024-12', { parents: ['meta'] }),
      stint('meta', 'meta', '2020', '2025-02', { stated: false }),
      stint('xai', 'xai', null, null),
    ];
    expect(leavings(stints)).toEqual([
      ['fair', ['fair', 'meta'], '2024-12'],
      ['meta', ['fair', 'meta'], '2024-12'],
    ]);
  });

  it('keeps a stint that led nowhere its own leaving when what ended later is elsewhere', () => {
    // Meta 2015–2020, Google (start unknown) to 2021, xAI from 2022: Google→xAI; leaving Meta led nowhere.
    const stints = [
      stint('meta', 'meta', '2015', '2020'),
      stint('google', 'google', null, '2021'),
      stint('xai', 'xai', '2022', null),
    ];
    expect(leavings(stints)).toEqual([
      ['meta', 'alone', '2020'],
      ['google', ['google'], '2021'],
    ]);
  });
});
