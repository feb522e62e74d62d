// Reading API answers: graph elements wherever they sit, the schema for autocomplete, parameters, errors with
// positions, careers with the server's moves, flows with reported counts, timeline items.
import { describe, expect, it } from 'vitest';
import { Text } from '@codemirror/state';
import { ApiError, schemaInfo } from '../../../../client/api/api.js';
import { cypherErrorOf, parseParams } from '../../../../client/state/cypher-actions.js';
import { careerOf, factsOf, spanFraction } from '../../../../client/state/details.js';
import { flowPeople } from '../../../../client/state/details-actions.js';
import { flowGraph, flowIdOf } from '../../../../client/state/flows.js';
import { collectGraph } from '../../../../client/api/graph-json.js';
import { parseTimeline, timeSteps } from '../../../../client/state/time-actions.js';
import { errorRange } from '../../../../client/ui/cypher-error-marker.js';
import { articleGraph, edge, node, SOURCE_ID } from '../fixtures.js';
import { flowOf, flowPerson, flowsAnswer, timelineAnswer, timelineItem } from '../answers.js';

describe('collectGraph', () => {
  it('finds nodes and edges anywhere in an answer, once each', () => {
    const g = articleGraph();
    const answer = {
      node: g.nodes[0],
      facts: [{ edge: g.edges[0], other: 'org:meta' }],
      sources: [g.nodes[7]],
      graph: g,
      rows: [{ p: { nodes: [g.nodes[0]], edges: [] } }],
    };
    const found = collectGraph(answer);
    expect(found.nodes).toHaveLength(8);
    expect(found.edges).toHaveLength(8);
  });
});

describe('schemaInfo', () => {
  it('lists /api/schema’s labels, relationship types and property keys for autocomplete', () => {
    const s = schemaInfo({
      labels: [
        {
          label: 'Person',
          count: 9,
          description: null,
          properties: [{ key: 'name', types: ['String'], mandatory: true, description: null }],
        },
        // The nodes without a label: no label a query could name.
        { label: null, count: 2, description: null, properties: [] },
      ],
      relationshipTypes: [
        {
          type: 'WORKED_AT',
          count: 20,
          description: null,
          derived: false,
          from: [],
          to: [],
          properties: [{ key: 'role', types: [], mandatory: false, description: null }],
        },
      ],
      propertyKeys: ['name', 'role', 'evidence'],
      nodes: 11,
      sourcedFacts: true,
    });
    expect(s.labels).toEqual(['Person']);
    expect(s.relationshipTypes).toEqual(['WORKED_AT']);
    expect(s.propertyKeys).toEqual(['evidence', 'name', 'role']);
  });
});

describe('Cypher input and errors', () => {
  it('accepts a JSON object of parameters and explains anything else', () => {
    expect(parseParams('')).toEqual({ params: {} });
    expect(parseParams('{"org": "org:meta"}')).toEqual({ params: { org: 'org:meta' } });
    expect('error' in parseParams('[1]')).toBe(true);
    expect('error' in parseParams('{org:')).toBe(true);
  });

  it('keeps a float written as a whole number a float: the typed form, which JSON.parse would have made 1', () => {
    const float = (v: string) => ({ $type: 'Float', _value: v });
    expect(
      parseParams(
        '{"w": 1.0, "xs": [-0.0, 2e3, 2.5, 7], "s": "1.0", "t": {"$type": "Float", "_value": "3.0"}}',
      ),
    ).toEqual({
      params: { w: float('1.0'), xs: [float('-0.0'), float('2e3'), 2.5, 7], s: '1.0', t: float('3.0') },
    });
  });

  it('names a place in the text as typed when it is no JSON, not in the typed form it would be sent in', () => {
    const result = parseParams('{"w": 1.0,}');
    expect('error' in result && result.error).toMatch(/position 10\b/);
    expect('error' in result && result.error).not.toContain('$type');
  });

  it('refuses a number past the largest float, which JSON would send as null', () => {
    expect(parseParams('{"x": [1, -1e400]}')).toEqual({
      error:
        '-1e400 is past the largest Float (about 1.8e308): write infinity as {"$type": "Float", "_value": "Infinity"}',
    });
    expect(parseParams('{"x": "1e400", "y": 1e300}')).toEqual({
      params: { x: '1e400', y: { $type: 'Float', _value: '1e300' } },
    });
  });

  it('refuses a whole number JSON would round, naming the typed form that sends it exactly', () => {
    expect(parseParams('{"id": 9007199254740993}')).toEqual({
      error:
        '9007199254740993 is past the whole numbers JSON keeps exactly: write it {"$type": "Integer", "_value": "9007199254740993"}',
    });
    expect('error' in parseParams('{"ids": [1, -9223372036854775807]}')).toBe(true);
    // Digits in a string, exact integers, floats and the typed form itself are fine.
    const fine =
      '{"s": "9007199254740993 \\" 9007199254740993", "n": 9007199254740991, "f": 1e300, "g": 2.5, ' +
      '"t": {"$type": "Integer", "_value": "9007199254740993"}}';
    expect(parseParams(fine)).toEqual({
      params: {
        s: '9007199254740993 " 9007199254740993',
        n: 9007199254740991,
        f: { $type: 'Float', _value: '1e300' },
        g: 2.5,
        t: { $type: 'Integer', _value: '9007199254740993' },
      },
    });
  });

  it('keeps the error position the API reports', () => {
    const err = new ApiError(400, 'CYPHER_ERROR', "Invalid input 'RETRN'", {
      position: { line: 2, column: 1, offset: 17 },
    });
    expect(cypherErrorOf(err)).toEqual({
      code: 'CYPHER_ERROR',
      message: "Invalid input 'RETRN'",
      position: { line: 2, column: 1, offset: 17 },
    });
    expect(cypherErrorOf(new ApiError(403, 'READ_ONLY', 'no'))).toEqual({ code: 'READ_ONLY', message: 'no' });
  });

  it('marks the word at an error position, from the offset or from line and column', () => {
    const doc = Text.of(['MATCH (n:Person)', 'RETRN n']);
    expect(errorRange(doc, { line: 2, column: 1, offset: 17 })).toEqual({ from: 17, to: 22 });
    expect(errorRange(doc, { line: 2, column: 1 })).toEqual({ from: 17, to: 22 });
    expect(errorRange(doc, { line: 9, column: 1 })).toBeNull();
  });
});

describe('details', () => {
  it('lists the facts touching a node with the other end and resolved sources, REPORTED_BY last', () => {
    const facts = factsOf('event:musk-lawsuit-altman-openai-2024', articleGraph());
    expect(facts.map((f) => f.edge.type)).toEqual(['PARTICIPATED_IN', 'REPORTED_BY']);
    expect(facts[0]).toMatchObject({ otherId: 'person:elon-musk', outgoing: false });
    expect(facts[0]!.sources[0]!.node?.properties.publisher).toBe('Rose al-Youssef');
  });

  it('orders a career and uses the moves the server computed', () => {
    const g = articleGraph();
    const moves = [
      { fromStint: 'fact:xinlei-chen-left-meta', toStint: 'fact:xinlei-chen-joined-xai', when: '2025-03' },
    ];
    const career = careerOf('person:xinlei-chen', g, moves);
    expect(career.stints.map((s) => s.orgId)).toEqual(['org:fair', 'org:meta', 'org:xai']);
    expect(career.moves).toHaveLength(1);
    expect(career.moves[0]).toMatchObject({ at: '2025-03' });
    expect(career.moves[0]!.from.orgId).toBe('org:meta');
    expect(career.span).toEqual({ from: '2025-03', to: '2025-03' });
    expect(spanFraction('2025-01', { from: '2024', to: '2025-12' })).toBeCloseTo(12 / 24);
  });

  it("without the server's moves, computes them with the server's rule: an ended stint is followed by the earliest that can follow it", () => {
    // Fictional: A 2018–2020, B 2019–2022 (overlapping A), C from 2021 and current. A → C (C starts after A ends);
    // B has no stint starting after it ended. Sorting and pairing neighbours would say A → B and B → C.
    const g = {
      nodes: [
        node('person:p', 'Person'),
        node('org:a', 'Organization'),
        node('org:b', 'Organization'),
        node('org:c', 'Organization'),
      ],
      edges: [
        edge('fact:a', 'WORKED_AT', 'person:p', 'org:a', { start: '2018', end: '2020' }),
        edge('fact:b', 'WORKED_AT', 'person:p', 'org:b', { start: '2019', end: '2022' }),
        edge('fact:c', 'WORKED_AT', 'person:p', 'org:c', { start: '2021' }),
      ],
    };
    const moves = careerOf('person:p', g).moves.map((m) => [m.from.orgId, m.to.orgId, m.at]);
    expect(moves).toEqual([['org:a', 'org:c', '2021']]);
  });

  it('turns the people named in a flows answer into Person nodes', () => {
    const people = flowPeople(
      flowsAnswer({
        flows: [
          flowOf('flow:org:meta->org:xai', [flowPerson({ id: 'person:xinlei-chen', name: 'Xinlei Chen' })]),
        ],
      }),
    );
    expect(people).toEqual([
      {
        id: 'person:xinlei-chen',
        labels: ['Person'],
        properties: { id: 'person:xinlei-chen', name: 'Xinlei Chen', nameAr: null },
      },
    ]);
  });
});

describe('talent flows', () => {
  it('draws named moves and reported counts as separate edges between organisations', () => {
    const flow = edge('flow:org:meta->org:xai', 'TALENT_FLOW', 'org:meta', 'org:xai', {
      count: 4,
      reportedCount: 14,
      reportedQualifier: 'at least',
      people: ['person:xinlei-chen'],
    });
    const onlyReported = edge('flow:org:meta->org:openai', 'TALENT_FLOW', 'org:meta', 'org:openai', {
      count: 0,
      reportedCount: 3,
    });
    const g = flowGraph({
      nodes: [node('org:meta', 'Organization'), node('org:xai', 'Organization')],
      edges: [flow, onlyReported],
    });
    expect(g.edges.map((e) => [e.id, e.type])).toEqual([
      ['flow:org:meta->org:xai', 'TALENT_FLOW'],
      ['flow:org:meta->org:xai#reported', 'TALENT_FLOW_REPORTED'],
      ['flow:org:meta->org:openai#reported', 'TALENT_FLOW_REPORTED'],
    ]);
    expect(g.nodes.map((n) => n.id).sort()).toEqual(['org:meta', 'org:openai', 'org:xai']);
    expect(flowIdOf('flow:org:meta->org:xai#reported')).toBe('flow:org:meta->org:xai');
  });
});

describe('timeline', () => {
  it('reads /api/timeline items and merges dates into sorted slider steps', () => {
    const items = parseTimeline(
      timelineAnswer([
        timelineItem({
          date: '2024',
          id: 'event:musk-lawsuit-altman-openai-2024',
          nodes: ['event:musk-lawsuit-altman-openai-2024'],
          title: 'Musk sues Altman and OpenAI',
          titleAr: 'ماسك يقاضي ألتمان وOpenAI',
        }),
        timelineItem({
          kind: 'stint-start',
          date: '2019',
          id: 'fact:altman-ceo-openai',
          nodes: ['person:sam-altman', 'org:openai'],
          title: 'Sam Altman joins OpenAI (CEO)',
        }),
        timelineItem({ date: 'not a date', id: 'x', title: 'bad' }),
      ]),
    );
    expect(items.map((i) => i.date)).toEqual(['2019', '2024']);
    // The Arabic timeline shows the server's Arabic title, not the English one.
    expect(items[1]).toMatchObject({
      text: 'Musk sues Altman and OpenAI',
      textAr: 'ماسك يقاضي ألتمان وOpenAI',
    });
    expect(items[0]!.nodes).toEqual(['person:sam-altman', 'org:openai']);
    expect(timeSteps(['2025-03', '2024'], ['2019', '2024'])).toEqual(['2019', '2024', '2025-03']);
    expect(SOURCE_ID).toContain('rosa');
  });

  it('keeps the sources each item’s facts cite, so the source filter can leave an item out', () => {
    const items = parseTimeline(
      timelineAnswer([
        timelineItem({ date: '2024', id: 'event:a', sources: ['source:a', 'source:b'] }),
        timelineItem({ date: '2025', id: 'event:none' }),
      ]),
    );
    expect(items.map((i) => [i.id, i.sources])).toEqual([
      ['event:a', ['source:a', 'source:b']],
      ['event:none', []],
    ]);
  });

  it('keeps that an event is placed at the start of the period it reports, and the period’s end', () => {
    const items = parseTimeline(
      timelineAnswer([
        timelineItem({ date: '2025-01', id: 'event:since', dateKind: 'since' }),
        timelineItem({ date: '2024', id: 'event:period', dateKind: 'since', until: '2024-06' }),
        timelineItem({ date: '2023', id: 'event:on', until: '2023-02' }),
      ]),
    );
    expect(items.map((i) => [i.id, i.dateKind ?? null, i.until ?? null])).toEqual([
      ['event:on', null, null],
      ['event:period', 'since', '2024-06'],
      ['event:since', 'since', null],
    ]);
  });
});
