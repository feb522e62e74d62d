// Which relationships the edge details panel treats as our sourced facts (client/state/details.ts isOurEdge): the
// server's rule (server/db/convert.ts relAppIdOf), read from the id it answered with. Edges written for this test:
// ours modelled on the article's facts (fixtures.ts), foreign ones on an employer graph and LLM Graph Builder's.
import { describe, expect, it } from 'vitest';
import { isOurEdge } from '../../../../client/state/details.js';
import type { GraphEdge } from '../../../../model/graph.js';
import { edge, handWritten } from '../fixtures.js';

/** A relationship of a foreign graph as the API sends it: its fallback id, its own properties only. */
const foreign = (type: string, properties: GraphEdge['properties'] = {}): GraphEdge => ({
  id: 'neo4j:5:ab12:7',
  type,
  source: 'neo4j:5:ab12:1',
  target: 'neo4j:5:ab12:2',
  properties,
});

describe('isOurEdge', () => {
  it('takes a relationship of our type with an id of ours as ours', () => {
    expect(isOurEdge(edge('fact:xinlei-chen-joined-xai', 'WORKED_AT', 'person:xinlei-chen', 'org:xai'))).toBe(
      true,
    );
    expect(isOurEdge(edge('flow:org:meta->org:xai', 'TALENT_FLOW', 'org:meta', 'org:xai'))).toBe(true);
    // One written by hand between two of our nodes keeps its own id (the server's ourEnds).
    expect(isOurEdge(handWritten('hand:1', 'WORKED_AT', 'person:xinlei-chen', 'org:meta'))).toBe(true);
  });

  it('takes a foreign WORKED_AT or PART_OF, known by its neo4j: fallback id, as not ours', () => {
    expect(isOurEdge(foreign('WORKED_AT', { salary: 1.5, grade: 'B' }))).toBe(false);
    expect(isOurEdge(foreign('PART_OF'))).toBe(false);
  });

  it('takes a relationship of a type that is not ours as not ours, whatever its id', () => {
    expect(isOurEdge(handWritten('hand:2', 'FOLLOWS', 'person:xinlei-chen', 'org:meta'))).toBe(false);
    expect(isOurEdge(foreign('constructor'))).toBe(false);
  });
});
