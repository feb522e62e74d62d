// The named views' queries: one set of nodes is one node-set query, whatever order its ids come in (a link's, the
// database's answer), so the client can tell its editor still holds the scene's own query.
import { describe, expect, it } from 'vitest';
import { nodeSetView } from '../../../model/view-queries.js';

describe('the node-set view', () => {
  it('is the same query and parameters for one set of ids in any order', () => {
    const ids = ['person:b', 'neo4j:4:x:2', 'org:a', 'neo4j:4:x:1', 'person:a'];
    const one = nodeSetView(ids);
    expect(nodeSetView([...ids].reverse())).toEqual(one);
    expect(one.params).toMatchObject({
      ids: ['org:a', 'person:a', 'person:b'],
      elementIds: ['4:x:1', '4:x:2'],
    });
  });
});
