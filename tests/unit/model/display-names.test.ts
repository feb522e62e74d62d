// Display names of any node: the documented properties first, then the first string property in key order.
import { describe, expect, it } from 'vitest';
import {
  displayNameOf,
  displayNameProperty,
  namesOf,
  searchableNames,
} from '../../../model/display-names.js';

describe('display names', () => {
  it('takes name, then title, then the other listed properties', () => {
    expect(displayNameOf({ title: 'The Matrix', name: 'Keanu Reeves' })).toBe('Keanu Reeves');
    expect(displayNameOf({ title: 'The Matrix', released: 1999 })).toBe('The Matrix');
    expect(displayNameOf({ handle: 'lamplighter', id: 'shared-7' })).toBe('lamplighter');
    expect(displayNameOf({ code: 'PUB-N', 'display name': 'North Quay Press' })).toBe('North Quay Press');
  });

  it('falls back to the first string property in key order, skipping blanks and non-strings', () => {
    expect(displayNameProperty({ zeta: 'z', alpha: '  ', beta: 'b', id: 42 })).toBe('beta');
    expect(displayNameOf({ n: 1, flag: true })).toBeUndefined();
  });

  it('lets search match every listed name and aliases, else the fallback name', () => {
    expect(searchableNames({ name: 'Meta', aliases: ['Facebook', 3], title: 'x' })).toEqual([
      'Meta',
      'x',
      'Facebook',
    ]);
    expect(searchableNames({ code: 'PUB-N', zip: '123' })).toEqual(['PUB-N']);
  });

  it('never names a node by a value its types say is no string (a date, bytes, a big integer, NaN)', () => {
    // Made-up properties of a foreign graph's node, as the API writes them: all JSON strings, four of them typed.
    const properties = {
      big: '9007199254740993',
      born: '1971-06-28',
      code: 'N-7',
      data: 'AAH/',
      nan: 'NaN',
    };
    const types = { '/big': 'Integer', '/born': 'Date', '/data': 'Base64', '/nan': 'Float' };
    expect(displayNameOf(properties, types)).toBe('N-7');
    expect(displayNameOf({ born: '1971-06-28' }, { '/born': 'Date' })).toBeUndefined();
    // A listed name property typed as a date is no name either.
    expect(displayNameOf({ name: '2024-01-01', code: 'N-7' }, { '/name': 'Date' })).toBe('N-7');
    expect(searchableNames({ born: '1971-06-28', code: 'N-7' }, { '/born': 'Date' })).toEqual(['N-7']);
    // A list's typed items are none either; a typed name leaves the next listed property to name the node.
    const aliases = { aliases: ['AQI=', 'Nadia', '2024-01-01'] };
    expect(namesOf(aliases, { '/aliases/0': 'Base64', '/aliases/2': 'Date' }, 'aliases')).toEqual(['Nadia']);
    expect(namesOf({ name: '2024-01-01' }, { '/name': 'Date' }, 'name')).toEqual([]);
    expect(searchableNames({ name: '2024-01-01', title: 'T' }, { '/name': 'Date' })).toEqual(['T']);
  });
});
