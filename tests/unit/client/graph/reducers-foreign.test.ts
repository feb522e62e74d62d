// The reducers on a database that is not ours: a node is coloured by its own first label, and the graph's own
// TALENT_FLOW is drawn as any of its relationships, not as one of our flows (test data, no fact of the article).
import { describe, expect, it } from 'vitest';
import {
  createEdgeReducer,
  createNodeReducer,
  edgeLabelText,
  flowWidth,
  type ViewSpec,
} from '../../../../client/graph/reducers.js';
import { LABEL_STYLES, labelStyle } from '../../../../client/graph/style.js';
import { BASE_SPEC } from './scene-fixtures.js';

const base: ViewSpec = BASE_SPEC;

describe('the reducers on a foreign graph', () => {
  it("colours a foreign graph's node by its first label as stored, ours first only on our database", () => {
    // A foreign Company:Organization (test data): the scene graph's kind is our Organization, but on a database that
    // is not ours the node is a Company, as the legend and the overview count it.
    const company = { id: 'neo4j:4:x:1', labels: ['Company', 'Organization'], properties: { name: 'Acme' } };
    const attrs = { x: 0, y: 0, size: 6, kind: 'Organization', node: company };
    const foreign = createNodeReducer({ ...base, ourNames: false })(company.id, attrs);
    expect(foreign.color).toBe(labelStyle('Company').color.light);
    expect(foreign.color).not.toBe(LABEL_STYLES.Organization.color.light);
    const ours = createNodeReducer(base)(company.id, attrs);
    expect(ours).toMatchObject({ color: LABEL_STYLES.Organization.color.light, type: 'square' });
  });

  it("draws a foreign graph's own TALENT_FLOW as any of its relationships: no flow width, no count label", () => {
    // Test data: a foreign TALENT_FLOW with a count of its own (not a number of our named movers).
    const flow = {
      id: 'neo4j:5:x:9',
      type: 'TALENT_FLOW',
      source: 'neo4j:4:x:1',
      target: 'neo4j:4:x:2',
      properties: { count: 14 },
    };
    const foreign = createEdgeReducer({ ...base, ourNames: false })(flow.id, { edge: flow, weight: 1 });
    const plain = createEdgeReducer({ ...base, ourNames: false })(flow.id, {
      edge: { ...flow, type: 'MENTORS' },
      weight: 1,
    });
    expect(foreign.size).toBe(plain.size);
    expect(foreign.label).toBe('');
    expect(edgeLabelText(flow, 'en', undefined, { ourNames: false })).toBe('TALENT_FLOW');
    // On ours it is our flow: widened, its count named.
    const ours = createEdgeReducer(base)(flow.id, { edge: flow, weight: 1 });
    expect(ours.size).toBe(flowWidth(14));
    expect(ours.label).toBe('14 named');
  });
});
