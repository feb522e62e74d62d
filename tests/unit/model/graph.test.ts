// The shared graph model's pure helpers (model/graph.ts).
import { describe, expect, it } from 'vitest';
import { compareIds } from '../../../model/graph.js';

describe('compareIds', () => {
  it('orders ids by code unit, the same in every locale: capitals before lower case, digits before letters', () => {
    const ids = ['person:b', 'Person:a', 'org:9', 'org:10', 'person:a', 'person:a'];
    expect([...ids].sort(compareIds)).toEqual([
      'Person:a',
      'org:10',
      'org:9',
      'person:a',
      'person:a',
      'person:b',
    ]);
    expect(compareIds('x', 'x')).toBe(0);
    expect(compareIds('a', 'b')).toBe(-1);
    expect(compareIds('b', 'a')).toBe(1);
  });
});
