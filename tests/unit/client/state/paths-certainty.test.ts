// A path's certainty under the certainty filter: a derived talent flow is stepped on while one of its parts is shown
// (the server's rule, model/certainty.ts followedOnPath), and the canvas draws only the shown parts — so the path is as
// sure as the best SHOWN part, not the best of all. With only implied facts shown, a flow of two stated moves and one
// implied is drawn implied, and a path over it was called stated. Made-up flow Alpha → Beta (no fact of the article).
import { describe, expect, it } from 'vitest';
import { parsePathAnswer, pathCertainty } from '../../../../client/state/paths.js';
import { edge, node } from '../fixtures.js';
import { pathsAnswer } from '../answers.js';

const flow = edge('flow:org:alpha->org:beta', 'TALENT_FLOW', 'org:alpha', 'org:beta', {
  certainty: 'stated',
  count: 3,
  statedCount: 2,
  impliedCount: 1,
});
const answer = (certainties: ('stated' | 'implied')[]) =>
  parsePathAnswer(
    pathsAnswer({
      paths: [{ nodes: ['org:alpha', 'org:beta'], edges: [flow.id], length: 1 }],
      graph: { nodes: [node('org:alpha', 'Organization'), node('org:beta', 'Organization')], edges: [flow] },
      derived: true,
      certainties,
    }),
  );

describe('a path over a derived flow under the certainty filter', () => {
  it('is as sure as the best part the filter shows', () => {
    expect(pathCertainty(answer(['implied']), 0)).toBe('implied');
    expect(pathCertainty(answer(['stated']), 0)).toBe('stated');
    expect(pathCertainty(answer(['stated', 'implied']), 0)).toBe('stated');
  });
});
