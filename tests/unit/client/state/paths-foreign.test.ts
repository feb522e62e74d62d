// The path panel on a database that is not ours: its own TALENT_FLOW is one of its types — offered, followed when
// ticked, walked as a plain step — not one of our derived flows (test data, no fact of the article).
import { describe, expect, it } from 'vitest';
import {
  parsePathAnswer,
  pathCertainty,
  pathParams,
  pathSteps,
  pathThroughDerived,
} from '../../../../client/state/paths.js';
import { handWritten, node } from '../fixtures.js';
import { pathsAnswer } from '../answers.js';

describe("a foreign graph's own TALENT_FLOW in a path search", () => {
  it("follows a foreign graph's own TALENT_FLOW when ticked, alone or with others", () => {
    const foreign = ['KNOWS', 'TALENT_FLOW', 'TALENT_FLOW_REPORTED'];
    expect(pathParams({ derived: false, types: ['TALENT_FLOW'] }, foreign)).toEqual({ types: 'TALENT_FLOW' });
    expect(pathParams({ derived: false, types: ['KNOWS', 'TALENT_FLOW_REPORTED'] }, foreign)).toEqual({
      types: 'KNOWS,TALENT_FLOW_REPORTED',
    });
    // Hidden by the view's type filter, it is left out as any type is.
    const hiding = { certainties: ['stated', 'implied'], hiddenRelTypes: ['TALENT_FLOW'] };
    expect(pathParams({ derived: false, types: ['TALENT_FLOW'] }, foreign, hiding)).toBeNull();
  });

  it("walks a foreign graph's TALENT_FLOW as a plain step: not derived, claiming no certainty of ours", () => {
    // Teams of a foreign graph (test data), joined by its own TALENT_FLOW with a count and a list like ours.
    const teams = {
      nodes: [node('neo4j:4:x:1', 'Team'), node('neo4j:4:x:2', 'Team')],
      edges: [
        handWritten('neo4j:5:x:9', 'TALENT_FLOW', 'neo4j:4:x:1', 'neo4j:4:x:2', {
          count: 2,
          partCertainties: ['stated'],
        }),
      ],
    };
    const path = { nodes: ['neo4j:4:x:1', 'neo4j:4:x:2'], edges: ['neo4j:5:x:9'], length: 1 };
    const foreign = parsePathAnswer(pathsAnswer({ paths: [path], graph: teams }), false);
    expect(pathSteps(foreign, 0).map((s) => s.derived)).toEqual([false]);
    expect(pathThroughDerived(foreign, 0)).toBe(false);
    expect(pathCertainty(foreign, 0)).toBe('unsourced');
    // On our database the same type is our derived flow.
    const ours = parsePathAnswer(pathsAnswer({ paths: [path], graph: teams }));
    expect(pathSteps(ours, 0).map((s) => s.derived)).toEqual([true]);
    expect(pathThroughDerived(ours, 0)).toBe(true);
  });
});
