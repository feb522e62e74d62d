// @vitest-environment jsdom
// A flow's details quote the reports their answer holds (GET /api/flows/:id/details, asked for the reports the view
// counts), and their "Show Cypher" asks for the same reports: rendered with React in jsdom, over a fictional flow
// (Alpha Labs → Beta AI) with two reports written for this test — one of 2023, one of 2025 — of which the Talent
// flows tab's 2025 window counts the second.
import { describe, expect, it, vi } from 'vitest';
import type { Actions } from '../../../../client/state/actions.js';
import type { GalleryQuery } from '../../../../client/state/gallery.js';
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

/** The details as loaded: the answer's facts (`reports`: the events asked for), and the view's reports if any. */
function renderDetails(
  reports: string[],
  flowReports: DetailsState['flowReports'],
  actions?: Actions,
): HTMLElement {
  const details: DetailsState = {
    id: FLOW,
    kind: 'edge',
    status: 'ready',
    graph: {
      nodes,
      // The 2023 report's leavers left Alpha Lab, a division a PART_OF fact places in Alpha Labs.
      edges: [
        flow,
        ...(reports.includes('event:left-2023')
          ? [
              ...reportFacts('event:left-2023', 'source:a', 'org:alpha-lab'),
              edge('fact:lab-in-alpha', 'PART_OF', 'org:alpha-lab', 'org:alpha', {
                certainty: 'stated',
                sources: ['source:c'],
              }),
            ]
          : []),
        ...(reports.includes('event:left-2025') ? reportFacts('event:left-2025', 'source:b') : []),
      ],
    },
    flowPeople: { [FLOW]: [] },
    ...(flowReports ? { flowReports } : {}),
  };
  return renderEdgeDetails(details, {}, actions);
}

/** The query the details' "Show Cypher" opens. */
function shownCypher(host: HTMLElement, open: ReturnType<typeof vi.fn>): GalleryQuery {
  const button = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Show Cypher');
  expect(button).toBeDefined();
  button!.click();
  expect(open).toHaveBeenCalledTimes(1);
  return open.mock.calls[0]![0] as GalleryQuery;
}

const quoted = (host: HTMLElement) =>
  [...host.querySelectorAll('[data-testid="fact"]')]
    .filter((f) => !f.closest('[data-testid="flow-part-of"]'))
    .map((f) => f.querySelector('.fact-head')?.textContent ?? '');
const placed = (host: HTMLElement) =>
  host.querySelectorAll('[data-testid="flow-part-of"] [data-testid="fact"]').length;

describe('a flow’s details and its reports', () => {
  it('quotes the window’s report its answer holds, and shows Cypher asking for that report alone', () => {
    const reports = reportsByFlow({
      flows: [{ id: FLOW, reports: [{ id: 'event:left-2025' }] }] as never,
    });
    expect(reports).toEqual({ [FLOW]: ['event:left-2025'] });
    const open = vi.fn();
    const host = renderDetails(['event:left-2025'], reports, { cypher: { open } } as unknown as Actions);
    const facts = quoted(host);
    expect(facts).toHaveLength(2);
    for (const f of facts) expect(f).toContain('Three left in 2025');
    expect(placed(host)).toBe(0);
    expect(shownCypher(host, open).params).toMatchObject({ flow: FLOW, events: ['event:left-2025'] });
  });

  it('quotes every report behind the flow where no view narrowed them, and shows Cypher asking for all', () => {
    const open = vi.fn();
    const host = renderDetails(['event:left-2023', 'event:left-2025'], undefined, {
      cypher: { open },
    } as unknown as Actions);
    const facts = quoted(host);
    expect(facts).toHaveLength(4);
    expect(placed(host)).toBe(1);
    expect(facts.some((f) => f.includes('Five left in 2023'))).toBe(true);
    expect(shownCypher(host, open).params).toMatchObject({ flow: FLOW, events: null });
  });
});
