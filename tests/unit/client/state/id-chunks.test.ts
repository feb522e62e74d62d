// Long id lists cut into the parts a URL can carry: by count and by encoded length, two lists side by side.
import { describe, expect, it } from 'vitest';
import { chunkIds, pairedIdParts } from '../../../../client/state/id-chunks.js';

describe('chunkIds', () => {
  it('cuts a list at the count an endpoint accepts, keeping its order', () => {
    expect(chunkIds(['a', 'b', 'c', 'd', 'e'], 2)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('cuts a list of long ids by the length of URL they take, encoded', () => {
    // Each Arabic letter takes 6 characters encoded: 10 of them, with the encoded comma and room for the quotes an id
    // holding a comma takes, 69 of a 140 budget.
    const arabic = 'ع'.repeat(10);
    expect(chunkIds([arabic, arabic, arabic], 100, 140).map((p) => p.length)).toEqual([2, 1]);
  });

  it('sends an id longer than the budget alone rather than never', () => {
    expect(chunkIds(['x'.repeat(50), 'y'], 10, 20)).toEqual([['x'.repeat(50)], ['y']]);
    expect(chunkIds([], 10)).toEqual([]);
  });
});

describe('pairedIdParts', () => {
  it('sends part i of each list in request i, an empty list once one runs out', () => {
    expect(pairedIdParts(['p1', 'p2', 'p3'], 1, ['e1'], 5)).toEqual([
      { a: ['p1'], b: ['e1'] },
      { a: ['p2'], b: [] },
      { a: ['p3'], b: [] },
    ]);
  });

  it('leaves a list not given to the endpoint’s default in the first request only', () => {
    expect(pairedIdParts(undefined, 1, ['e1', 'e2'], 1)).toEqual([
      { a: undefined, b: ['e1'] },
      { a: [], b: ['e2'] },
    ]);
    expect(pairedIdParts(undefined, 1, undefined, 1)).toEqual([{ a: undefined, b: undefined }]);
    // An empty list stays empty: it names no one.
    expect(pairedIdParts([], 1, undefined, 1)).toEqual([{ a: [], b: undefined }]);
  });
});
