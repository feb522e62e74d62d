// Whether the database is ours is the server's word (GET /api/schema's sourcedFacts), not its names: the legend, the
// overview and the certainty filter read it through these.
import { describe, expect, it } from 'vitest';
import { FACT_REL_TYPES } from '../../../../model/labels.js';
import {
  holdsOurFacts,
  isOurFlowType,
  ourFactTypes,
  shownLabel,
} from '../../../../client/state/our-database.js';
import { emptySchema } from '../answers.js';

describe('our database', () => {
  it('is one that holds our sourced facts: its fact types are ours and named in our words', () => {
    const ours = emptySchema({ sourcedFacts: true });
    expect(holdsOurFacts(ours)).toBe(true);
    expect(ourFactTypes(ours)).toEqual(FACT_REL_TYPES);
  });

  it('is not one that holds none, even with our Person and WORKED_AT: it has no facts of ours', () => {
    const foreign = emptySchema({
      labels: [{ label: 'Person', count: 3, description: null, properties: [] }],
      relationshipTypes: [
        {
          type: 'WORKED_AT',
          count: 2,
          description: null,
          derived: false,
          from: ['Person'],
          to: ['Company'],
          properties: [],
        },
      ],
      sourcedFacts: false,
    });
    expect(holdsOurFacts(foreign)).toBe(false);
    expect(ourFactTypes(foreign)).toEqual([]);
  });

  it('is taken as ours until the schema has come, as before it was asked', () => {
    expect(holdsOurFacts(null)).toBe(true);
    expect(ourFactTypes(null)).toEqual(FACT_REL_TYPES);
  });

  it("shows a node's first label as stored on a foreign graph, our label first only on ours", () => {
    // A foreign database whose Company was labelled before its Organization: labels() lists Company first, and the
    // overview counts the node there; our order (Person, Organization, …) is for our database's nodes.
    expect(shownLabel(['Company', 'Organization'], false)).toBe('Company');
    expect(shownLabel(['Source', 'Person'], false)).toBe('Source');
    expect(shownLabel(['Company', 'Organization'], true)).toBe('Organization');
    expect(shownLabel(['Source', 'Person'], true)).toBe('Person');
    expect(shownLabel(['Shelf'], true)).toBe('Shelf');
    expect(shownLabel([], false)).toBe('');
  });

  it('opens a TALENT_FLOW as one of our flows only on ours: a foreign one is a plain relationship', () => {
    const foreign = emptySchema({ sourcedFacts: false });
    expect(isOurFlowType('TALENT_FLOW', foreign)).toBe(false);
    expect(isOurFlowType('TALENT_FLOW_REPORTED', foreign)).toBe(false);
    expect(isOurFlowType('TALENT_FLOW', emptySchema({ sourcedFacts: true }))).toBe(true);
    expect(isOurFlowType('TALENT_FLOW_REPORTED', null)).toBe(true);
    expect(isOurFlowType('WORKED_AT', emptySchema({ sourcedFacts: true }))).toBe(false);
  });
});
