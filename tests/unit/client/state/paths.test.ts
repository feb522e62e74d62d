// The path panel's pure logic: query parameters for the options, an answer turned into steps walked from one end
// (facts pointing either way), one path's graph.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PATH_OPTIONS,
  parsePathAnswer,
  pathCertainty,
  pathsThroughSameNodes,
  pathGraph,
  pathNoTypesKey,
  pathParams,
  pathSearchTypes,
  pathSteps,
  pathThroughDerived,
  pathTypeChoices,
} from '../../../../client/state/paths.js';
import { pathQuery } from '../../../../client/state/gallery.js';
import { edge, node } from '../fixtures.js';
import { pathsAnswer } from '../answers.js';
import { FACT_REL_TYPES } from '../../../../model/labels.js';
import type { JsonValue } from '../../../../model/graph.js';
import { followedOnPathCypher } from '../../../../model/certainty.js';

// Xinlei Chen worked at Meta and at xAI (facts from the article); the flow Meta → xAI is derived.
const graph = {
  nodes: [
    node('person:xinlei-chen', 'Person'),
    node('org:meta', 'Organization'),
    node('org:xai', 'Organization'),
  ],
  edges: [
    edge('fact:chen-meta', 'WORKED_AT', 'person:xinlei-chen', 'org:meta'),
    edge('fact:chen-xai', 'WORKED_AT', 'person:xinlei-chen', 'org:xai'),
    edge('flow:org:meta->org:xai', 'TALENT_FLOW', 'org:meta', 'org:xai'),
  ],
};

describe('path options and steps', () => {
  it("offers our fact types on our data, and a foreign database's own types (all ticked by default) elsewhere", () => {
    const ours = pathTypeChoices(DEFAULT_PATH_OPTIONS, null);
    expect(ours.choices).toContain('WORKED_AT');
    expect(ours.ticked).not.toContain('REPORTED_BY');
    // A foreign graph's TALENT_FLOW is its own type, not our derived flows: offered and ticked as any other.
    const library = ['WROTE', 'READ', 'FOLLOWS', 'TALENT_FLOW'];
    const foreign = pathTypeChoices(DEFAULT_PATH_OPTIONS, library);
    expect(foreign).toEqual({ choices: library, ticked: library });
    // Once the user unticks one, exactly what is ticked is sent.
    const changed = { derived: false, types: ['WROTE', 'FOLLOWS'] };
    expect(pathTypeChoices(changed, library).ticked).toEqual(['WROTE', 'FOLLOWS']);
    expect(pathParams(changed)).toEqual({ types: 'WROTE,FOLLOWS' });
  });

  it("sends a foreign database's ticked types as they are, though one shares a name with ours", () => {
    // A foreign graph with a PART_OF of its own: the server's default would be our fact types.
    const foreignTypes = ['PART_OF', 'CONTAINS'];
    expect(pathParams(DEFAULT_PATH_OPTIONS, foreignTypes)).toEqual({ types: 'PART_OF,CONTAINS' });
    expect(pathParams({ derived: false, types: ['CONTAINS'] }, foreignTypes)).toEqual({ types: 'CONTAINS' });
    expect(pathParams(DEFAULT_PATH_OPTIONS, null)).toEqual({});
    // A foreign type whose name holds a comma is sent in backticks, so the server reads it as one type.
    expect(pathParams({ derived: false, types: ['SHELVED, NEAR'] }, ['SHELVED, NEAR', 'READ'])).toEqual({
      types: '`SHELVED, NEAR`',
    });
  });

  it('sends nothing for the defaults, derived=true when asked, and the types only when changed', () => {
    expect(pathParams(DEFAULT_PATH_OPTIONS)).toEqual({});
    expect(pathParams({ ...DEFAULT_PATH_OPTIONS, derived: true })).toEqual({ derived: 'true' });
    expect(pathParams({ derived: false, types: ['WORKED_AT', 'RELATIVE_OF'] })).toEqual({
      types: 'WORKED_AT,RELATIVE_OF',
    });
    expect(DEFAULT_PATH_OPTIONS.types).not.toContain('REPORTED_BY');
    expect(DEFAULT_PATH_OPTIONS.types).not.toContain('TALENT_FLOW');
  });

  it('searches nothing with no type ticked, and only the derived flows when they are asked for', () => {
    // Without types the server follows its defaults: a search with nothing ticked would walk types left out.
    const none = { derived: false, types: [] };
    expect(pathSearchTypes(none)).toEqual([]);
    expect(pathParams(none)).toBeNull();
    expect(pathParams(none, ['WROTE', 'READ'])).toBeNull();
    // "Also through derived talent flows" adds them to what is ticked: nothing ticked, the flows alone, named.
    const flowsOnly = { derived: true, types: [] };
    expect(pathSearchTypes(flowsOnly)).toEqual(['TALENT_FLOW']);
    expect(pathParams(flowsOnly)).toEqual({ derived: 'true', types: 'TALENT_FLOW' });
    // A foreign database has no derived flows of ours, even with a TALENT_FLOW of its own (its own type, followed
    // only when ticked): nothing to follow.
    expect(pathParams(flowsOnly, ['WROTE', 'READ'])).toBeNull();
    expect(pathParams(flowsOnly, ['WROTE', 'TALENT_FLOW'])).toBeNull();
    // Types ticked: the flows join them (sent apart, as derived=true).
    expect(pathSearchTypes({ derived: true, types: ['WORKED_AT'] })).toEqual(['WORKED_AT', 'TALENT_FLOW']);
    expect(pathParams({ derived: true, types: ['WORKED_AT'] })).toEqual({
      derived: 'true',
      types: 'WORKED_AT',
    });
  });

  it('never asks a foreign database for derived flows, whatever the options or a shared link say', () => {
    // Derived talent flows are ours (made from our sourced stints): a graph named like ours has none of them. Its own
    // TALENT_FLOW is one of its types, followed by default as every other, never sent as derived=true.
    const foreign = ['WORKED_AT', 'KNOWS', 'TALENT_FLOW'];
    const linked = { ...DEFAULT_PATH_OPTIONS, derived: true };
    expect(pathSearchTypes(linked, foreign)).toEqual(['WORKED_AT', 'KNOWS', 'TALENT_FLOW']);
    expect(pathParams(linked, foreign)).toEqual({ types: 'WORKED_AT,KNOWS,TALENT_FLOW' });
  });

  it('sends the certainties the view shows only when it hides some, and none as an empty list', () => {
    const view = (certainties: string[]) => ({ certainties, hiddenRelTypes: [] });
    expect(pathParams(DEFAULT_PATH_OPTIONS, null, view(['stated', 'implied']))).toEqual({});
    expect(pathParams(DEFAULT_PATH_OPTIONS, null, view(['implied', 'stated']))).toEqual({});
    expect(pathParams(DEFAULT_PATH_OPTIONS, null, view(['stated']))).toEqual({ certainties: 'stated' });
    expect(pathParams(DEFAULT_PATH_OPTIONS, null, view([]))).toEqual({ certainties: '' });
    // On a foreign database too: its relationships claim no certainty, and the server follows them whatever is shown.
    expect(pathParams(DEFAULT_PATH_OPTIONS, ['WROTE'], view(['implied']))).toEqual({
      types: 'WROTE',
      certainties: 'implied',
    });
  });

  it('leaves out the relationship types the view hides, and searches nothing when it hides all those ticked', () => {
    const hiding = (hiddenRelTypes: string[]) => ({ certainties: ['stated', 'implied'], hiddenRelTypes });
    const sent = pathParams(DEFAULT_PATH_OPTIONS, null, hiding(['WORKED_AT', 'REPORTED_BY']))!;
    expect(sent.types?.split(',')).toEqual(DEFAULT_PATH_OPTIONS.types.filter((t) => t !== 'WORKED_AT'));
    // Hiding a type the search does not follow changes nothing.
    expect(pathParams(DEFAULT_PATH_OPTIONS, null, hiding(['REPORTED_BY']))).toEqual({});
    // Derived flows hidden: not asked for (the server adds them to any types given with derived=true).
    const withFlows = { derived: true, types: ['WORKED_AT'] };
    expect(pathParams(withFlows, null, hiding(['TALENT_FLOW']))).toEqual({ types: 'WORKED_AT' });
    // Everything ticked hidden: no search, and the panel says it is the view's filters, not the ticks.
    const onlyStints = { derived: false, types: ['WORKED_AT'] };
    expect(pathParams(onlyStints, null, hiding(['WORKED_AT']))).toBeNull();
    expect(pathNoTypesKey(onlyStints)).toBe('pathNoTypesHidden');
    expect(pathNoTypesKey({ derived: false, types: [] })).toBe('pathNoTypes');
  });

  it('walks a path from its start, noting facts that point against the walk and derived steps', () => {
    const answer = parsePathAnswer(
      pathsAnswer({
        paths: [
          {
            nodes: ['org:meta', 'person:xinlei-chen', 'org:xai'],
            edges: ['fact:chen-meta', 'fact:chen-xai'],
            length: 2,
          },
          { nodes: ['org:meta', 'org:xai'], edges: ['flow:org:meta->org:xai'], length: 1 },
        ],
        maxLength: 6,
        derived: true,
        graph,
      }),
    );
    expect(answer).toMatchObject({ maxLength: 6, derived: true });
    const steps = pathSteps(answer, 0);
    expect(steps.map((s) => [s.from, s.to, s.forward, s.derived])).toEqual([
      ['org:meta', 'person:xinlei-chen', false, false],
      ['person:xinlei-chen', 'org:xai', true, false],
    ]);
    expect(pathSteps(answer, 1)[0]).toMatchObject({ derived: true, forward: true });
    expect(pathSteps(answer, 5)).toEqual([]);
    expect(pathGraph(answer, 1).nodes.map((n) => n.id)).toEqual(['org:meta', 'org:xai']);
    expect(pathGraph(answer, 1).edges.map((e) => e.id)).toEqual(['flow:org:meta->org:xai']);
  });

  it('puts a path of stated facts before an equally short implied one, and calls a path as certain as its weakest step', () => {
    const implied = {
      nodes: [...graph.nodes, node('org:openai', 'Organization')],
      edges: [
        ...graph.edges,
        edge('fact:chen-openai', 'WORKED_AT', 'person:xinlei-chen', 'org:openai', { certainty: 'implied' }),
        edge('fact:openai-xai', 'RIVAL_OF', 'org:openai', 'org:xai', { certainty: 'stated' }),
      ],
    };
    const viaOpenAi = {
      nodes: ['person:xinlei-chen', 'org:openai', 'org:xai'],
      edges: ['fact:chen-openai', 'fact:openai-xai'],
      length: 2,
    };
    const viaMeta = {
      nodes: ['person:xinlei-chen', 'org:meta', 'org:xai'],
      edges: ['fact:chen-meta', 'flow:org:meta->org:xai'],
      length: 2,
    };
    const stated = (id: string) => ({
      ...implied.edges.find((e) => e.id === id)!,
      properties: { certainty: 'stated' },
    });
    const answer = parsePathAnswer(
      pathsAnswer({
        paths: [viaOpenAi, viaMeta],
        graph: {
          nodes: implied.nodes,
          edges: implied.edges.map((e) =>
            e.id === 'fact:chen-meta' || e.id.startsWith('flow:') ? stated(e.id) : e,
          ),
        },
      }),
    );
    // Through a derived flow (Meta → xAI, computed from moves): after the path of sourced facts, though these are
    // implied — no source states the flow's edge — and said so.
    expect(answer.paths.map((p) => p.edges[0])).toEqual(['fact:chen-openai', 'fact:chen-meta']);
    expect([pathCertainty(answer, 0), pathCertainty(answer, 1)]).toEqual(['implied', 'stated']);
    expect([pathThroughDerived(answer, 0), pathThroughDerived(answer, 1)]).toEqual([false, true]);
    // The server gave the implied path first: a stated one of sourced facts is shown first.
    const viaMetaFacts = {
      nodes: ['person:xinlei-chen', 'org:meta', 'org:xai'],
      edges: ['fact:chen-meta', 'fact:meta-xai'],
      length: 2,
    };
    const sourced = parsePathAnswer(
      pathsAnswer({
        paths: [viaOpenAi, viaMetaFacts],
        graph: {
          nodes: implied.nodes,
          edges: [
            ...implied.edges,
            edge('fact:meta-xai', 'RIVAL_OF', 'org:meta', 'org:xai', { certainty: 'stated' }),
          ].map((e) => (e.id === 'fact:chen-meta' ? stated(e.id) : e)),
        },
      }),
    );
    expect(sourced.paths.map((p) => p.edges[0])).toEqual(['fact:chen-meta', 'fact:chen-openai']);
    expect([pathCertainty(sourced, 0), pathCertainty(sourced, 1)]).toEqual(['stated', 'implied']);
    // A step no source backs makes the path unsourced, below an implied one.
    const bare = parsePathAnswer(
      pathsAnswer({
        paths: [viaMeta, viaOpenAi],
        graph: {
          nodes: implied.nodes,
          edges: implied.edges.map((e) => (e.id === 'fact:chen-meta' ? { ...e, properties: {} } : e)),
        },
      }),
    );
    expect(bare.paths.map((p) => p.edges[0])).toEqual(['fact:chen-openai', 'fact:chen-meta']);
    expect(pathCertainty(bare, 1)).toBe('unsourced');
  });

  it('calls a step through a derived flow as certain as the best part the canvas draws of it', () => {
    const viaFlow = {
      nodes: ['person:xinlei-chen', 'org:meta', 'org:xai'],
      edges: ['fact:chen-meta', 'flow:org:meta->org:xai'],
      length: 2,
    };
    const withFlow = (properties: Record<string, JsonValue>) =>
      parsePathAnswer(
        pathsAnswer({
          paths: [viaFlow],
          graph: {
            nodes: graph.nodes,
            edges: graph.edges.map((e) =>
              e.id === 'fact:chen-meta'
                ? { ...e, properties: { certainty: 'stated' } }
                : e.id.startsWith('flow:')
                  ? { ...e, properties }
                  : e,
            ),
          },
        }),
      );
    // Stored stated for a stated report that gives no number, while its moves are implied and the number it shows is
    // an implied report's: the canvas draws it implied throughout, and so is the path.
    const drawnImplied = {
      certainty: 'stated',
      count: 2,
      statedCount: 0,
      impliedCount: 2,
      reportedCount: 10,
      eventIds: ['event:implied-ten', 'event:stated-no-number'],
      impliedEventIds: ['event:implied-ten'],
    };
    expect(pathCertainty(withFlow(drawnImplied), 0)).toBe('implied');
    // One stated move among them: a stated part is drawn.
    expect(pathCertainty(withFlow({ ...drawnImplied, statedCount: 1, impliedCount: 1 }), 0)).toBe('stated');
    // A flow with nothing to draw in parts keeps its own certainty.
    expect(pathCertainty(withFlow({ certainty: 'implied' }), 0)).toBe('implied');
  });

  it('tells which paths go through the same nodes as another, for the chooser to name their relationships', () => {
    const viaMeta = (edges: string[]) => ({
      nodes: ['person:xinlei-chen', 'org:meta', 'org:xai'],
      edges,
      length: 2,
    });
    const answer = parsePathAnswer(
      pathsAnswer({
        paths: [
          viaMeta(['fact:chen-meta', 'flow:org:meta->org:xai']),
          { nodes: ['person:xinlei-chen', 'org:xai'], edges: ['fact:chen-xai'], length: 1 },
          viaMeta(['fact:chen-meta-2', 'flow:org:meta->org:xai']),
        ],
        graph: {
          nodes: graph.nodes,
          edges: [
            ...graph.edges,
            edge('fact:chen-meta-2', 'FOUNDED', 'person:xinlei-chen', 'org:meta', { certainty: 'stated' }),
            edge('fact:chen-xai', 'WORKED_AT', 'person:xinlei-chen', 'org:xai', { certainty: 'stated' }),
          ],
        },
      }),
    );
    const alike = pathsThroughSameNodes(answer);
    // Sorted as the answer is kept (shortest first): the two through Meta are told apart, the direct one is not.
    const through = (i: number) => answer.paths[i]!.nodes.join();
    expect([0, 1, 2].filter((i) => alike.has(i)).map(through)).toEqual([
      'person:xinlei-chen,org:meta,org:xai',
      'person:xinlei-chen,org:meta,org:xai',
    ]);
    expect(
      pathSteps(
        answer,
        [0, 1, 2].find((i) => alike.has(i))!,
      ).length,
    ).toBe(2);
  });

  it('shows the Cypher of a path search: the types it followed, quoted, values as parameters', () => {
    const facts = pathQuery(
      'person:xinlei-chen',
      'person:sam-altman',
      6,
      pathSearchTypes(DEFAULT_PATH_OPTIONS),
    )!;
    expect(facts.query).toContain(
      'allShortestPaths((a)-[:`WORKED_AT`|`FOUNDED`|`PART_OF`|`DEVELOPS`|`PARTICIPATED_IN`|`RELATIVE_OF`*..6]-(b))',
    );
    expect(facts.query.split('\n').find((l) => l.includes('allShortestPaths'))).not.toContain('TALENT_FLOW');
    // Our ends by the label their id names, as the server finds them.
    expect(facts.query).toContain('MATCH (a:Person {id: $from}) WITH a LIMIT 1');
    expect(facts.query).toContain('MATCH (b:Person {id: $to}) WITH a, b LIMIT 1');
    // As /api/paths, by its own rule: a step of a certainty shown (all, by default), a fact of any of our types only
    // when a source backs it.
    expect(facts.query).toContain(`WHERE all(r IN relationships(p) WHERE ${followedOnPathCypher('r')})`);
    expect(facts.query).toContain('LIMIT $maxPaths');
    expect(facts.params).toEqual({
      from: 'person:xinlei-chen',
      to: 'person:sam-altman',
      factTypes: [...FACT_REL_TYPES],
      derivedTypes: ['TALENT_FLOW', 'TALENT_FLOW_REPORTED'],
      certainties: ['stated', 'implied'],
      maxPaths: 50,
    });
    // The certainties the answer stepped on, as a parameter.
    const stated = pathQuery('person:xinlei-chen', 'person:sam-altman', 6, ['WORKED_AT'], ['stated'])!;
    expect(stated.params).toMatchObject({ certainties: ['stated'] });
    const derived = pathQuery('person:xinlei-chen', 'person:sam-altman', 4, ['WORKED_AT', 'TALENT_FLOW'])!;
    expect(derived.query).toContain('[:`WORKED_AT`|`TALENT_FLOW`*..4]');
    expect(derived.query).toContain('through the types the panel ticked and derived talent flows');
  });

  it("finds a foreign graph's ends by elementId and quotes any type's name, a backtick doubled", () => {
    const q = pathQuery('neo4j:4:abc:7', 'neo4j:4:abc:9', 6, [
      'works with',
      'recommends',
      'x]-(b)) DETACH`',
    ])!;
    expect(q.query).toContain('MATCH (a) WHERE elementId(a) = $from\nMATCH (b) WHERE elementId(b) = $to\n');
    expect(q.params).toMatchObject({ from: '4:abc:7', to: '4:abc:9' });
    expect(q.query).toContain('[:`works with`|`recommends`|`x]-(b)) DETACH```*..6]');
    // On a database without our sourced facts no type is held to our rule: its WORKED_AT is its own.
    expect(q.params).toMatchObject({ factTypes: [...FACT_REL_TYPES] });
    const notOurs = pathQuery('neo4j:4:abc:7', 'neo4j:4:abc:9', 6, ['WORKED_AT'], ['stated', 'implied'], [])!;
    expect(notOurs.params).toMatchObject({ factTypes: [] });
    // Nor any type taken for our derived flows: a foreign graph's TALENT_FLOW is its own, followed as it is.
    const foreignFlow = pathQuery('neo4j:4:abc:7', 'neo4j:4:abc:9', 6, ['TALENT_FLOW'], [], [], [])!;
    expect(foreignFlow.params).toMatchObject({ derivedTypes: [] });
    expect(foreignFlow.query).toContain('through the types the panel ticked');
    // A node to itself: the one path of no step, as the panel lists it.
    expect(pathQuery('neo4j:4:abc:7', 'neo4j:4:abc:7', 6, ['READ'])!.query).toContain('[:`READ`*0..6]');
  });

  it('shows no Cypher for a search of no type or an end that names no node; derived flows alone keep the check', () => {
    // `[*..6]` would walk every relationship (reports, derived flows, facts no source backs).
    expect(pathQuery('person:xinlei-chen', 'person:sam-altman', 6, [])).toBeNull();
    expect(pathQuery('nobody', 'person:sam-altman', 6, ['WORKED_AT'])).toBeNull();
    const flows = pathQuery('org:meta', 'org:xai', 6, pathSearchTypes({ derived: true, types: [] }))!;
    expect(flows.query).toContain('allShortestPaths((a)-[:`TALENT_FLOW`*..6]-(b))');
    expect(flows.query).toContain('through derived talent flows only');
    expect(flows.query).toContain(followedOnPathCypher('r'));
  });

  it('reads an answer with no path as no steps', () => {
    const answer = parsePathAnswer(pathsAnswer({ maxLength: 4 }));
    expect(answer.paths).toEqual([]);
    expect(answer.maxLength).toBe(4);
    expect(pathSteps(answer, 0)).toEqual([]);
  });
});
