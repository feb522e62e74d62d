// An edge label too long for its edge keeps whole words from its start (the verb, in Arabic too), drops its dates
// first and never ends inside a number; it sits on the part of its edge no node label covers.
import { describe, expect, it } from 'vitest';
import { placeAlong, shortenEdgeLabel } from '../../../../client/graph/edge-label-fit.js';

// 6 px a character, the ellipsis too.
const measure = (s: string) => [...s].length * 6;
const AR = 'عمل في (الرئيس التنفيذي) 2019 –';
const EN = 'worked at (Chief Executive Officer) 2019 – 2023';

describe('shortenEdgeLabel', () => {
  it('keeps a label that fits whole', () => {
    expect(shortenEdgeLabel(AR, measure(AR), measure)).toBe(AR);
    expect(shortenEdgeLabel(EN, 1000, measure)).toBe(EN);
  });

  it('drops the date part first, whole: no year cut in the middle', () => {
    expect(shortenEdgeLabel(AR, measure(AR) - 1, measure)).toBe('عمل في (الرئيس التنفيذي)…');
    expect(shortenEdgeLabel(EN, measure(EN) - 1, measure)).toBe('worked at (Chief Executive Officer)…');
    // The room the old cut used for "(الرئيس التنفيذي) 201…" still shows no part of a year.
    const shown = shortenEdgeLabel(AR, measure('عمل في (الرئيس التنفيذي) 201…'), measure);
    expect(shown).not.toMatch(/\d/);
  });

  it('then drops words from the end, keeping the start (the Arabic verb), a role in parentheses whole', () => {
    expect(shortenEdgeLabel(AR, measure('عمل في (الرئيس'), measure)).toBe('عمل في…');
    expect(shortenEdgeLabel(AR, measure('عمل في…'), measure)).toBe('عمل في…');
    expect(shortenEdgeLabel(AR, measure('عمل…'), measure)).toBe('عمل…');
    expect(shortenEdgeLabel(EN, measure('worked at (Chief'), measure)).toBe('worked at…');
  });

  it('draws nothing rather than part of a word', () => {
    expect(shortenEdgeLabel(AR, measure('عم…'), measure)).toBeNull();
    expect(shortenEdgeLabel('acquired', 20, measure)).toBeNull();
  });

  it('never cuts a number: a count keeps its words or goes', () => {
    expect(shortenEdgeLabel('1,234 named · implied', measure('1,234 named · imp'), measure)).toBe(
      '1,234 named ·…',
    );
    expect(shortenEdgeLabel('1,234 named', measure('1,234 nam'), measure)).toBe('1,234…');
    expect(shortenEdgeLabel('1,234 named', measure('1,2…'), measure)).toBeNull();
  });
});

describe('placeAlong', () => {
  it('centres a label on the edge when nothing covers it', () => {
    expect(placeAlong(10, 210, 50, () => false)).toEqual({ centre: 110, room: 200 });
  });

  it('moves the label off a node label that covers the edge, as near the middle as it fits whole', () => {
    // A node label covers the first 100 px: the label goes beyond it, whole.
    const spot = placeAlong(0, 200, 60, (s) => s < 100)!;
    expect(spot.centre - 30).toBeGreaterThanOrEqual(100);
    expect(spot.centre + 30).toBeLessThanOrEqual(200);
  });

  it('gives the longest clear stretch when the whole label fits nowhere, and null when nothing is clear', () => {
    const spot = placeAlong(0, 200, 150, (s) => s > 60 && s < 90)!;
    expect(spot.room).toBeGreaterThan(100);
    expect(spot.centre).toBeGreaterThan(90);
    expect(placeAlong(0, 200, 10, () => true)).toBeNull();
  });
});
