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

describe("a foreign graph's edge label", () => {
  // Test data: a foreign WORKED_AT with properties our facts also have; none of them is one of ours.
  const worked = (properties: Record<string, unknown>, types?: Record<string, string>) => ({
    id: 'neo4j:5:x:3',
    type: 'WORKED_AT',
    source: 'neo4j:4:x:1',
    target: 'neo4j:4:x:2',
    properties: properties as Record<string, string | number>,
    ...(types ? { types } : {}),
  });
  /** A value isolated as the label writes it (FSI…PDI), so an Arabic one cannot reorder its neighbours. */
  const iso = (text: string) => `\u2068${text}\u2069`;

  it('shows its role and dates as stored, as the details panel does, in either language', () => {
    const edge = worked({ role: 'founder', since: '2019' });
    for (const lang of ['en', 'ar'] as const) {
      const label = edgeLabelText(edge, lang, undefined, { ourNames: false });
      expect(label).toBe(`WORKED_AT · role: ${iso('founder')} · since: ${iso('2019')}`);
      // Not our translation of the role ("مؤسّس"), nor our date in Arabic digits ("٢٠١٩ –").
      expect(label).not.toMatch(/مؤسّس|٢٠١٩/);
    }
    // Our words for a role of ours are not read into a foreign one's.
    expect(edgeLabelText(worked({ role: 'staff-source' }), 'en', undefined, { ourNames: false })).toBe(
      `WORKED_AT · role: ${iso('staff-source')}`,
    );
  });

  it('keeps each value its Cypher type: an Integer year shown, a Duration not read as a date', () => {
    expect(edgeLabelText(worked({ since: 2019 }), 'ar', undefined, { ourNames: false })).toBe(
      `WORKED_AT · since: ${iso('2019')}`,
    );
    const duration = worked(
      { since: 'P1Y2M', until: '2021-03-04' },
      { '/since': 'Duration', '/until': 'Date' },
    );
    expect(edgeLabelText(duration, 'en', undefined, { ourNames: false })).toBe(
      `WORKED_AT · since: ${iso('P1Y2M Duration')} · until: ${iso('2021-03-04 Date')}`,
    );
  });

  it('draws the label so on the canvas of a foreign graph, and ours as before', () => {
    const edge = worked({ role: 'founder', since: '2019' });
    const spec = { ...base, lang: 'ar' as const, edgeLabels: true };
    expect(createEdgeReducer({ ...spec, ourNames: false })(edge.id, { edge, weight: 1 }).label).toBe(
      `WORKED_AT · role: ${iso('founder')} · since: ${iso('2019')}`,
    );
    // Our database: a fact of ours in our words and our dates, unchanged…
    const fact = { ...edge, id: 'fact:x-3' };
    const ours = createEdgeReducer(spec)(fact.id, { edge: fact, weight: 1 }).label;
    expect(ours).toBe(edgeLabelText(fact, 'ar'));
    expect(ours).toContain('٢٠١٩');
    // …and one with only a fallback id (no fact of ours: isOurEdge) as stored, as its details and the scene table
    // show it.
    expect(createEdgeReducer(spec)(edge.id, { edge, weight: 1 }).label).toBe(
      `عمل في · role: ${iso('founder')} · since: ${iso('2019')}`,
    );
  });
});
