// The Timeline tab's strip lists what the certainty and source filters leave, as the canvas does its facts, and
// counts what they hide. The items are made up for these tests.
import { describe, expect, it } from 'vitest';
import type { TimelineItem } from '../../../../client/state/app-state.js';
import { stripItems } from '../../../../client/state/timeline-items.js';
import { DEFAULT_FILTERS, type Filters } from '../../../../client/state/visibility.js';

const item = (id: string, certainty: string | undefined, sources: string[] = ['source:a']): TimelineItem => ({
  date: '2025',
  id,
  nodes: [],
  kind: 'event',
  text: id,
  sources,
  ...(certainty ? { certainty } : {}),
});

const ITEMS = [
  item('stated', 'stated'),
  item('implied', 'implied'),
  item('unsourced', 'unsourced', []),
  // An answer of an older server gives no certainty: nothing says a source backs it.
  item('unknown', undefined, []),
];

/** The sources the scene's facts cite. */
const SCENE_SOURCES = ['source:a', 'source:b', 'source:c'];

const shownIds = (filters: Partial<Filters>, items = ITEMS, sceneSources = SCENE_SOURCES) => {
  const { shown, hidden } = stripItems(items, { ...DEFAULT_FILTERS, ...filters }, sceneSources);
  return { shown: shown.map((i) => i.id), hidden };
};

describe('the timeline strip’s items', () => {
  it('lists every item while no certainty or source is hidden', () => {
    expect(shownIds({})).toEqual({ shown: ['stated', 'implied', 'unsourced', 'unknown'], hidden: 0 });
  });

  it('leaves out the implied items with "implied" unticked, and those no source backs, and counts them', () => {
    expect(shownIds({ certainties: ['stated'] })).toEqual({ shown: ['stated'], hidden: 3 });
  });

  it('leaves out the stated items with "stated" unticked, and those no source backs', () => {
    expect(shownIds({ certainties: ['implied'] })).toEqual({ shown: ['implied'], hidden: 3 });
  });

  it('leaves out an item every source of which is hidden, and keeps one citing a shown source or none', () => {
    const items = [
      item('only-hidden', 'stated', ['source:a']),
      item('all-hidden', 'stated', ['source:a', 'source:b']),
      item('one-shown', 'stated', ['source:a', 'source:c']),
      item('none-cited', 'unsourced', []),
      // An item read before the server named sources (a page open across an upgrade): none known, none hidden.
      { ...item('not-told', 'stated'), sources: undefined },
    ];
    expect(shownIds({ hiddenSources: ['source:a', 'source:b'] }, items)).toEqual({
      shown: ['one-shown', 'none-cited', 'not-told'],
      hidden: 2,
    });
  });

  it('hides nothing by a source the scene does not cite: no chip or list would say so, or show it again', () => {
    const items = [item('elsewhere', 'stated', ['source:z']), item('here', 'stated', ['source:a'])];
    expect(shownIds({ hiddenSources: ['source:z', 'source:a'] }, items)).toEqual({
      shown: ['elsewhere'],
      hidden: 1,
    });
  });

  it('counts an item both filters hide once', () => {
    expect(shownIds({ certainties: ['stated'], hiddenSources: ['source:a'] })).toEqual({
      shown: [],
      hidden: 4,
    });
  });
});
