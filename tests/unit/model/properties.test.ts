// The typed property readers shared by server and client (model/properties.ts).
import { describe, expect, it } from 'vitest';
import { nonBlankText, textList, textOrNull } from '../../../model/properties.js';

describe('property readers', () => {
  it('textOrNull keeps any string, empty included, and turns every other value into null', () => {
    expect(textOrNull('Meta')).toBe('Meta');
    expect(textOrNull('')).toBe('');
    for (const v of [null, undefined, 42, true, ['a'], { a: 1 }]) expect(textOrNull(v)).toBeNull();
  });

  it('nonBlankText keeps only strings with something besides white space', () => {
    expect(nonBlankText(' ميتا ')).toBe(' ميتا ');
    for (const v of ['', '   \n', null, 7, ['x']]) expect(nonBlankText(v)).toBeUndefined();
  });

  it('textList keeps the strings of a list and makes one string a list of one', () => {
    expect(textList(['a', 1, null, 'b'])).toEqual(['a', 'b']);
    expect(textList('src:1')).toEqual(['src:1']);
    expect(textList(undefined)).toEqual([]);
    expect(textList({ a: 'b' })).toEqual([]);
  });
});
