// The time slider's reading of stints that ended without a date: bounded by the stint the person moved to, by the
// rule the careers and the flows use (model/career-moves.ts), and never by a stint held beside it or written by hand.
// The stints are made up for these tests.
import { describe, expect, it } from 'vitest';
import type { GraphEdge } from '../../../../model/graph.js';
import {
  edgeInWindow,
  inferredStintEnds,
  stintEndedBy,
  type TimeContext,
} from '../../../../client/state/time.js';

const stint = (id: string, target: string, properties: GraphEdge['properties']): GraphEdge => ({
  id,
  type: 'WORKED_AT',
  source: 'person:p',
  target,
  properties: { certainty: 'stated', ...properties },
});

describe('stints that ended without a date', () => {
  it('end by the start of the current stint that followed them, as the career moves there', () => {
    const edges = [
      stint('meta', 'org:meta', { start: '2016', left: true }),
      stint('xai', 'org:xai', { start: '2022' }),
    ];
    expect([...inferredStintEnds(edges)]).toEqual([['meta', '2022']]);
  });

  it('are not ended by a division stint held beside them, nor by a stint no source backs', () => {
    const edges = [
      stint('meta', 'org:meta', { start: '2016', left: true }),
      // FAIR, a division of Meta, joined in 2018 and left too: held beside Meta's stint, it does not end it.
      stint('fair', 'org:fair', { start: '2018', left: true }),
      // Written by hand (no certainty, no source): it dates nothing.
      { ...stint('hand', 'org:acme', { start: '2020' }), properties: { start: '2020' } },
      stint('xai', 'org:xai', { start: '2022' }),
    ];
    const ends = inferredStintEnds(edges);
    expect(ends.get('meta')).toBe('2022');
    expect(ends.get('fair')).toBe('2022');
    const ctx: TimeContext = { nodes: {}, stintEnds: ends };
    // In 2020 Meta's and FAIR's stints were still going on, as far as the sources tell.
    const meta = edges[0]!;
    expect(stintEndedBy(meta, '2020', ctx)).toBe(false);
    expect(edgeInWindow(meta, { from: '2019', to: '2020' }, ctx)).toBe(true);
    expect(stintEndedBy(meta, '2023', ctx)).toBe(true);
  });

  it('stay unbounded without a dated stint to follow them', () => {
    const edges = [
      stint('meta', 'org:meta', { start: '2016', left: true }),
      stint('xai', 'org:xai', {}),
      // An ended stint that started later is not what they moved to: it bounds nothing.
      stint('old', 'org:old', { start: '2019', end: '2020' }),
    ];
    expect(inferredStintEnds(edges).size).toBe(0);
  });
});
