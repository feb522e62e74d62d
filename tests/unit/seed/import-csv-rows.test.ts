// planRows on rows whose cells cannot be trusted as they stand. Fictional people, organisation and source; the
// Arabic evidence is made up.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../seed/csv.js';
import { planRows, type GraphState } from '../../../seed/import-csv-rows.js';
import { EntityIndex } from '../../../seed/resolve.js';

const HEADER = 'person_id,org_id,role,start,end,left,certainty,source_id,evidence,evidence_en';

function graph(): GraphState {
  const g: GraphState = {
    indexes: { Person: new EntityIndex('Person'), Organization: new EntityIndex('Organization') },
    sources: new Map([
      ['source:bulletin', { title: 'T', publisher: 'P', published: '2025-01-01', language: 'ar', url: null }],
    ]),
  };
  g.indexes.Person.add({
    id: 'person:layla-haddad',
    label: 'Person',
    name: 'Layla Haddad',
    aliases: [],
    origin: 'database',
    dirty: false,
  });
  g.indexes.Organization.add({
    id: 'org:alpha-labs',
    label: 'Organization',
    name: 'Alpha Labs',
    aliases: [],
    kind: 'lab',
    origin: 'database',
    dirty: false,
  });
  return g;
}

function plan(csv: string) {
  const [header, ...rows] = parseCsv(csv);
  const issues: string[] = [];
  const result = planRows(rows, header!.fields, graph(), 'x.csv', (line, where, message) =>
    issues.push(`line ${line}: ${where}: ${message}`),
  );
  return { issues, stints: [...result.stints.values()], merges: result.merges };
}

describe('planRows', () => {
  it('accepts a row with one field per column', () => {
    const r = plan(
      `${HEADER}\nperson:layla-haddad,org:alpha-labs,CTO,2019,,,stated,source:bulletin,نص,text\n`,
    );
    expect(r.issues).toEqual([]);
    expect(r.stints).toHaveLength(1);
  });

  it('reports a row with too few fields instead of shifting its cells into the wrong columns', () => {
    // The role cell is missing: read as it stands, 2019 would be the role and the evidence its English rendering.
    const r = plan(
      `${HEADER}\nperson:layla-haddad,org:alpha-labs,CTO,2019,,,stated,source:bulletin,نص,text\nperson:layla-haddad,org:alpha-labs,2019,,,stated,source:bulletin,نص,text\n`,
    );
    expect(r.issues).toEqual([
      'line 3: row 2: has 9 fields but the header names 10 columns; every row needs one field per column (an empty cell is nothing between two commas; a value with a comma is quoted)',
    ]);
    expect(r.stints).toHaveLength(1);
  });

  it('reports a row with too many fields, and nothing else about its misplaced cells', () => {
    const r = plan(
      `${HEADER}\nperson:layla-haddad,org:alpha-labs,CTO,2019,,,stated,source:bulletin,نص,text,extra\n`,
    );
    expect(r.issues).toEqual([
      'line 2: row 1: has 11 fields but the header names 10 columns; every row needs one field per column (an empty cell is nothing between two commas; a value with a comma is quoted)',
    ]);
    expect(r.stints).toEqual([]);
  });

  it('refuses left=no beside an end date, as a facts file does, rather than recording left=true', () => {
    const r = plan(
      `${HEADER}\nperson:layla-haddad,org:alpha-labs,CTO,2019,2020,no,stated,source:bulletin,نص,text\n`,
    );
    expect(r.issues).toEqual([
      'line 2: row 1, column left: expected left to be true (or empty) when end is set: a stint with an end date has ended',
    ]);
    expect(r.stints).toEqual([]);
  });

  it('records left=true for a stint with an end date and left empty or yes', () => {
    const r = plan(
      `${HEADER}\nperson:layla-haddad,org:alpha-labs,CTO,2019,2020,,stated,source:bulletin,نص,text\nperson:layla-haddad,org:alpha-labs,CEO,2020,2021,yes,stated,source:bulletin,نص,text\n`,
    );
    expect(r.issues).toEqual([]);
    expect(r.stints.map((s) => s.props.left)).toEqual([true, true]);
  });

  it('says when an id of an earlier row comes back under another name, kept as another spelling of it', () => {
    // The same new id on two rows with unrelated names: a copied id may merge two people.
    const head = 'person_id,person_name,org_id,role,start,certainty,source_id,evidence,evidence_en';
    const row = (name: string, start: string) =>
      `person:new-guy,${name},org:alpha-labs,,${start},stated,source:bulletin,نص,text`;
    const r = plan(
      `${head}\n${row('New Guy', '2020')}\n${row('New Guy', '2021')}\n${row('Totally Different Person', '2022')}\n`,
    );
    expect(r.issues).toEqual([]);
    // The same name again says nothing; a new one is said, with what to do if it is someone else.
    expect(r.merges.filter((m) => m.includes(' person → '))).toEqual([
      'x.csv row 3: person → person:new-guy (New Guy, first seen earlier in this file), matched by id; "Totally Different Person" kept as another spelling of it — if the row means another person, give it an id of its own',
    ]);
  });
  it('refuses a person or organisation name or alias with no letter or digit, which no import could match again', () => {
    const header = 'person_name,person_aliases,org_name,org_name_ar,org_kind';
    const r = plan(`${header}\n...,Layla|?,,,\n,,—,؟,lab\n`);
    const why =
      'has no letter or digit, so it cannot tell one from another (an import would add it anew each time); give the name, or leave the cell empty';
    expect(r.issues).toEqual([
      `line 2: row 1, column person_name: "..." ${why}`,
      `line 2: row 1, column person_aliases: "?" ${why}`,
      `line 3: row 2, column org_name: "—" ${why}`,
      `line 3: row 2, column org_name_ar: "؟" ${why}`,
    ]);
  });
  it('refuses control characters and bidi embeddings, overrides and isolates in names and aliases, showing them escaped', () => {
    const header = 'person_name,person_aliases,org_name,org_name_ar,org_kind';
    const r = plan(
      `${header}\n"Multi\nLine Name",Layla|Lay\u202Ela,,,\n,,"Alpha\r\nLabs",\u2067مختبرات,lab\n,,Beta\u0085Labs,,lab\n`,
    );
    const why =
      'expected a name on one line without control characters or bidi embeddings, overrides and isolates (an unbalanced one reorders the text shown after the name); remove them';
    expect(r.issues).toEqual([
      `line 2: row 1, column person_name: "Multi\\nLine Name" holds U+000A (line feed) at character 6; ${why}`,
      `line 2: row 1, column person_aliases: "Lay\\u202Ela" holds U+202E (bidi embedding or override) at character 4; ${why}`,
      `line 4: row 2, column org_name: "Alpha\\r\\nLabs" holds U+000D (carriage return) at character 6, U+000A (line feed) at character 7; ${why}`,
      `line 4: row 2, column org_name_ar: "\\u2067مختبرات" holds U+2067 (bidi isolate) at character 1; ${why}`,
      `line 6: row 3, column org_name: "Beta\\u0085Labs" holds U+0085 (line break) at character 5; ${why}`,
    ]);
    expect(r.stints).toEqual([]);
  });
  it('accepts the joiners and marks Arabic names use: ZWNJ, ZWJ, RLM and the Arabic letter mark', () => {
    const header = 'person_name,person_name_ar,person_aliases';
    const r = plan(`${header}\nLayla Haddad,ليلى\u200Cحداد,ل\u200Dح|حداد\u061C 2|\u200Fليلى\n`);
    expect(r.issues).toEqual([]);
  });
});
