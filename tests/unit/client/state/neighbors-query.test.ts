// The text and parameters of an expansion's "Show Cypher" (gallery.ts neighborsQuery): the node found as the server
// finds it, the expansion's types and direction, Talent Graph's storage left out and a page cut by neighbour. That
// its answer is the API's own is held against the real Neo4j (tests/integration/server/neighbors-cypher.test.ts).
import { describe, expect, it } from 'vitest';
import { neighborsQuery } from '../../../../client/state/gallery.js';
import { INTERNAL_REL_TYPES } from '../../../../model/labels.js';

describe('the Cypher of expanding a node', () => {
  it('finds our node by the label its id names, any other by its elementId, and none for an id naming no node', () => {
    const meta = neighborsQuery('org:meta', 5)!;
    expect(meta.query).toContain('MATCH (n:Organization {id: $id}) WITH n LIMIT 1\n');
    expect(meta.params).toMatchObject({ id: 'org:meta', limit: 5 });
    const foreign = neighborsQuery('neo4j:4:abc:7', 5)!;
    expect(foreign.query).toContain('MATCH (n) WHERE elementId(n) = $elementId\n');
    expect(foreign.params).toMatchObject({ elementId: '4:abc:7', limit: 5 });
    expect(foreign.params).not.toHaveProperty('id');
    // The API answers 404 for these without asking the database.
    expect(neighborsQuery('nobody', 5)).toBeNull();
    expect(neighborsQuery('shelf:held', 5)).toBeNull();
  });

  it('leaves out Talent Graph’s own storage and cuts the page by neighbour, each with all its relationships', () => {
    const q = neighborsQuery('person:elon-musk', 3)!;
    expect(q.params!.internal).toEqual([...INTERNAL_REL_TYPES]);
    expect(q.query).toContain('OPTIONAL MATCH (n)-[r]-(m) WHERE NOT type(r) IN $internal\n');
    expect(q.query).toContain('WITH n, m, collect(r) AS rels\n');
    expect(q.query).toContain('ORDER BY degree DESC, m.id, elementId(m)\nLIMIT $limit\nRETURN n, m, rels');
  });

  it('follows only the types and direction the expansion asked for, each name quoted as the server quotes it', () => {
    expect(neighborsQuery('org:meta', 5, { types: ['WORKED_AT'], direction: 'in' })!.query).toContain(
      '(n)<-[r:`WORKED_AT`]-(m)',
    );
    expect(
      neighborsQuery('neo4j:4:abc:7', 5, { types: ['works with', 'x]-(m) DETACH`'], direction: 'out' })!
        .query,
    ).toContain('(n)-[r:`works with`|`x]-(m) DETACH```]->(m)');
    expect(neighborsQuery('org:meta', 5, { direction: 'both' })!.query).toContain('(n)-[r]-(m)');
  });
});
