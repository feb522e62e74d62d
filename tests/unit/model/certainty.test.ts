// How sure the graph is of a relationship: stated and implied as the facts say; a fact type with no certainty of
// ours (written by hand through Cypher, or a database that is not ours) is unsourced, never stated.
import { describe, expect, it } from 'vitest';
import {
  certaintyShown,
  derivedTypesOf,
  edgeCertainty,
  factCertaintyShown,
  followedOnPath,
  isDerivedType,
  isUnsourcedFact,
  UNSOURCED,
  weakestCertainty,
} from '../../../model/certainty.js';

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

  it('is false on a database that holds none of our sourced facts, whatever the type is named', () => {
    expect(isUnsourcedFact(rel('WORKED_AT'), [])).toBe(false);
    expect(isUnsourcedFact(rel('REPORTED_BY'), [])).toBe(false);
  });

  it('takes the database’s word, not the ids: an element-id WORKED_AT is a fact no source backs on ours only', () => {
    const foreign = {
      ...rel('WORKED_AT'),
      id: 'neo4j:4:ab:7',
      source: 'neo4j:4:ab:1',
      target: 'neo4j:4:ab:2',
    };
    // On our database (our fact types), one written by hand from a person written by hand is a fact with no source,
    // as the timeline and the path search call it; on another (none), the graph's own.
    expect(isUnsourcedFact(foreign)).toBe(true);
    expect(isUnsourcedFact(foreign, [])).toBe(false);
    const hand = { ...rel('WORKED_AT'), id: 'neo4j:4:ab:9', source: 'person:ann', target: 'org:acme' };
    expect(isUnsourcedFact(hand)).toBe(true);
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

describe('certaintyShown and followedOnPath', () => {
  const both = ['stated', 'implied'];
  it('shows and follows a fact of a certainty the filter shows, and neither of one it hides', () => {
    const implied = rel('WORKED_AT', { certainty: 'implied' });
    expect(certaintyShown(implied, both)).toBe(true);
    expect(followedOnPath(implied, both)).toBe(true);
    expect(certaintyShown(implied, ['stated'])).toBe(false);
    expect(followedOnPath(implied, ['stated'])).toBe(false);
    expect(followedOnPath(rel('WORKED_AT', { certainty: 'stated' }), ['stated'])).toBe(true);
    expect(followedOnPath(rel('WORKED_AT', { certainty: 'stated' }), [])).toBe(false);
  });

  it('shows a fact no source backs only while every certainty is, and never follows it', () => {
    const hand = rel('WORKED_AT');
    expect(certaintyShown(hand, both)).toBe(true);
    expect(certaintyShown(hand, ['stated'])).toBe(false);
    expect(followedOnPath(hand, both)).toBe(false);
  });

  it('shows a foreign graph’s own TALENT_FLOW whatever the filter, as the path search steps on it', () => {
    const flow = rel('TALENT_FLOW', { count: 2 });
    for (const shown of [['stated'], ['implied'], []]) {
      expect(certaintyShown(flow, shown, [])).toBe(true);
      expect(followedOnPath(flow, shown, [], derivedTypesOf(false))).toBe(true);
    }
    // Ours: a flow without a certainty of its own is drawn as a stated one.
    expect(certaintyShown(flow, ['implied'])).toBe(false);
  });

  it('leaves a foreign graph’s relationship named as one of our facts alone: it claims no certainty', () => {
    for (const shown of [['stated'], ['implied'], []]) {
      expect(certaintyShown(rel('WORKED_AT'), shown, [])).toBe(true);
      const foreign = {
        ...rel('WORKED_AT'),
        id: 'neo4j:4:ab:7',
        source: 'neo4j:4:ab:1',
        target: 'neo4j:4:ab:2',
      };
      expect(certaintyShown(foreign, shown, [])).toBe(true);
    }
  });

  it('takes a derived flow without a certainty as stated, and leaves a type not ours without one alone', () => {
    expect(followedOnPath(rel('TALENT_FLOW'), ['stated'])).toBe(true);
    expect(followedOnPath(rel('TALENT_FLOW'), ['implied'])).toBe(false);
    expect(followedOnPath(rel('TALENT_FLOW', { certainty: 'implied' }), ['stated'])).toBe(false);
    for (const shown of [both, ['stated'], []]) {
      expect(certaintyShown(rel('KNOWS'), shown)).toBe(true);
      expect(followedOnPath(rel('KNOWS'), shown)).toBe(true);
    }
    // One that carries our words is read by them.
    expect(followedOnPath(rel('KNOWS', { certainty: 'implied' }), ['stated'])).toBe(false);
  });

  it('follows a derived flow while one of the parts the canvas draws of it is shown, whatever its one certainty', () => {
    // Stored 'stated' (a stated move) with implied moves: its implied part is drawn with only implied facts shown.
    const mixed = rel('TALENT_FLOW', { certainty: 'stated', partCertainties: ['stated', 'implied'] });
    expect(followedOnPath(mixed, ['implied'])).toBe(true);
    expect(followedOnPath(mixed, ['stated'])).toBe(true);
    expect(followedOnPath(mixed, [])).toBe(false);
    // Stored 'stated' (a stated report behind it) but drawn implied throughout (its moves, and the report its number
    // is from): nothing of it is drawn with only stated facts shown.
    const implied = rel('TALENT_FLOW', { certainty: 'stated', partCertainties: ['implied'] });
    expect(followedOnPath(implied, ['stated'])).toBe(false);
    expect(followedOnPath(implied, ['implied'])).toBe(true);
  });

  it('judges a flow without its parts’ certainties (an older seed’s, or none written) by its one certainty', () => {
    for (const parts of [undefined, null, [], 'implied', [1], ['implied', null]]) {
      const flow = rel('TALENT_FLOW', { certainty: 'stated', partCertainties: parts });
      expect(followedOnPath(flow, ['stated']), JSON.stringify(parts)).toBe(true);
      expect(followedOnPath(flow, ['implied']), JSON.stringify(parts)).toBe(false);
    }
    expect(followedOnPath(rel('TALENT_FLOW', { partCertainties: [] }), ['stated'])).toBe(true);
    // Only a derived flow is drawn in parts: a fact's own certainty decides, whatever else it carries.
    const fact = rel('WORKED_AT', { certainty: 'implied', partCertainties: ['stated'] });
    expect(followedOnPath(fact, ['stated'])).toBe(false);
    expect(followedOnPath(rel('WORKED_AT', { partCertainties: ['stated'] }), ['stated'])).toBe(false);
  });
});

describe('factCertaintyShown', () => {
  it('reads a certainty alone as certaintyShown reads a fact of that certainty', () => {
    const filters = [['stated', 'implied'], ['stated'], ['implied'], []];
    for (const shown of filters)
      for (const certainty of ['stated', 'implied', 'unsourced', undefined, 'high', 0.93])
        expect(factCertaintyShown(certainty, shown), `${String(certainty)} with ${shown.join('+')}`).toBe(
          certaintyShown(rel('WORKED_AT', certainty === undefined ? {} : { certainty }), shown),
        );
  });

  it('shows an item no source backs only while every certainty is', () => {
    expect(factCertaintyShown(undefined, ['stated', 'implied'])).toBe(true);
    expect(factCertaintyShown('unsourced', ['stated'])).toBe(false);
    expect(factCertaintyShown('implied', ['implied'])).toBe(true);
  });
});

describe('derived types on a database that is not ours', () => {
  // A foreign graph's TALENT_FLOW (or TALENT_FLOW_REPORTED) is its own relationship: no derivation of ours made it.
  const foreign = derivedTypesOf(false);

  it('are none: TALENT_FLOW is derived only on ours', () => {
    expect(isDerivedType('TALENT_FLOW')).toBe(true);
    expect(isDerivedType('TALENT_FLOW', derivedTypesOf(true))).toBe(true);
    expect(isDerivedType('TALENT_FLOW', foreign)).toBe(false);
    expect(isDerivedType('TALENT_FLOW_REPORTED', foreign)).toBe(false);
  });

  it('leave a foreign TALENT_FLOW without a certainty of ours unsourced, not stated', () => {
    expect(edgeCertainty(rel('TALENT_FLOW'))).toBe('stated');
    expect(edgeCertainty(rel('TALENT_FLOW'), foreign)).toBe(UNSOURCED);
    expect(edgeCertainty(rel('TALENT_FLOW', { certainty: 'implied' }), foreign)).toBe('implied');
  });

  it('let a path step on a foreign TALENT_FLOW whatever is shown, its own partCertainties list included', () => {
    const flow = rel('TALENT_FLOW', { partCertainties: ['implied'] });
    expect(followedOnPath(flow, ['stated'])).toBe(false);
    expect(followedOnPath(flow, ['stated'], [], foreign)).toBe(true);
    expect(followedOnPath(rel('TALENT_FLOW'), [], [], foreign)).toBe(true);
  });
});
