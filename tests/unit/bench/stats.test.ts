// The benchmark's statistics: percentiles interpolate between ranks, summaries refuse bad samples, ratios of
// nothing are not measurements.
import { describe, expect, it } from 'vitest';
import { median, medianOrNull, percentile, ratio, round, summarize } from '../../../bench/stats.js';

describe('percentile', () => {
  it('interpolates linearly between ranks', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentile([10, 20, 30, 40, 50], 95)).toBeCloseTo(48);
    expect(percentile([5], 99)).toBe(5);
  });

  it('does not depend on the order of the samples', () => {
    expect(percentile([4, 1, 3, 2], 25)).toBe(percentile([1, 2, 3, 4], 25));
  });

  it('returns the extremes at 0 and 100', () => {
    expect(percentile([3, 9, 1], 0)).toBe(1);
    expect(percentile([3, 9, 1], 100)).toBe(9);
  });

  it('refuses an empty sample and a percentile outside 0–100', () => {
    expect(() => percentile([], 50)).toThrow(/empty/);
    expect(() => percentile([1], 101)).toThrow(/between 0 and 100/);
  });
});

describe('summarize', () => {
  it('gives count, extremes, quartiles, tail percentiles and mean', () => {
    const s = summarize(Array.from({ length: 101 }, (_, i) => i));
    expect(s).toMatchObject({
      n: 101,
      min: 0,
      p25: 25,
      p50: 50,
      p75: 75,
      p95: 95,
      p99: 99,
      max: 100,
      mean: 50,
    });
  });

  it('refuses non-finite samples instead of skipping them', () => {
    expect(() => summarize([1, Number.NaN])).toThrow(/finite/);
    expect(() => summarize([])).toThrow(/empty/);
  });

  it('median is the 50th percentile', () => {
    expect(median([9, 1, 5])).toBe(5);
  });

  it('has no median for an empty sample, rather than a number', () => {
    expect(medianOrNull([])).toBeNull();
    expect(medianOrNull([4, 2])).toBe(3);
  });
});

describe('ratio and round', () => {
  it('is null when the baseline is zero or missing', () => {
    expect(ratio(2, 0)).toBeNull();
    expect(ratio(null, 2)).toBeNull();
    expect(ratio(3, 2)).toBe(1.5);
  });

  it('keeps three significant digits below 100 and whole numbers above', () => {
    expect(round(1.23456)).toBe(1.23);
    expect(round(0.012345)).toBe(0.0123);
    expect(round(12345.6)).toBe(12346);
    expect(round(0)).toBe(0);
  });
});
