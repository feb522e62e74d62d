// The Timeline tab's strip lists what the filters its chips name leave — certainty, sources, hidden labels,
// relationship types and nodes — as the canvas does its facts, and counts what they hide. The items are made up for
// these tests.
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

const shownIds = (
  filters: Partial<Filters>,
  items = ITEMS,
  sceneSources = SCENE_SOURCES,
  hiddenInScene: string[] = [],
) => {
  const hidden = Object.fromEntries(hiddenInScene.map((id) => [id, true as const]));
  const strip = stripItems(items, { ...DEFAULT_FILTERS, ...filters }, sceneSources, hidden);
  return { shown: strip.shown.map((i) => i.id), hidden: strip.hidden };
};

/** A made-up event item. */
const event = (id: string): TimelineItem => ({
  ...item(id, 'stated'),
  nodes: [id],
  nodeLabels: [['Event']],
  stints: [],
  stintOrgs: [],
});

/** A made-up stint item: `person` joins each organisation of `facts` ([fact id, organisation id]) as one move. */
const move = (id: string, person: string, facts: [string, string][]): TimelineItem => {
  const orgs = [...new Set(facts.map(([, org]) => org))];
  return {
    ...item(id, 'stated'),
    kind: 'stint-start',
    nodes: [person, ...orgs],
    nodeLabels: [['Person'], ...orgs.map(() => ['Organization'])],
    stints: facts.map(([fact]) => fact),
    stintOrgs: facts.map(([, org]) => org),
  };
};

const DEAL = event('event:deal');
const ADA = move('fact:ada-meta', 'person:ada', [['fact:ada-meta', 'org:meta']]);
// One move, two facts: Bo leaves FAIR and Meta.
const BO = move('fact:bo-fair', 'person:bo', [
  ['fact:bo-fair', 'org:fair'],
  ['fact:bo-meta', 'org:meta'],
]);
const ALL = [DEAL, ADA, BO];

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

  it('leaves out the items about a hidden label’s nodes, and counts them', () => {
    expect(shownIds({ hiddenLabels: ['Person'] }, ALL)).toEqual({ shown: ['event:deal'], hidden: 2 });
    expect(shownIds({ hiddenLabels: ['Event'] }, ALL)).toEqual({
      shown: ['fact:ada-meta', 'fact:bo-fair'],
      hidden: 1,
    });
    // Every organisation hidden: no fact of a move is drawn.
    expect(shownIds({ hiddenLabels: ['Organization'] }, ALL)).toEqual({ shown: ['event:deal'], hidden: 2 });
  });

  it('leaves out the moves when WORKED_AT is hidden, and keeps the events, which are no relationship', () => {
    expect(shownIds({ hiddenRelTypes: ['WORKED_AT'] }, ALL)).toEqual({ shown: ['event:deal'], hidden: 2 });
    expect(shownIds({ hiddenRelTypes: ['PARTICIPATED_IN', 'REPORTED_BY'] }, ALL)).toEqual({
      shown: ['event:deal', 'fact:ada-meta', 'fact:bo-fair'],
      hidden: 0,
    });
  });

  it('leaves out the items about a node hidden on the canvas: the event, the person, or every organisation', () => {
    expect(shownIds({}, ALL, SCENE_SOURCES, ['event:deal'])).toEqual({
      shown: ['fact:ada-meta', 'fact:bo-fair'],
      hidden: 1,
    });
    expect(shownIds({}, ALL, SCENE_SOURCES, ['person:bo'])).toEqual({
      shown: ['event:deal', 'fact:ada-meta'],
      hidden: 1,
    });
    // Meta hidden: Ada's move is about Meta alone; Bo's still names FAIR, drawn.
    expect(shownIds({}, ALL, SCENE_SOURCES, ['org:meta'])).toEqual({
      shown: ['event:deal', 'fact:bo-fair'],
      hidden: 1,
    });
    expect(shownIds({}, ALL, SCENE_SOURCES, ['org:meta', 'org:fair'])).toEqual({
      shown: ['event:deal'],
      hidden: 2,
    });
  });

  it('leaves out a move every fact of which is hidden, one by itself and one by its organisation', () => {
    expect(shownIds({}, ALL, SCENE_SOURCES, ['fact:bo-fair'])).toEqual({
      shown: ['event:deal', 'fact:ada-meta', 'fact:bo-fair'],
      hidden: 0,
    });
    expect(shownIds({}, ALL, SCENE_SOURCES, ['fact:bo-fair', 'org:meta'])).toEqual({
      shown: ['event:deal'],
      hidden: 2,
    });
  });

  it('counts an item several filters hide once', () => {
    // The deal by its label; Ada's move by its type and by her, hidden on the canvas; Bo's by its type.
    expect(
      shownIds({ hiddenLabels: ['Event'], hiddenRelTypes: ['WORKED_AT'] }, ALL, SCENE_SOURCES, [
        'person:ada',
      ]),
    ).toEqual({ shown: [], hidden: 3 });
  });

  it('hides by label nothing an item of an older server does not label', () => {
    const { nodeLabels: _labels, ...unlabelled } = ADA;
    expect(shownIds({ hiddenLabels: ['Person'] }, [unlabelled])).toEqual({
      shown: ['fact:ada-meta'],
      hidden: 0,
    });
  });
});

/**
 * A made-up item as GET /api/timeline tells a move of several facts: C1 joins QY, told by c1:y-b (stated, source s1,
 * 2022-04) and c1:y-a (implied, source s2, by the day), dated by the stated fact.
 */
const C1_JOINS: TimelineItem = {
  date: '2022-04',
  id: 'c1:y-b',
  nodes: ['person:c1', 'org:qy'],
  nodeLabels: [['Person'], ['Organization']],
  stints: ['c1:y-b', 'c1:y-a'],
  stintOrgs: ['org:qy', 'org:qy'],
  stintCertainties: ['stated', 'implied'],
  stintSources: [['source:s1'], ['source:s2']],
  stintDates: ['2022-04', '2022-04-15'],
  kind: 'stint-start',
  text: 'C1 joins QY',
  certainty: 'stated',
  sources: ['source:s1', 'source:s2'],
};
const C1_SOURCES = ['source:s1', 'source:s2'];

const stripOf = (filters: Partial<Filters>, items: TimelineItem[], hiddenInScene: string[] = []) =>
  stripItems(
    items,
    { ...DEFAULT_FILTERS, ...filters },
    C1_SOURCES,
    Object.fromEntries(hiddenInScene.map((id) => [id, true as const])),
  );
const told = (it: TimelineItem | undefined) => it && [it.date, it.certainty, it.sources];

describe('the timeline strip’s item told by the facts it still shows', () => {
  it('calls a move implied once the source filter hides the source of its only stated fact, citing the rest', () => {
    const strip = stripOf({ hiddenSources: ['source:s1'] }, [C1_JOINS]);
    expect(strip.hidden).toBe(0);
    expect(told(strip.shown[0])).toEqual(['2022-04-15', 'implied', ['source:s2']]);
  });

  it('calls a move implied once its stated fact is hidden on the canvas', () => {
    const strip = stripOf({}, [C1_JOINS], ['c1:y-b']);
    expect(told(strip.shown[0])).toEqual(['2022-04-15', 'implied', ['source:s2']]);
  });

  it('keeps a move stated, at its stated date, citing the stated fact, when its implied one is hidden', () => {
    expect(told(stripOf({ hiddenSources: ['source:s2'] }, [C1_JOINS]).shown[0])).toEqual([
      '2022-04',
      'stated',
      ['source:s1'],
    ]);
    expect(told(stripOf({}, [C1_JOINS], ['c1:y-a']).shown[0])).toEqual(['2022-04', 'stated', ['source:s1']]);
  });

  it('shows as implied a move the certainty filter leaves only its implied fact of, as the canvas draws it', () => {
    expect(told(stripOf({ certainties: ['implied'] }, [C1_JOINS]).shown[0])).toEqual([
      '2022-04-15',
      'implied',
      ['source:s2'],
    ]);
    expect(stripOf({ certainties: ['stated'] }, [C1_JOINS]).shown.map(told)).toEqual([
      ['2022-04', 'stated', ['source:s1']],
    ]);
  });

  it('dates a leaving by the latest end of the facts it still shows', () => {
    // One stint two sources end differently, left for another: stated 2025-02 (s1), implied 2024-12 (s2).
    const left: TimelineItem = {
      ...C1_JOINS,
      date: '2025-02',
      kind: 'stint-end',
      text: 'C1 leaves QY',
      stints: ['c1:y-b', 'c1:y-a'],
      stintDates: ['2025-02', '2024-12'],
    };
    expect(told(stripOf({ hiddenSources: ['source:s1'] }, [left]).shown[0])).toEqual([
      '2024-12',
      'implied',
      ['source:s2'],
    ]);
  });

  it('leaves out a move once the filters hide every fact of it', () => {
    expect(stripOf({ hiddenSources: ['source:s1'] }, [C1_JOINS], ['c1:y-a'])).toEqual({
      shown: [],
      hidden: 1,
    });
  });

  it('leaves an item of a server that gave no facts’ certainties as it came', () => {
    const { stintCertainties: _c, stintSources: _s, stintDates: _d, ...older } = C1_JOINS;
    expect(stripOf({ hiddenSources: ['source:s1'] }, [older]).shown).toEqual([older]);
  });
});

describe('the timeline strip’s item dated and named by the facts it still shows', () => {
  /**
   * A made-up join told by three facts starting on different dates (one stint the sources start differently): stated
   * 2022-04 (s1), implied 2022-05 and implied 2022-04-20 (s2).
   */
  const C3_JOINS: TimelineItem = {
    ...C1_JOINS,
    id: 'c3:y-a',
    nodes: ['person:c3', 'org:qy'],
    stints: ['c3:y-a', 'c3:y-b', 'c3:y-c'],
    stintOrgs: ['org:qy', 'org:qy', 'org:qy'],
    stintCertainties: ['stated', 'implied', 'implied'],
    stintSources: [['source:s1'], ['source:s2'], ['source:s2']],
    stintDates: ['2022-04', '2022-05', '2022-04-20'],
  };

  it('dates a join the implied facts are left of by the earliest of them, as the server dates one (moveDate)', () => {
    expect(told(stripOf({ hiddenSources: ['source:s1'] }, [C3_JOINS]).shown[0])).toEqual([
      '2022-04-20',
      'implied',
      ['source:s2'],
    ]);
  });

  /** A made-up move naming a division and its parent: C5 joins QZ (stated, s1) and QY (stated, s2). */
  const C5_JOINS: TimelineItem = {
    ...C1_JOINS,
    id: 'c5:z',
    nodes: ['person:c5', 'org:qz', 'org:qy'],
    nodeLabels: [['Person'], ['Organization'], ['Organization']],
    nodeNames: ['C5', 'Q Zed', 'Q Why'],
    nodeNamesAr: ['سي٥', 'كيو زد', 'كيو واي'],
    stints: ['c5:z', 'c5:y'],
    stintOrgs: ['org:qz', 'org:qy'],
    stintCertainties: ['stated', 'stated'],
    stintSources: [['source:s1'], ['source:s2']],
    stintDates: ['2022-04', '2022-04'],
    text: 'C5 joins Q Zed and Q Why',
    textAr: 'ينضمّ سي٥ إلى كيو زد وكيو واي',
  };

  it('names only the organisations whose facts it still shows, in English and Arabic', () => {
    const [left] = stripOf({ hiddenSources: ['source:s1'] }, [C5_JOINS]).shown;
    expect([left?.text, left?.textAr]).toEqual(['C5 joins Q Why', 'ينضمّ سي٥ إلى كيو واي']);
    const [byNode] = stripOf({}, [C5_JOINS], ['org:qy']).shown;
    expect([byNode?.text, byNode?.textAr]).toEqual(['C5 joins Q Zed', 'ينضمّ سي٥ إلى كيو زد']);
  });

  it('titles a move by the role of the surest fact it still shows, not that of a fact the filters hide', () => {
    // C1 joins QY as Researcher (stated, s1) and as Engineer (implied, s2); the source filter hides s1.
    const roles: TimelineItem = {
      ...C1_JOINS,
      nodeNames: ['C1', 'QY'],
      nodeNamesAr: ['سي١', 'كيو واي'],
      stintRoles: ['Researcher', 'Engineer'],
      stintRolesAr: ['باحث', 'مهندس'],
      role: 'Researcher',
      roleAr: 'باحث',
      text: 'C1 joins QY (Researcher)',
      textAr: 'ينضمّ سي١ إلى كيو واي (باحث)',
    };
    const [left] = stripOf({ hiddenSources: ['source:s1'] }, [roles]).shown;
    expect([left?.text, left?.textAr, left?.certainty]).toEqual([
      'C1 joins QY (Engineer)',
      'ينضمّ سي١ إلى كيو واي (مهندس)',
      'implied',
    ]);
    const [whole] = stripOf({}, [roles]).shown;
    expect(whole?.text).toBe('C1 joins QY (Researcher)');
  });

  it('keeps the title of a move every organisation of which it still shows', () => {
    const [same] = stripOf({}, [C5_JOINS], ['c5:nothing']).shown;
    expect(same?.text).toBe('C5 joins Q Zed and Q Why');
  });

  it('lists a foreign graph’s relationship under any certainty filter, claiming no certainty (not "unsourced")', () => {
    // A foreign graph's WORKED_AT (GET /api/schema's sourcedFacts false): the server says it claims none (null).
    const foreign: TimelineItem = {
      date: '2019',
      id: 'neo4j:5:abc:1',
      nodes: ['neo4j:4:abc:0', 'neo4j:4:abc:2'],
      nodeLabels: [['Person'], ['Company']],
      stints: ['neo4j:5:abc:1'],
      stintOrgs: ['neo4j:4:abc:2'],
      stintCertainties: [null],
      stintSources: [[]],
      stintDates: ['2019'],
      kind: 'stint-start',
      text: 'Ann joins Acme',
      certainty: null,
      sources: [],
    };
    for (const certainties of [['stated'], ['implied']]) {
      const strip = stripOf({ certainties }, [foreign]);
      expect(strip.hidden).toBe(0);
      expect(strip.shown.map((i) => i.certainty)).toEqual([null]);
    }
  });

  it('titles a move within one organisation by the facts it still shows, when every one of them is', () => {
    // C1's join of QY told by a stated fact the next-stint rule leads into from C1's earlier QY stint (s1) and an
    // implied one of another source that leads into it from elsewhere (s2): a join while both are shown.
    const within: TimelineItem = {
      ...C1_JOINS,
      nodeNames: ['C1', 'QY'],
      nodeNamesAr: ['سي١', 'كيو واي'],
      stintInside: [true, false],
      text: 'C1 joins QY',
      textAr: 'ينضمّ سي١ إلى كيو واي',
    };
    const [whole] = stripOf({}, [within]).shown;
    expect([whole?.text, whole?.textAr]).toEqual([within.text, within.textAr]);
    const [s1] = stripOf({ hiddenSources: ['source:s2'] }, [within]).shown;
    expect([s1?.text, s1?.textAr]).toEqual(['C1 takes a new role at QY', 'يتولّى سي١ دورًا جديدًا في كيو واي']);
    const [s2] = stripOf({ hiddenSources: ['source:s1'] }, [within]).shown;
    expect([s2?.text, s2?.textAr]).toEqual([within.text, within.textAr]);
  });
});
