// How sure the graph is of a relationship: stated and implied as the facts say; a fact type with no certainty of
// ours (written by hand through Cypher, or a database that is not ours) is unsourced, never stated.
import { describe, expect, it } from 'vitest';
import { edgeCertainty, isUnsourcedFact, UNSOURCED, weakestCertainty } from '../../../model/certainty.js';

const rel = (type: string, properties: Record<string, unknown> = {}) => ({ type, properties });

describe('edgeCertainty', () => {
  it('keeps a fact’s own stated or implied', () => {
    expect(edgeCertainty(rel('WORKED_AT', { certainty: 'stated' }))).toBe('stated');
    expect(edgeCertainty(rel('WORKED_AT', { certainty: 'implied' }))).toBe('implied');
  });

  it('calls a fact with no certainty, or one that is not ours, unsourced rather than stated', () => {
    expect(edgeCertainty(rel('WORKED_AT'))).toBe(UNSOURCED);
    expect(edgeCertainty(rel('FOUNDED', { certainty: null }))).toBe(UNSOURCED);
    expect(edgeCertainty(rel('WORKED_AT', { certainty: 'probably' }))).toBe(UNSOURCED);
    expect(edgeCertainty(rel('WORKED_AT', { certainty: 'Stated' }))).toBe(UNSOURCED);
  });

  it('calls a relationship type that is not ours unsourced unless it carries our words', () => {
    expect(edgeCertainty(rel('KNOWS'))).toBe(UNSOURCED);
    expect(edgeCertainty(rel('KNOWS', { certainty: 'implied' }))).toBe('implied');
  });

  it('counts a derived flow stored before certainty was kept as stated, as its people are counted', () => {
    expect(edgeCertainty(rel('TALENT_FLOW'))).toBe('stated');
    expect(edgeCertainty(rel('TALENT_FLOW_REPORTED'))).toBe('stated');
    expect(edgeCertainty(rel('TALENT_FLOW', { certainty: 'implied' }))).toBe('implied');
  });
});

describe('isUnsourcedFact', () => {
  it('is true only for a fact type with no certainty of ours', () => {
    expect(isUnsourcedFact(rel('WORKED_AT'))).toBe(true);
    expect(isUnsourcedFact(rel('WORKED_AT', { certainty: 'implied' }))).toBe(false);
    expect(isUnsourcedFact(rel('KNOWS'))).toBe(false);
    expect(isUnsourcedFact(rel('TALENT_FLOW'))).toBe(false);
  });
});

describe('weakestCertainty', () => {
  it('is stated only when every part is stated, and unsourced when any part has no source', () => {
    expect(weakestCertainty(['stated', 'stated'])).toBe('stated');
    expect(weakestCertainty(['stated', 'implied'])).toBe('implied');
    expect(weakestCertainty(['implied', UNSOURCED])).toBe(UNSOURCED);
    expect(weakestCertainty([UNSOURCED, 'stated'])).toBe(UNSOURCED);
    expect(weakestCertainty([])).toBe('stated');
  });
});
