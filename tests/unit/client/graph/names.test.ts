// Short names for tight labels (client/graph/names.ts shortName): the career chart's organisation names, cut at a
// word's end with an ellipsis. The Arabic name is FAIR's, as the article writes it. And a fact's dates (factDates).
import { describe, expect, it } from 'vitest';
import { briefName, displayName, factDates, shortName } from '../../../../client/graph/names.js';

describe('shortName', () => {
  it('keeps a name that fits whole', () => {
    expect(shortName('ميتا', 18)).toBe('ميتا');
    expect(shortName('Fundamental AI Res', 18)).toBe('Fundamental AI Res');
  });

  it('cuts a long name at a word’s end, with an ellipsis, never inside a word', () => {
    expect(shortName('قسم أبحاث الذكاء الاصطناعي الأساسي', 18)).toBe('قسم أبحاث الذكاء…');
    expect(shortName('Fundamental AI Research', 18)).toBe('Fundamental AI…');
  });

  it('cuts inside a word only when no word ends in the second half', () => {
    expect(shortName('Superintelligencelabs Meta', 10)).toBe('Superinte…');
    expect([...shortName('Superintelligencelabs Meta', 10)]).toHaveLength(10);
  });
});

describe('factDates', () => {
  it('writes a fact’s range from its start or since to its end or until', () => {
    expect(factDates({ properties: { start: '2023', end: '2025-01' } })).toBe('2023 – 2025-01');
    expect(factDates({ properties: { since: '2019-03', until: '2024-05' } })).toBe('2019-03 – 2024-05');
    expect(factDates({ properties: { start: '2020', left: true } })).toBe('2020 – ?');
  });

  it('writes a flow of the flow view by the dates of what the view counts, not by its own span', () => {
    const flow = { since: '2012-03', until: '2024-04' };
    expect(factDates({ properties: { ...flow, spanSince: '2014-06', spanUntil: '2024-04' } })).toBe(
      '2014-06 – 2024-04',
    );
    // All of one date: that date.
    expect(factDates({ properties: { ...flow, spanSince: '2024-04', spanUntil: '2024-04' } })).toBe(
      '2024-04',
    );
    // Nothing dated counted in the view: no dates, not the flow's own.
    expect(factDates({ properties: { ...flow, spanSince: null, spanUntil: null } })).toBe('');
  });
});

describe('briefName', () => {
  it('names an answer’s {id, name, nameAr} in the UI language, else the other, else by its id', () => {
    const both = { id: 'org:a', name: 'Alpha', nameAr: 'ألفا' };
    expect(briefName(both, 'en')).toBe('Alpha');
    expect(briefName(both, 'ar')).toBe('ألفا');
    expect(briefName({ id: 'org:x', name: 'xAI', nameAr: null }, 'ar')).toBe('xAI');
    expect(briefName({ id: 'org:b', name: null, nameAr: 'بيتا' }, 'en')).toBe('بيتا');
    expect(briefName({ id: 'org:c', name: null, nameAr: null }, 'en')).toBe('org:c');
  });
});

describe('displayName', () => {
  it('names a node by no value its types say is no string: a date, a big integer (made-up node)', () => {
    const node = {
      id: 'neo4j:4:x:1',
      properties: { big: '9007199254740993', d: '2024-01-01', w: 3 },
      types: { '/big': 'Integer', '/d': 'Date', '/w': 'Float' },
    };
    expect(displayName(node, 'en')).toBe('neo4j:4:x:1');
    expect(displayName({ ...node, properties: { ...node.properties, tag: 'probe' } }, 'en')).toBe('probe');
    expect(
      displayName({ id: 'x', properties: { title: '2024-01-01' }, types: { '/title': 'Date' } }, 'ar'),
    ).toBe('x');
  });
});
