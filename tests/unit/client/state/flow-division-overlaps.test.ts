// An overview flow drawn beside a flow of one of its divisions (client/state/flows.ts divisionOverlaps): both count the
// division's people, so the network marks the overview's parts — named moves beside named moves, reports beside
// reports — and only while the division's part is drawn. Fictional organisations (tests/unit/client/fixtures.ts).
import { describe, expect, it } from 'vitest';
import { edgeLabelText } from '../../../../client/graph/reducers.js';
import { divisionOverlaps, flowGraph } from '../../../../client/state/flows.js';
import { edge, node } from '../fixtures.js';

const orgs = ['org:alpha', 'org:alpha-lab', 'org:beta'].map((id) => node(id, 'Organization', { name: id }));
// Alpha → Beta: three named (one through its division Alpha Lab), one implied, and a report; Alpha Lab → Beta: the
// one named move, rolled up into Alpha → Beta.
const overview = edge('flow:org:alpha->org:beta', 'TALENT_FLOW', 'org:alpha', 'org:beta', {
  count: 3,
  statedCount: 2,
  impliedCount: 1,
  reportedCount: 5,
  eventIds: ['event:alpha-report'],
  level: 'organization',
  parent: null,
});
const division = edge('flow:org:alpha-lab->org:beta', 'TALENT_FLOW', 'org:alpha-lab', 'org:beta', {
  count: 1,
  statedCount: 1,
  impliedCount: 0,
  level: 'division',
  parent: 'flow:org:alpha->org:beta',
});
const parts = Object.fromEntries(
  flowGraph({ nodes: orgs, edges: [overview, division] }).edges.map((e) => [e.id, e]),
);
const all = new Set(Object.keys(parts));

describe('an overview flow beside its division’s flow', () => {
  it('marks the overview’s named parts, naming the division flow drawn, and not its reports', () => {
    const overlaps = divisionOverlaps(parts, all);
    expect([...overlaps]).toEqual([
      ['flow:org:alpha->org:beta', ['flow:org:alpha-lab->org:beta']],
      ['flow:org:alpha->org:beta#implied', ['flow:org:alpha-lab->org:beta']],
    ]);
  });

  it('marks nothing once the division’s flow is not drawn (hidden, filtered out, or never added)', () => {
    const drawn = new Set([...all].filter((id) => !id.startsWith('flow:org:alpha-lab')));
    expect(divisionOverlaps(parts, drawn).size).toBe(0);
  });

  it('marks the reports when the division’s reports are drawn too', () => {
    const reporting = {
      ...division,
      properties: { ...division.properties, reportedCount: 2, eventIds: ['e'] },
    };
    const withReports = Object.fromEntries(
      flowGraph({ nodes: orgs, edges: [overview, reporting] }).edges.map((e) => [e.id, e]),
    );
    const overlaps = divisionOverlaps(withReports, new Set(Object.keys(withReports)));
    expect(overlaps.get('flow:org:alpha->org:beta#reported')).toEqual(['flow:org:alpha-lab->org:beta']);
    // The division's own parts are not marked: it counts its people once, and its parent's label says so.
    expect(overlaps.has('flow:org:alpha-lab->org:beta')).toBe(false);
  });

  it('says so in the label, in English and Arabic, after the numbers and any all-time mark', () => {
    const stated = parts['flow:org:alpha->org:beta']!;
    expect(edgeLabelText(stated, 'en', undefined, { withDivisions: true })).toBe('2 named · incl. divisions');
    expect(edgeLabelText(stated, 'ar', 'all-time', { withDivisions: true })).toBe(
      '٢ بالاسم · كل الأوقات · يشمل الأقسام',
    );
    expect(edgeLabelText(stated, 'en')).toBe('2 named');
  });
});
