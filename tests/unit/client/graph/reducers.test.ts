// The reducers turn state-derived view specs into what sigma draws: hidden, faded, highlighted, labelled.
import { describe, expect, it } from 'vitest';
import {
  createEdgeReducer,
  createNodeReducer,
  certaintySwatches,
  curvatureOf,
  DEFAULT_PICKED_GROWTH,
  edgeLabelText,
  flowWidth,
  isPastStint,
  type ViewSpec,
} from '../../../../client/graph/reducers.js';
import {
  BACKGROUND,
  DEFAULT_EDGE_COLOR,
  FADED_COLOR,
  LABEL_STYLES,
  edgeColor,
  mixColors,
} from '../../../../client/graph/style.js';
import { articleGraph } from '../fixtures.js';

import { BASE_SPEC } from './scene-fixtures.js';

const g = articleGraph();
const nodeAttrs = (id: string) => ({
  x: 0,
  y: 0,
  size: 6,
  kind: g.nodes.find((n) => n.id === id)!.labels[0]!,
  node: g.nodes.find((n) => n.id === id)!,
});
const edgeAttrs = (id: string, extra = {}) => ({
  edge: g.edges.find((e) => e.id === id)!,
  weight: 1,
  ...extra,
});
const base: ViewSpec = BASE_SPEC;

describe('node reducer', () => {
  it('colours and shapes by label, names in the chosen language', () => {
    const r = createNodeReducer(base)('person:elon-musk', nodeAttrs('person:elon-musk'));
    expect(r).toMatchObject({ color: LABEL_STYLES.Person.color.light, type: 'circle', label: 'Elon Musk' });
    expect(
      createNodeReducer({ ...base, lang: 'ar' })('person:elon-musk', nodeAttrs('person:elon-musk')).label,
    ).toBe('إيلون ماسك');
    // No Arabic name: the English one is shown rather than nothing.
    expect(createNodeReducer({ ...base, lang: 'ar' })('org:xai', nodeAttrs('org:xai')).label).toBe('xAI');
    expect(createNodeReducer(base)('org:xai', nodeAttrs('org:xai')).type).toBe('square');
    expect(
      createNodeReducer(base)(
        'event:musk-lawsuit-altman-openai-2024',
        nodeAttrs('event:musk-lawsuit-altman-openai-2024'),
      ).type,
    ).toBe('diamond');
  });

  it('hides nodes outside the visible set and fades those outside the focus', () => {
    expect(
      createNodeReducer({ ...base, visibleNodes: new Set(['org:meta']) })('org:xai', nodeAttrs('org:xai'))
        .hidden,
    ).toBe(true);
    const focus = { nodes: new Set(['org:meta']), edges: new Set<string>() };
    const out = createNodeReducer({ ...base, focus })('org:xai', nodeAttrs('org:xai'));
    expect(out.color).toBe(FADED_COLOR.light);
    expect(out.label).toBe('');
    expect(createNodeReducer({ ...base, focus })('org:meta', nodeAttrs('org:meta')).forceLabel).toBe(true);
  });

  it('picks out multi-selected nodes: larger, haloed, named, and never faded by a hover elsewhere', () => {
    const focus = { nodes: new Set(['org:meta']), edges: new Set<string>() };
    const spec = { ...base, focus, multiSelected: new Set(['org:xai']) };
    const picked = createNodeReducer(spec)('org:xai', nodeAttrs('org:xai'));
    expect(picked).toMatchObject({
      color: LABEL_STYLES.Organization.color.light,
      label: 'xAI',
      highlighted: true,
      forceLabel: true,
      size: 6 + DEFAULT_PICKED_GROWTH,
    });
    const other = createNodeReducer(spec)('person:elon-musk', nodeAttrs('person:elon-musk'));
    expect(other.color).toBe(FADED_COLOR.light);
    expect(other.highlighted).toBeUndefined();
    // Hidden stays hidden, selected or not.
    expect(
      createNodeReducer({ ...spec, visibleNodes: new Set(['org:meta']) })('org:xai', nodeAttrs('org:xai'))
        .hidden,
    ).toBe(true);
  });

  it('uses the computed size', () => {
    expect(
      createNodeReducer({ ...base, sizes: new Map([['org:meta', 17]]) })('org:meta', nodeAttrs('org:meta'))
        .size,
    ).toBe(17);
  });
});

describe('edge reducer', () => {
  it('draws implied facts fainter and thinner than the same facts stated', () => {
    const edge = g.edges.find((e) => e.id === 'fact:xinlei-chen-joined-xai')!;
    expect(edge.properties.certainty).toBe('implied');
    const implied = createEdgeReducer(base)(edge.id, { edge, weight: 1 });
    const stated = createEdgeReducer(base)(edge.id, {
      edge: { ...edge, properties: { ...edge.properties, certainty: 'stated' } },
      weight: 1,
    });
    expect(implied.size).toBeLessThan(stated.size as number);
    expect(implied.color).not.toBe(stated.color);
    expect(implied.color).not.toBe(BACKGROUND.light);
  });

  it('keeps an implied fact faded and thinner while it is new at the slider’s date', () => {
    const edge = g.edges.find((e) => e.id === 'fact:xinlei-chen-joined-xai')!;
    const fresh = { ...base, freshEdges: new Set([edge.id]) };
    const implied = createEdgeReducer(fresh)(edge.id, { edge, weight: 1 });
    const stated = createEdgeReducer(fresh)(edge.id, {
      edge: { ...edge, properties: { ...edge.properties, certainty: 'stated' } },
      weight: 1,
    });
    expect(implied.color).not.toBe(stated.color);
    expect(implied.color).not.toBe(BACKGROUND.light);
    expect(implied.size).toBeLessThan(stated.size as number);
  });

  it('lists for a legend the certainties a drawing shows, faded as the reducer draws them, stated first', () => {
    const implied = g.edges.find((e) => e.id === 'fact:xinlei-chen-joined-xai')!;
    const stated = { ...implied, id: 'stated', properties: { ...implied.properties, certainty: 'stated' } };
    const { certainty: _gone, ...rest } = implied.properties;
    const unsourced = { ...implied, id: 'unsourced', properties: rest };
    const foreign = { ...unsourced, type: 'KNOWS' };
    const swatches = certaintySwatches([implied, foreign, unsourced, stated], 'light');
    expect(swatches.map((s) => s.kind)).toEqual(['stated', 'implied', 'unsourced']);
    const drawnImplied = createEdgeReducer(base)(implied.id, {
      edge: { ...implied, type: 'KNOWS' },
      weight: 1,
    });
    expect(swatches[1]!.color).toBe(drawnImplied.color);
    expect(swatches[0]!.color).toBe(DEFAULT_EDGE_COLOR.light);
    expect(certaintySwatches([foreign], 'light')).toEqual([]);
    // A foreign graph's own TALENT_FLOW claims no certainty of ours: no "stated" swatch for it there, as on ours.
    const foreignFlow = { ...unsourced, type: 'TALENT_FLOW' };
    expect(certaintySwatches([foreignFlow], 'light', [], []).map((s) => s.kind)).toEqual([]);
    expect(certaintySwatches([foreignFlow], 'light').map((s) => s.kind)).toEqual(['stated']);
  });

  it('draws a fact no source backs as faded as an implied one, and leaves a foreign type’s relationships as they are', () => {
    const edge = g.edges.find((e) => e.id === 'fact:xinlei-chen-joined-xai')!;
    const implied = createEdgeReducer(base)(edge.id, { edge, weight: 1 });
    const { certainty: _gone, ...rest } = edge.properties;
    const unsourced = createEdgeReducer(base)(edge.id, { edge: { ...edge, properties: rest }, weight: 1 });
    expect(unsourced.size).toBe(implied.size);
    expect(unsourced.color).toBe(implied.color);
    const foreign = { ...edge, type: 'KNOWS', properties: rest };
    const foreignStated = { ...foreign, properties: { ...rest, certainty: 'stated' } };
    expect(createEdgeReducer(base)(edge.id, { edge: foreign, weight: 1 }).color).toBe(
      createEdgeReducer(base)(edge.id, { edge: foreignStated, weight: 1 }).color,
    );
  });

  it('curves parallel facts and uses straight lines for big scenes', () => {
    expect(
      createEdgeReducer(base)(
        'fact:musk-xai',
        edgeAttrs('fact:musk-xai', { parallelIndex: 1, parallelMaxIndex: 1 }),
      ),
    ).toMatchObject({ type: 'curved' });
    expect(createEdgeReducer(base)('fact:musk-xai', edgeAttrs('fact:musk-xai')).type).toBe('arrow');
    expect(
      createEdgeReducer({ ...base, large: true })(
        'fact:musk-xai',
        edgeAttrs('fact:musk-xai', { parallelIndex: 1, parallelMaxIndex: 1 }),
      ).type,
    ).toBe('line');
    expect(curvatureOf(-1, 1)).toBe(-curvatureOf(1, 1));
    expect(curvatureOf(2, 2)).toBeGreaterThan(curvatureOf(1, 2));
  });

  it('draws the middle one of three parallel facts straight: a curve of curvature 0 is not drawn at all', () => {
    // indexParallelFacts gives three facts one way the indexes −1, 0 and 1: @sigma/edge-curve draws a curve inside
    // the band between its chord and its bulge, which has no width at curvature 0.
    const reduce = createEdgeReducer(base);
    const at = (parallelIndex: number) =>
      reduce(
        'fact:musk-xai',
        edgeAttrs('fact:musk-xai', { parallelIndex, parallelMaxIndex: 1, parallelMinIndex: -1 }),
      );
    expect(at(0)).toMatchObject({ type: 'arrow' });
    expect(at(0).curvature).toBeUndefined();
    expect(at(-1)).toMatchObject({ type: 'curved', curvature: -curvatureOf(1, 1) });
    expect(at(1)).toMatchObject({ type: 'curved', curvature: curvatureOf(1, 1) });
  });

  it('labels edges only when zoomed in or focused, with relation, role and dates', () => {
    expect(createEdgeReducer(base)('fact:musk-xai', edgeAttrs('fact:musk-xai')).label).toBe('');
    expect(
      createEdgeReducer({ ...base, edgeLabels: true })('fact:musk-xai', edgeAttrs('fact:musk-xai')).label,
    ).toBe('worked at (founder)');
    expect(
      createEdgeReducer({ ...base, selected: 'fact:musk-xai' })('fact:musk-xai', edgeAttrs('fact:musk-xai'))
        .label,
    ).toBe('worked at (founder)');
    expect(
      edgeLabelText(
        g.edges.find((e) => e.id === 'fact:xinlei-chen-joined-xai')!,
        'ar',
      ),
    ).toBe('عمل في ٢٠٢٥-٠٣ –');
  });

  it('draws past stints grey and thin, current ones in full colour and thicker, and neither like an implied fact', () => {
    const reduce = createEdgeReducer(base);
    const current = reduce('fact:musk-xai', edgeAttrs('fact:musk-xai'));
    const past = reduce('fact:xinlei-chen-left-meta', edgeAttrs('fact:xinlei-chen-left-meta'));
    expect(isPastStint(g.edges.find((e) => e.id === 'fact:xinlei-chen-left-meta')!)).toBe(true);
    expect(isPastStint(g.edges.find((e) => e.id === 'fact:musk-xai')!)).toBe(false);
    expect(current.color).toBe(edgeColor('WORKED_AT', 'light'));
    expect(past.color).toBe(mixColors(edgeColor('WORKED_AT', 'light'), DEFAULT_EDGE_COLOR.light, 0.6));
    expect(past.size as number).toBeLessThan(current.size as number);
    // An ended stint with an end date is past too.
    const ended = {
      id: 'x',
      type: 'WORKED_AT',
      source: 'a',
      target: 'b',
      properties: { start: '2020', end: '2023' },
    };
    expect(isPastStint(ended)).toBe(true);
    expect(isPastStint({ ...ended, type: 'FOUNDED' })).toBe(false);
    // An implied current stint fades towards the background, not towards grey.
    const implied = g.edges.find(
      (e) => e.type === 'WORKED_AT' && e.properties.certainty === 'implied' && !isPastStint(e),
    )!;
    const r = reduce(implied.id, { edge: implied, weight: 1 });
    expect(r.color).toBe(mixColors(edgeColor('WORKED_AT', 'light'), BACKGROUND.light, 0.55));
    expect(r.color).not.toBe(past.color);
  });

  it('with the time slider on, draws past and current as of its date (pastEdges), not as of today', () => {
    // As of a date before Xinlei Chen left Meta: his Meta stint was current then; Musk's xAI stint is drawn past only
    // if the time says so.
    const asOf = createEdgeReducer({ ...base, pastEdges: new Set(['fact:musk-xai']) });
    const current = createEdgeReducer(base)('fact:musk-xai', edgeAttrs('fact:musk-xai'));
    expect(asOf('fact:xinlei-chen-left-meta', edgeAttrs('fact:xinlei-chen-left-meta')).color).toBe(
      current.color,
    );
    expect(asOf('fact:musk-xai', edgeAttrs('fact:musk-xai')).color).toBe(
      mixColors(edgeColor('WORKED_AT', 'light'), DEFAULT_EDGE_COLOR.light, 0.6),
    );
  });

  it('widens talent flows with the number of people and labels reported counts', () => {
    expect(flowWidth(14)).toBeGreaterThan(flowWidth(4));
    const reported = {
      id: 'f#reported',
      type: 'TALENT_FLOW_REPORTED',
      source: 'org:meta',
      target: 'org:xai',
      properties: { reportedCount: 14, reportedQualifier: 'at least' },
    };
    expect(edgeLabelText(reported, 'en')).toBe('≥ 14 reported');
    // Under a time window over the network, a stored flow's numbers are all time's, and say so.
    expect(edgeLabelText(reported, 'en', 'all-time')).toBe('≥ 14 reported · all time');
    const named = { ...reported, type: 'TALENT_FLOW', properties: { count: 4, certainty: 'implied' } };
    expect(edgeLabelText(named, 'en', 'all-time')).toBe('4 named · implied · all time');
    expect(edgeLabelText(named, 'ar', 'all-time')).toBe('٤ بالاسم · ضمني · كل الأوقات');
    // Other relationships keep their label.
    const stint = { ...reported, type: 'WORKED_AT', properties: { role: 'CEO' } };
    expect(edgeLabelText(stint, 'en', 'all-time')).toBe(edgeLabelText(stint, 'en'));
  });

  it('says in a reported flow’s label when its reports are only implied, as a named part’s label does', () => {
    // As Sigma Works → Omega Group (tests/fixtures/seed/talent): four people a report only implies left.
    const reported = (properties: Record<string, number | string | null>) => ({
      id: 'f#reported',
      type: 'TALENT_FLOW_REPORTED',
      source: 'org:sigma-works',
      target: 'org:omega-group',
      properties,
    });
    const implied = reported({ reportedCount: 4, certainty: 'implied' });
    expect(createEdgeReducer(base)(implied.id, { edge: implied, weight: 1 } as never).label).toBe(
      '4 reported · implied',
    );
    expect(edgeLabelText(implied, 'ar')).toBe('٤ (مُبلَّغ) · ضمني');
    expect(edgeLabelText(implied, 'en', 'all-time')).toBe('4 reported · implied · all time');
    expect(edgeLabelText(implied, 'en', 'pending')).toBe('… reported · implied');
    expect(edgeLabelText(implied, 'ar', 'pending')).toBe('… (مُبلَّغ) · ضمني');
    // A report with no number, only implied; and stated reports, which need no word.
    const noNumber = reported({ reportedCount: null, certainty: 'implied' });
    expect(edgeLabelText(noNumber, 'en')).toBe('reported · implied');
    expect(edgeLabelText(noNumber, 'ar')).toBe('مُبلَّغ عنها · ضمني');
    expect(edgeLabelText(reported({ reportedCount: 4, certainty: 'stated' }), 'en')).toBe('4 reported');
  });

  it('gives no number while a flow’s window numbers load, drawing it as the last window’s answered', () => {
    const part = {
      id: 'flow:org:a->org:b',
      type: 'TALENT_FLOW',
      source: 'org:a',
      target: 'org:b',
      properties: { count: 9, certainty: 'stated', flowId: 'flow:org:a->org:b' },
    };
    const attrs = { edge: part, weight: 1 };
    // The last window's answer: 2 movers, one more implied — drawn as such, said as none of them.
    const last = new Map([
      [part.id, { ...part, properties: { ...part.properties, count: 2, alsoImplied: 1 } }],
    ]);
    const spec = { ...base, flowsAllTime: true, flowParts: last, flowsPending: new Set([part.id]) };
    const out = createEdgeReducer(spec)(part.id, attrs);
    expect(out.label).toBe('… named');
    expect(out.size).toBe(flowWidth(2));
    expect(createEdgeReducer({ ...spec, lang: 'ar' })(part.id, attrs).label).toBe('… بالاسم');
    // No answer yet at all: drawn as stored, still with no number (not all time's 9).
    const first = createEdgeReducer({ ...spec, flowParts: new Map() })(part.id, attrs);
    expect(first.label).toBe('… named');
    expect(first.label).not.toMatch(/9|all time/);
    // An implied part keeps its word; a reported one its kind.
    const implied = { ...part, properties: { ...part.properties, certainty: 'implied' } };
    expect(edgeLabelText(implied, 'en', 'pending')).toBe('… named · implied');
    const reported = {
      ...part,
      id: `${part.id}#reported`,
      type: 'TALENT_FLOW_REPORTED',
      properties: { reportedCount: 14, reportedQualifier: 'at least' },
    };
    expect(edgeLabelText(reported, 'en', 'pending')).toBe('… reported');
    expect(edgeLabelText(reported, 'ar', 'pending')).toBe('… (مُبلَّغ)');
  });

  it('draws a stored flow’s part with the time window’s numbers once they have come, no longer marked all time', () => {
    const part = {
      id: 'flow:org:a->org:b',
      type: 'TALENT_FLOW',
      source: 'org:a',
      target: 'org:b',
      properties: { count: 9, certainty: 'stated', flowId: 'flow:org:a->org:b' },
    };
    const attrs = { edge: part, weight: 1 };
    const spec = { ...base, flowsAllTime: true };
    // Asking failed (or the flow is not stored): all time's numbers, marked.
    expect(createEdgeReducer(spec)(part.id, attrs).label).toBe('9 named · all time');
    const windowed = new Map([[part.id, { ...part, properties: { ...part.properties, count: 2 } }]]);
    const out = createEdgeReducer({ ...spec, flowParts: windowed })(part.id, attrs);
    expect(out.label).toBe('2 named');
    expect(out.size).toBe(flowWidth(2));
    expect(createEdgeReducer({ ...spec, lang: 'ar', flowParts: windowed })(part.id, attrs).label).toBe(
      '٢ بالاسم',
    );
    // The window's implied movers stay implied: faded, thinner, and said in words.
    const implied = new Map([
      [part.id, { ...part, properties: { ...part.properties, count: 1, certainty: 'implied' } }],
    ]);
    const faded = createEdgeReducer({ ...spec, flowParts: implied })(part.id, attrs);
    expect(faded.label).toBe('1 named · implied');
    expect(faded.color).toBe(mixColors(edgeColor('TALENT_FLOW', 'light'), BACKGROUND.light, 0.55));
    const also = new Map([
      [part.id, { ...part, properties: { ...part.properties, count: 2, alsoImplied: 1 } }],
    ]);
    expect(createEdgeReducer({ ...spec, flowParts: also })(part.id, attrs).label).toBe(
      '2 named · +1 implied',
    );
  });

  it('writes counts on the canvas in the Arabic UI’s digits, as the panels do (٤ not 4)', () => {
    const flow = (properties: Record<string, number | string>, type = 'TALENT_FLOW') => ({
      id: 'f',
      type,
      source: 'org:meta',
      target: 'org:xai',
      properties,
    });
    expect(edgeLabelText(flow({ count: 4 }), 'ar')).toBe('٤ بالاسم');
    expect(edgeLabelText(flow({ count: 4, certainty: 'implied' }), 'ar')).toBe('٤ بالاسم · ضمني');
    expect(
      edgeLabelText(flow({ reportedCount: 14, reportedQualifier: 'at least' }, 'TALENT_FLOW_REPORTED'), 'ar'),
    ).toBe('≥ ١٤ (مُبلَّغ)');
    expect(edgeLabelText(flow({ count: 4 }), 'en')).toBe('4 named');
  });
});
