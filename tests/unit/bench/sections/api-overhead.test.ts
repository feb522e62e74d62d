// The API section's note on a ratio goal (bench/sections/api-overhead.ts): each query that missed it, with the
// ratio a bare Express route asking the same query reached, and whose the miss is.
import { describe, expect, it } from 'vitest';
import { ratioFloorNote } from '../../../../bench/sections/api-overhead.js';

describe('ratioFloorNote', () => {
  it('says nothing when every query met the goal', () => {
    expect(ratioFloorNote('p50', 1.15, [{ query: 'search', value: 1.1, floor: 1.05 }])).toBeUndefined();
  });

  it("calls a miss the machine's when the floor is above the goal too, and ours when it is within it", () => {
    const note = ratioFloorNote('API p50 / raw p50', 1.15, [
      { query: 'search', value: 1.5, floor: 1.3 },
      { query: 'neighbours', value: 1.4, floor: 1.1 },
      { query: 'cypher', value: 1.1, floor: 1.2 },
    ]);
    expect(note).toBe(
      'API p50 / raw p50 (goal ≤ 1.15×), missed by: search 1.50×, floor 1.30× (above the goal: the machine); ' +
        'neighbours 1.40×, floor 1.10× (within the goal: ours).',
    );
  });

  it('says when the floor was not measured', () => {
    expect(ratioFloorNote('x', 1.25, [{ query: 'cypher', value: 2, floor: null }])).toBe(
      'x (goal ≤ 1.25×), missed by: cypher 2.00× (floor not measured).',
    );
  });
});
