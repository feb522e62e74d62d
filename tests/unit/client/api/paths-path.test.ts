// The path of a path search: the options as pathParams writes them, and no certainty shown sent as an empty list.
import { describe, expect, it } from 'vitest';
import { pathsPath } from '../../../../client/api/api.js';

describe('pathsPath', () => {
  it('sends the certainties shown, and none as an empty list rather than leaving it out (every one)', () => {
    const url = (opts: Parameters<typeof pathsPath>[3]) =>
      new URL(pathsPath('person:a', 'person:b', 6, opts), 'http://localhost').searchParams;
    expect(url({ certainties: 'stated' }).get('certainties')).toBe('stated');
    expect(url({ certainties: '' }).get('certainties')).toBe('');
    expect(url({}).has('certainties')).toBe(false);
    expect(pathsPath('person:a', 'person:b', 6, {})).toBe(
      '/api/paths?from=person%3Aa&to=person%3Ab&maxLength=6&all=true',
    );
  });
});
