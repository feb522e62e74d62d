// How a bad value is named in a message (model/describe-value.ts): what the user must fix has to be visible in it,
// so characters that show as nothing (a stray left-to-right mark, a zero-width space) are written out.
import { describe, expect, it } from 'vitest';
import { describeValue } from '../../../model/describe-value.js';

describe('describeValue', () => {
  it('quotes text and names other values by kind', () => {
    expect(describeValue('person_id')).toBe('"person_id"');
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue(null)).toBe('null');
    expect(describeValue([1])).toBe('a list');
    expect(describeValue({})).toBe('a mapping');
    expect(describeValue(3)).toBe('a number (3)');
  });

  it('writes out characters that show as nothing, so a header cell with a stray mark is not shown as a known name', () => {
    expect(describeValue('\u200Eperson_id')).toBe('"\\u200Eperson_id"');
    expect(describeValue('person\u200B_id')).toBe('"person\\u200B_id"');
    expect(describeValue('\uFEFFid')).toBe('"\\uFEFFid"');
    expect(describeValue('a\u00A0b\u2028c\u00ADd\u2066e')).toBe('"a\\u00A0b\\u2028c\\u00ADd\\u2066e"');
    expect(describeValue('tag\u{E0041}')).toBe('"tag\\uDB40\\uDC41"');
  });

  it('leaves visible text alone, Arabic with its marks too', () => {
    expect(describeValue('مُحَمَّد ماسك')).toBe('"مُحَمَّد ماسك"');
    expect(describeValue('a b\tc')).toBe('"a b\\tc"');
  });
});
