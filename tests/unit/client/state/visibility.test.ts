// What is drawn: legend toggles, relationship types, certainty, sources, hidden nodes and edges and the time window.
import { describe, expect, it } from 'vitest';
import { addToScene, sceneFromGraph, hideInScene } from '../../../../client/state/scene.js';
import {
  computeVisibility,
  DEFAULT_FILTERS,
  labelCounts,
  relTypeCounts,
  sceneSources,
  sourcesNotKept,
  unsourcedCounts,
} from '../../../../client/state/visibility.js';
import { articleGraph, edge, SOURCE_ID } from '../fixtures.js';
import { labelName, NO_LABEL } from '../../../../client/graph/vocabulary.js';

const scene = sceneFromGraph(articleGraph());

describe('computeVisibility', () => {
  it('says which drawn stints had ended by the time window’s date, not by today', () => {
    // Stints written for this test: one of 2015–2023, one that ended in 2018, one current since 2021, one left at an
    // unknown date (ended before the next one's start, 2021).
    const stint = (id: string, target: string, properties: Record<string, string | boolean>) => ({
      id,
      type: 'WORKED_AT',
      source: 'person:p',
      target,
      properties: { certainty: 'stated', ...properties },
    });
    const timed = sceneFromGraph({
      nodes: [
        { id: 'person:p', labels: ['Person'], properties: { name: 'P' } },
        ...['org:a', 'org:b', 'org:c', 'org:d'].map((id) => ({
          id,
          labels: ['Organization'],
          properties: {},
        })),
      ],
      edges: [
        stint('long', 'org:a', { start: '2015', end: '2023' }),
        stint('early', 'org:b', { start: '2012', end: '2018' }),
        stint('now', 'org:c', { start: '2021' }),
        stint('left', 'org:d', { start: '2016', left: true }),
      ],
    });
    const asOf2019 = computeVisibility(timed, DEFAULT_FILTERS, { from: null, to: '2019' });
    expect([...asOf2019.edges].sort()).toEqual(['left', 'long']);
    expect([...asOf2019.past!]).toEqual([]);
    const window = computeVisibility(timed, DEFAULT_FILTERS, { from: '2017', to: '2022' });
    expect([...window.past!].sort()).toEqual(['early', 'left']);
    expect(computeVisibility(timed, DEFAULT_FILTERS, null).past).toBeUndefined();
  });

  it('shows everything by default', () => {
    const v = computeVisibility(scene, DEFAULT_FILTERS, null);
    expect(v.nodes.size).toBe(8);
    expect(v.edges.size).toBe(8);
    expect(v.dimmed.size).toBe(0);
  });

  it('hides a label with its edges, a relationship type, and implied facts on request', () => {
    const v = computeVisibility(
      scene,
      {
        ...DEFAULT_FILTERS,
        hiddenLabels: ['Event'],
        hiddenRelTypes: ['REPORTED_BY'],
        certainties: ['stated'],
      },
      null,
    );
    expect([...v.nodes].some((id) => id.startsWith('event:'))).toBe(false);
    expect(v.edges.has('fact:meta-departures-from')).toBe(false);
    expect(v.edges.has('fact:xinlei-chen-joined-xai')).toBe(false);
    expect(v.edges.has('fact:xinlei-chen-left-meta')).toBe(true);
  });

  it('hides the facts of a hidden source, and leaves the facts of every other source shown', () => {
    expect(
      computeVisibility(scene, { ...DEFAULT_FILTERS, hiddenSources: [SOURCE_ID] }, null).edges.size,
    ).toBe(0);
    expect(
      computeVisibility(scene, { ...DEFAULT_FILTERS, hiddenSources: ['source:other'] }, null).edges.size,
    ).toBe(8);
  });

  it('shows the facts of a source that joined the scene after others were hidden', () => {
    // The user hid the article's source; an expansion then brings a fact a new source states.
    const later = {
      ...scene,
      edges: {
        ...scene.edges,
        'fact:new': {
          id: 'fact:new',
          type: 'WORKED_AT',
          source: 'person:xinlei-chen',
          target: 'org:meta',
          properties: { certainty: 'stated', sources: ['source:later-report'] },
        },
      },
    };
    const v = computeVisibility(later, { ...DEFAULT_FILTERS, hiddenSources: [SOURCE_ID] }, null);
    expect([...v.edges]).toEqual(['fact:new']);
  });

  it('reopens a link that kept some sources as the others of its answer hidden', () => {
    const edges = Object.values(scene.edges);
    expect(sourcesNotKept([SOURCE_ID], edges)).toEqual([]);
    expect(sourcesNotKept([], edges)).toEqual([SOURCE_ID]);
    expect(sourcesNotKept(['source:other'], edges)).toEqual([SOURCE_ID]);
  });

  it('does not draw hidden nodes', () => {
    const v = computeVisibility(hideInScene(scene, ['org:meta']), DEFAULT_FILTERS, null);
    expect(v.nodes.has('org:meta')).toBe(false);
    expect(v.edges.has('fact:xinlei-chen-left-meta')).toBe(false);
  });

  it('does not draw a hidden edge, but still draws its two ends', () => {
    const v = computeVisibility(hideInScene(scene, ['fact:xinlei-chen-left-meta']), DEFAULT_FILTERS, null);
    expect(v.edges.has('fact:xinlei-chen-left-meta')).toBe(false);
    expect(v.nodes.has('org:meta')).toBe(true);
    expect(v.nodes.has('person:xinlei-chen')).toBe(true);
  });

  it('as of 2024 shows the 2024 lawsuit but not the 2025 departures nor the stint that began in 2025', () => {
    const v = computeVisibility(scene, DEFAULT_FILTERS, { from: null, to: '2024-06' });
    expect(v.nodes.has('event:musk-lawsuit-altman-openai-2024')).toBe(true);
    expect(v.nodes.has('event:meta-to-xai-departures-2025')).toBe(false);
    expect(v.edges.has('fact:xinlei-chen-joined-xai')).toBe(false);
    // The Meta stint has no dates: it is not placed in time, so it stays.
    expect(v.edges.has('fact:xinlei-chen-left-meta')).toBe(true);
    // The source (published 2025-08-29) is not out yet; nodes with nothing true are dimmed, not hidden.
    expect(v.nodes.has(SOURCE_ID)).toBe(false);
  });

  it('ends a stint that was left without a date when the next one began', () => {
    const v = computeVisibility(scene, DEFAULT_FILTERS, { from: '2025-06', to: '2025-08' });
    expect(v.edges.has('fact:xinlei-chen-joined-xai')).toBe(true);
    expect(v.edges.has('fact:xinlei-chen-left-meta')).toBe(false);
    expect(v.nodes.has('event:musk-lawsuit-altman-openai-2024')).toBe(false);
  });
});

describe('legend and sources', () => {
  it('counts nodes per label, with how many are visible', () => {
    const v = computeVisibility(scene, { ...DEFAULT_FILTERS, hiddenLabels: ['Source'] }, null);
    const c = labelCounts(scene, v);
    expect(c.Person).toEqual({ total: 2, visible: 2 });
    expect(c.Source).toEqual({ total: 1, visible: 0 });
  });

  it('counts a talent flow drawn as parts once under its type, and once as drawn while one part is', () => {
    // Test data: Meta → xAI with 1 stated and 3 implied named moves (two lines) and a report (its own type).
    const flow = edge('flow:org:meta->org:xai', 'TALENT_FLOW', 'org:meta', 'org:xai', {
      count: 4,
      statedCount: 1,
      impliedCount: 3,
      reportedCount: 14,
      eventIds: ['event:meta-to-xai-departures-2025'],
    });
    const withFlow = addToScene(scene, { nodes: [], edges: [flow] });
    expect(Object.keys(withFlow.edges).filter((id) => id.startsWith('flow:'))).toHaveLength(3);
    const all = relTypeCounts(withFlow, computeVisibility(withFlow, DEFAULT_FILTERS, null));
    expect(all.TALENT_FLOW).toEqual({ total: 1, visible: 1 });
    expect(all.TALENT_FLOW_REPORTED).toEqual({ total: 1, visible: 1 });
    expect(all.WORKED_AT).toEqual({ total: 4, visible: 4 });
    // Implied facts hidden: the flow is still drawn (its stated part), once.
    const stated = computeVisibility(withFlow, { ...DEFAULT_FILTERS, certainties: ['stated'] }, null);
    expect(relTypeCounts(withFlow, stated).TALENT_FLOW).toEqual({ total: 1, visible: 1 });
  });

  it('counts labels and relationship types named like an object’s inherited members, touching no other object', () => {
    // A made-up foreign graph: labels __proto__ and constructor, relationship types constructor and toString.
    const names = sceneFromGraph({
      nodes: [
        { id: 'neo4j:1', labels: ['__proto__'], properties: {} },
        { id: 'neo4j:2', labels: ['constructor'], properties: {} },
        { id: 'neo4j:3', labels: ['constructor'], properties: {} },
      ],
      edges: [
        { id: 'neo4j:r1', type: 'constructor', source: 'neo4j:1', target: 'neo4j:2', properties: {} },
        { id: 'neo4j:r2', type: 'toString', source: 'neo4j:2', target: 'neo4j:3', properties: {} },
      ],
    });
    const v = computeVisibility(names, DEFAULT_FILTERS, null);
    try {
      const labels = labelCounts(names, v);
      expect(Object.keys(labels).sort()).toEqual(['__proto__', 'constructor']);
      expect(Object.getOwnPropertyDescriptor(labels, '__proto__')?.value).toEqual({ total: 1, visible: 1 });
      expect(labels.constructor).toEqual({ total: 2, visible: 2 });
      const types = relTypeCounts(names, v);
      expect(Object.keys(types).sort()).toEqual(['constructor', 'toString']);
      expect(types.constructor).toEqual({ total: 1, visible: 1 });
      expect(types.toString).toEqual({ total: 1, visible: 1 });
      // Counting wrote nowhere else: no object of the page gained a count.
      expect(Object.hasOwn(Object.prototype, 'total')).toBe(false);
    } finally {
      // Undo what the old counting wrote onto every object, so no later test reads it.
      const shared = Object.prototype as { total?: unknown; visible?: unknown };
      delete shared.total;
      delete shared.visible;
    }
  });

  it('lists the sources cited by the facts, most cited first', () => {
    expect(sceneSources(scene)).toEqual([{ id: SOURCE_ID, facts: 8 }]);
  });
});

describe('the source filter over talent flows', () => {
  // Meta → xAI drawn as parts, each citing its own sources: the stated moves and the report the article's alone, the
  // implied moves the article's and another report's.
  const flow = edge('flow:org:meta->org:xai', 'TALENT_FLOW', 'org:meta', 'org:xai', {
    count: 4,
    statedCount: 1,
    impliedCount: 3,
    reportedCount: 14,
    eventIds: ['event:meta-to-xai-departures-2025'],
    statedSources: [SOURCE_ID],
    impliedSources: [SOURCE_ID, 'source:other'],
    reportSources: [SOURCE_ID],
  });
  const withFlow = addToScene(scene, { nodes: [], edges: [flow] });
  const hidden = { ...DEFAULT_FILTERS, hiddenSources: [SOURCE_ID] };
  const flowIds = (v: { edges: Set<string> }) => [...v.edges].filter((id) => id.startsWith('flow:')).sort();

  it('hides in the network a flow part whose cited sources are all hidden, as it hides a fact', () => {
    expect(flowIds(computeVisibility(withFlow, DEFAULT_FILTERS, null))).toEqual([
      'flow:org:meta->org:xai',
      'flow:org:meta->org:xai#implied',
      'flow:org:meta->org:xai#reported',
    ]);
    const v = computeVisibility(withFlow, hidden, null);
    expect(flowIds(v)).toEqual(['flow:org:meta->org:xai#implied']);
    // What an export lists of the drawn: the implied part's sources, nothing of the parts hidden.
    expect(sceneSources(withFlow, v.edges)).toEqual([
      { id: 'source:other', facts: 1 },
      { id: SOURCE_ID, facts: 1 },
    ]);
    const none = computeVisibility(withFlow, { ...hidden, hiddenSources: [SOURCE_ID, 'source:other'] }, null);
    expect(flowIds(none)).toEqual([]);
    expect(sceneSources(withFlow, none.edges)).toEqual([]);
  });

  it('leaves them drawn in the Talent flows tab, whose flows count the moves of every source', () => {
    const v = computeVisibility(withFlow, hidden, null, undefined, { flowView: true });
    expect(flowIds(v)).toHaveLength(3);
  });
});

describe('facts no source backs', () => {
  // The article's graph plus a stint written by hand (no certainty, no source) and a relationship of a foreign type.
  const withUnsourced = (() => {
    const g = articleGraph();
    g.edges.push(
      {
        id: 'hand:musk-meta',
        type: 'WORKED_AT',
        source: 'person:elon-musk',
        target: 'org:meta',
        properties: {},
      },
      {
        id: 'hand:knows',
        type: 'KNOWS',
        source: 'person:elon-musk',
        target: 'person:xinlei-chen',
        properties: {},
      },
    );
    return sceneFromGraph(g);
  })();

  it('draws them while every certainty is shown', () => {
    const v = computeVisibility(withUnsourced, DEFAULT_FILTERS, null);
    expect(v.edges.has('hand:musk-meta')).toBe(true);
    expect(v.edges.has('hand:knows')).toBe(true);
    expect(unsourcedCounts(withUnsourced, v)).toEqual({ total: 1, visible: 1 });
  });

  it('hides them when the canvas is narrowed to stated facts, instead of counting them as stated', () => {
    const v = computeVisibility(withUnsourced, { ...DEFAULT_FILTERS, certainties: ['stated'] }, null);
    expect(v.edges.has('hand:musk-meta')).toBe(false);
    expect(v.edges.has('fact:xinlei-chen-left-meta')).toBe(true);
    expect(unsourcedCounts(withUnsourced, v)).toEqual({ total: 1, visible: 0 });
    // A foreign type's relationship claims no certainty: the certainty filter leaves it alone.
    expect(v.edges.has('hand:knows')).toBe(true);
  });

  it('hides them when the canvas is narrowed to implied facts', () => {
    const v = computeVisibility(withUnsourced, { ...DEFAULT_FILTERS, certainties: ['implied'] }, null);
    expect(v.edges.has('hand:musk-meta')).toBe(false);
    expect(v.edges.has('fact:xinlei-chen-joined-xai')).toBe(true);
  });

  it('does not count the virtual relationships of the schema’s picture (db.schema.visualization) as facts', () => {
    // Neo4j gives made-up relationships negative ids; the API's fallback id is then neo4j:-<n>. A stint written by
    // hand has an element id of the store (neo4j:4:…:12) and is counted.
    const g = articleGraph();
    g.nodes.push(
      { id: 'neo4j:-100', labels: ['Person'], properties: { name: 'Person' } },
      { id: 'neo4j:-101', labels: ['Organization'], properties: { name: 'Organization' } },
    );
    g.edges.push(
      { id: 'neo4j:-104', type: 'WORKED_AT', source: 'neo4j:-100', target: 'neo4j:-101', properties: {} },
      { id: 'neo4j:-105', type: 'PART_OF', source: 'neo4j:-101', target: 'neo4j:-101', properties: {} },
      {
        id: 'neo4j:4:0b7c1a:12',
        type: 'WORKED_AT',
        source: 'person:elon-musk',
        target: 'org:meta',
        properties: {},
      },
    );
    const s = sceneFromGraph(g);
    expect(unsourcedCounts(s, computeVisibility(s, DEFAULT_FILTERS, null))).toEqual({ total: 1, visible: 1 });
  });

  it('counts none in a scene where every fact has its certainty', () => {
    expect(unsourcedCounts(scene, computeVisibility(scene, DEFAULT_FILTERS, null))).toEqual({
      total: 0,
      visible: 0,
    });
  });
});

describe('a foreign graph named like ours', () => {
  // tests/fixtures/foreign/our-names.cypher as the API gives it: every element known only by its element id.
  const foreign = sceneFromGraph({
    nodes: [
      { id: 'neo4j:4:f:1', labels: ['Person'], properties: { name: 'Ann' } },
      { id: 'neo4j:4:f:2', labels: ['Company'], properties: { name: 'Acme' } },
      { id: 'neo4j:4:f:3', labels: ['Doc'], properties: { title: 'Field notes' } },
      { id: 'neo4j:4:f:4', labels: ['Paper'], properties: { title: 'Quarterly review' } },
    ],
    edges: [
      { id: 'neo4j:5:f:1', type: 'WORKED_AT', source: 'neo4j:4:f:1', target: 'neo4j:4:f:2', properties: {} },
      {
        id: 'neo4j:5:f:2',
        type: 'REPORTED_BY',
        source: 'neo4j:4:f:3',
        target: 'neo4j:4:f:4',
        properties: {},
      },
    ],
  });

  it('counts none of its relationships as facts with no source, and no certainty filter hides them', () => {
    // The database's word (GET /api/schema's sourcedFacts: none of our fact types), not the elements' ids.
    const factTypes: string[] = [];
    const all = computeVisibility(foreign, DEFAULT_FILTERS, null, undefined, { factTypes });
    expect(unsourcedCounts(foreign, all, factTypes)).toEqual({ total: 0, visible: 0 });
    const stated = { ...DEFAULT_FILTERS, certainties: ['stated'] };
    expect(computeVisibility(foreign, stated, null, undefined, { factTypes }).edges.size).toBe(2);
    // Were the database ours, the same relationships written by hand would be facts no source backs.
    const ours = computeVisibility(foreign, DEFAULT_FILTERS, null, undefined, {});
    expect(unsourcedCounts(foreign, ours)).toEqual({ total: 2, visible: 2 });
  });

  it('takes the database’s word: with none of our sourced facts, no relationship is one of ours', () => {
    const g = articleGraph();
    g.edges.push({
      id: 'hand:musk-meta',
      type: 'WORKED_AT',
      source: 'person:elon-musk',
      target: 'org:meta',
      properties: {},
    });
    const s = sceneFromGraph(g);
    const v = computeVisibility(s, { ...DEFAULT_FILTERS, certainties: ['stated'] }, null, undefined, {
      factTypes: [],
    });
    expect(v.edges.has('hand:musk-meta')).toBe(true);
    expect(unsourcedCounts(s, v, [])).toEqual({ total: 0, visible: 0 });
  });
});

describe('nodes without a label', () => {
  // Made up, as the audit's repro: u1 and u2 have no label, beside a foreign label named Unknown.
  const unlabeled = sceneFromGraph({
    nodes: [
      { id: 'neo4j:u1', labels: [], properties: { name: 'u1' } },
      { id: 'neo4j:u2', labels: [], properties: { name: 'u2' } },
      { id: 'neo4j:k', labels: ['Unknown'], properties: { name: 'k' } },
    ],
    edges: [],
  });

  it('counts them under the empty name, apart from a label named Unknown, and hides them by it', () => {
    const all = computeVisibility(unlabeled, DEFAULT_FILTERS, null);
    expect(labelCounts(unlabeled, all)).toEqual({
      [NO_LABEL]: { total: 2, visible: 2 },
      Unknown: { total: 1, visible: 1 },
    });
    const hidden = computeVisibility(unlabeled, { ...DEFAULT_FILTERS, hiddenLabels: [NO_LABEL] }, null);
    expect([...hidden.nodes]).toEqual(['neo4j:k']);
    expect(labelName(NO_LABEL, 'en')).toBe('(no label)');
    expect(labelName(NO_LABEL, 'ar')).toBe('(بلا تسمية)');
  });
});
