import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  earliestDay,
  isPartialDate,
  latestDay,
  mayPrecede,
} from '../../../model/dates.js';

describe('partial ISO dates', () => {
  it('accepts a year, a year-month and a real calendar day', () => {
    for (const d of ['2025', '2025-08', '2025-08-29', '2024-02-29']) expect(isPartialDate(d)).toBe(true);
  });

  it('rejects impossible or malformed dates', () => {
    for (const d of [
      '2025-13',
      '2025-00',
      '2025-02-29',
      '2025-04-31',
      '25',
      '2025-8',
      '2025/08/29',
      '0999',
      'soon',
    ])
      expect(isPartialDate(d)).toBe(false);
  });

  it('compares at the common precision', () => {
    expect(comparePartialDates('2025', '2025-03')).toBe(0);
    expect(comparePartialDates('2024-12', '2025')).toBe(-1);
    expect(comparePartialDates('2025-05-02', '2025-05-01')).toBe(1);
    expect(mayPrecede('2022-05', '2022-06')).toBe(true);
    expect(mayPrecede('2023', '2022-06')).toBe(false);
  });

  it('gives the first and last day a partial date can mean', () => {
    expect(earliestDay('2025')).toBe('2025-01-01');
    expect(latestDay('2024-02')).toBe('2024-02-29');
    expect(latestDay('2025')).toBe('2025-12-31');
  });
});
