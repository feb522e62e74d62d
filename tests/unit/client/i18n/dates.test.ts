// Dates shown to the reader are written by one formatter per language: in Arabic with Arabic-Indic digits (as the
// dashboard's axis writes its periods), in English as stored; a partial date keeps its precision (a year stays a
// year), and a range reads from its start to its end in the reading direction, isolated from the text around it.
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange } from '../../../../client/i18n/dates.js';
import { factDates } from '../../../../client/graph/names.js';

describe('formatDate', () => {
  it('writes a partial date in English as stored, to its own precision', () => {
    expect(formatDate('2019', 'en')).toBe('2019');
    expect(formatDate('2022-04', 'en')).toBe('2022-04');
    expect(formatDate('2025-08-03', 'en')).toBe('2025-08-03');
  });

  it('writes it in Arabic with Arabic-Indic digits, to its own precision', () => {
    expect(formatDate('2019', 'ar')).toBe('٢٠١٩');
    expect(formatDate('2022-04', 'ar')).toBe('٢٠٢٢-٠٤');
    expect(formatDate('2025-08-03', 'ar')).toBe('٢٠٢٥-٠٨-٠٣');
  });

  it('leaves what is no date as it is (a foreign graph’s text)', () => {
    expect(formatDate('early 2020s', 'ar')).toBe('early 2020s');
    expect(formatDate('2025-08-03T10:00:00Z', 'ar')).toBe('2025-08-03T10:00:00Z');
  });
});

describe('formatDateRange', () => {
  it('reads start to end in English', () => {
    expect(formatDateRange('2019', '2025-08-03', 'en')).toBe('2019 – 2025-08-03');
  });

  it('reads start to end right to left in Arabic, isolated as a right-to-left run', () => {
    // RLI … PDI: whatever the text around it, the start stands on the right, where an Arabic reader begins.
    expect(formatDateRange('2019', '2025-08-03', 'ar')).toBe('\u2067٢٠١٩ – ٢٠٢٥-٠٨-٠٣\u2069');
  });
});

describe('dates in the sentences and facts', () => {
  it('a fact’s dates in the UI language', () => {
    expect(factDates({ properties: { start: '2019', end: '2022-04' } }, 'ar')).toBe(
      '\u2067٢٠١٩ – ٢٠٢٢-٠٤\u2069',
    );
    expect(factDates({ properties: { start: '2019', end: '2022-04' } }, 'en')).toBe('2019 – 2022-04');
    expect(factDates({ properties: { since: '2024' } }, 'ar')).toBe('٢٠٢٤ –');
  });
});
