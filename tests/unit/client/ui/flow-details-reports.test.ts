// @vitest-environment jsdom
// A flow's details in the Talent flows tab under a time window quote and cite the reports the window counts, not every
// report behind the flow: rendered with React in jsdom, over a fictional flow (Alpha Labs → Beta AI) with two reports
// written for this test — one of 2023, one of 2025 — of which the tab's 2025 window counts the second.
import { describe, expect, it } from 'vitest';
import type { GraphEdge } from '../../../../model/graph.js';
import type { DetailsState } from '../../../../client/state/app-state.js';
import { reportsByFlow } from '../../../../client/state/flows.js';
import { edge, node } from '../fixtures.js';
import { renderEdgeDetails, useEdgeDetailsCleanup } from './render-edge-details.js';

useEdgeDetailsCleanup();

const FLOW = 'flow:org:alpha->org:beta';
const flow = edge(FLOW, 'TALENT_FLOW', 'org:alpha', 'org:beta', {
  count: 0,
  reportedCount: 3,
  eventIds: ['event:left-2023', 'event:left-2025'],
});
const reportFacts = (event: string, source: string, from = 'org:alpha'): GraphEdge[] => [
  edge(`${event}:from`, 'PARTICIPATED_IN', from, event, {
    role: 'from',
    certainty: 'stated',
    sources: [source],
  }),
  edge(`${event}:to`, 'PARTICIPATED_IN', 'org:beta', event, {
    role: 'to',
    certainty: 'stated',
    sources: [source],
  }),
];
const nodes = [
  node('org:alpha', 'Organization', { name: 'Alpha Labs' }),
  node('org:beta', 'Organization', { name: 'Beta AI' }),
  node('org:alpha-lab', 'Organization', { name: 'Alpha Lab' }),
  node('event:left-2023', 'Event', { name: 'Five left in 2023' }),
  node('event:left-2025', 'Event', { name: 'Three left in 2025' }),
];

function renderDetails(flowReports: DetailsState['flowReports']): HTMLElement {
  const details: DetailsState = {
    id: FLOW,
    kind: 'edge',
    status: 'ready',
    graph: {
      nodes,
      // The 2023 report's leavers left Alpha Lab, a division a PART_OF fact places in Alpha Labs.
      edges: [
        flow,
        ...reportFacts('event:left-2023', 'source:a', 'org:alpha-lab'),
        ...reportFacts('event:left-2025', 'source:b'),
        edge('fact:lab-in-alpha', 'PART_OF', 'org:alpha-lab', 'org:alpha', {
          certainty: 'stated',
          sources: ['source:c'],
        }),
      ],
    },
    flowPeople: { [FLOW]: [] },
    ...(flowReports ? { flowReports } : {}),
  };
  return renderEdgeDetails(details);
}

const quoted = (host: HTMLElement) =>
  [...host.querySelectorAll('[data-testid="fact"]')]
    .filter((f) => !f.closest('[data-testid="flow-part-of"]'))
    .map((f) => f.querySelector('.fact-head')?.textContent ?? '');
const placed = (host: HTMLElement) =>
  host.querySelectorAll('[data-testid="flow-part-of"] [data-testid="fact"]').length;

describe('a flow’s details and its reports', () => {
  it('quotes only the reports the view counts (its window’s), as the flows answer lists them', () => {
    const reports = reportsByFlow({
      flows: [{ id: FLOW, reports: [{ id: 'event:left-2025' }] }] as never,
    });
    expect(reports).toEqual({ [FLOW]: ['event:left-2025'] });
    const host = renderDetails(reports);
    const facts = quoted(host);
    expect(facts).toHaveLength(2);
    for (const f of facts) expect(f).toContain('Three left in 2025');
    // Nor the PART_OF fact that placed the left-out report's division in Alpha Labs, nor its source.
    expect(placed(host)).toBe(0);
  });

  it('quotes every report behind the flow where no view narrowed them (the network, all time)', () => {
    const host = renderDetails(undefined);
    const facts = quoted(host);
    expect(facts).toHaveLength(4);
    expect(placed(host)).toBe(1);
    expect(facts.some((f) => f.includes('Five left in 2023'))).toBe(true);
  });
});
