// A stored talent flow derived by other rules than this version's (model/flow-derivation.ts): a Cypher result's, a
// path's or a neighbour's carries its `derivation` (none, or an older number) but no answer's `outdated`, and is
// marked all the same — every part drawn of it, the reported one too — so the screen and the exports say so.
// Fictional organisations (tests/unit/client/fixtures.ts).
import { describe, expect, it } from 'vitest';
import { DERIVATION_VERSION } from '../../../../model/flow-derivation.js';
import { ELEMENT_ID_PREFIX } from '../../../../model/view-queries.js';
import { initialState, type AppState } from '../../../../client/state/app-state.js';
import { derivedByOtherRules, flowGraph, splitFlows } from '../../../../client/state/flows.js';
import { sceneFromGraph } from '../../../../client/state/scene.js';
import { drawsOutdatedFlows } from '../../../../client/state/view-data.js';
import { DEFAULT_FILTERS } from '../../../../client/state/visibility.js';
import { edge, node } from '../fixtures.js';

const AB = 'flow:org:alpha->org:beta';
const orgs = ['org:alpha', 'org:beta'].map((id) => node(id, 'Organization', { name: id }));
// A stored flow as a Cypher result reads it: one stated and one implied named move, and a report of 5.
const stored = (derivation?: number) =>
  edge(AB, 'TALENT_FLOW', 'org:alpha', 'org:beta', {
    count: 2,
    statedCount: 1,
    impliedCount: 1,
    reportedCount: 5,
    eventIds: ['event:1'],
    ...(derivation === undefined ? {} : { derivation }),
  });
const marks = (derivation?: number) =>
  splitFlows({ nodes: orgs, edges: [stored(derivation)] }).edges.map((e) => [e.id, derivedByOtherRules(e)]);

describe('a stored talent flow derived by other rules', () => {
  it('marks every part drawn of a flow of none or an older derivation, and none of this version’s', () => {
    const parts = (mark: boolean) => [
      [AB, mark],
      [`${AB}#implied`, mark],
      [`${AB}#reported`, mark],
    ];
    expect(marks()).toEqual(parts(true));
    expect(marks(DERIVATION_VERSION - 1)).toEqual(parts(true));
    expect(marks(DERIVATION_VERSION)).toEqual(parts(false));
    // The part carries the mark itself, as an answer's part does: an export reads it off the part.
    const reported = splitFlows({ nodes: orgs, edges: [stored()] }).edges.find(
      (e) => e.id === `${AB}#reported`,
    )!;
    expect(reported.properties.outdated).toBe(true);
  });

  it('marks a whole flow with no part to draw (written by hand) too', () => {
    const bare = edge(AB, 'TALENT_FLOW', 'org:alpha', 'org:beta', {});
    const drawn = splitFlows({ nodes: orgs, edges: [bare] }).edges;
    expect(drawn.map((e) => [e.id, derivedByOtherRules(e)])).toEqual([[AB, true]]);
    expect(derivedByOtherRules({ ...bare, properties: { derivation: DERIVATION_VERSION } })).toBe(false);
  });

  it('leaves a part to its own word: another type, or a part of this version’s flow, is not marked', () => {
    expect(derivedByOtherRules(edge('w', 'WORKED_AT', 'person:p', 'org:alpha', {}))).toBe(false);
    expect(derivedByOtherRules(edge(AB, 'TALENT_FLOW', 'org:alpha', 'org:beta', { flowId: AB }))).toBe(false);
  });

  it('leaves a foreign graph’s TALENT_FLOW alone: no derivation of ours stands behind it', () => {
    // The server gives a relationship with no id of ours its element-id fallback (server/db/convert.ts relAppIdOf).
    const foreign = edge(`${ELEMENT_ID_PREFIX}5:abc:7`, 'TALENT_FLOW', 'org:alpha', 'org:beta', {
      weight: 3,
    });
    expect(derivedByOtherRules(foreign)).toBe(false);
    const drawn = splitFlows({ nodes: orgs, edges: [foreign] }).edges;
    expect(drawn.map((e) => [e.id, derivedByOtherRules(e)])).toEqual([[foreign.id, false]]);
  });

  it('never splits a foreign graph’s TALENT_FLOW with a count of its own into our flow’s stated and implied parts', () => {
    // Its `count` is its own data (test data), not our named movers: drawn and opened as stored, claiming no certainty.
    const foreign = edge(`${ELEMENT_ID_PREFIX}5:abc:8`, 'TALENT_FLOW', 'org:alpha', 'org:beta', {
      count: 2,
      reportedCount: 3,
      note: 'loan spell',
    });
    const { certainty: _c, sources: _s, ...own } = foreign.properties;
    const stored = { ...foreign, properties: own };
    expect(splitFlows({ nodes: orgs, edges: [stored] }).edges).toEqual([stored]);
  });
});

describe('whether the drawn flows include one derived by other rules', () => {
  const network = (derivation?: number, extra: Partial<AppState> = {}) =>
    initialState({
      mode: 'network',
      scene: sceneFromGraph({ nodes: orgs, edges: [stored(derivation)] }),
      filters: DEFAULT_FILTERS,
      ...extra,
    });

  it('is true in the network while such a flow is drawn, and only then', () => {
    expect(drawsOutdatedFlows(network())).toBe(true);
    expect(drawsOutdatedFlows(network(DERIVATION_VERSION))).toBe(false);
    // Not drawn: every certainty of its parts unticked.
    expect(drawsOutdatedFlows(network(undefined, { filters: { ...DEFAULT_FILTERS, certainties: [] } }))).toBe(
      false,
    );
  });

  it('reads the Talent flows tab’s answer there', () => {
    const answer = (outdated: boolean) =>
      flowGraph({
        nodes: orgs,
        edges: [
          edge(AB, 'TALENT_FLOW', 'org:alpha', 'org:beta', {
            count: 1,
            statedCount: 1,
            impliedCount: 0,
            derivation: outdated ? 0 : DERIVATION_VERSION,
            ...(outdated ? { outdated: true } : {}),
          }),
        ],
      });
    const tab = (outdated: boolean) => initialState({ mode: 'flows', flowData: answer(outdated) });
    expect([drawsOutdatedFlows(tab(true)), drawsOutdatedFlows(tab(false))]).toEqual([true, false]);
  });
});
