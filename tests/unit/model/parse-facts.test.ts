import { describe, expect, it } from 'vitest';
import { formatPath, parseFactsFile } from '../../../model/parse-facts.js';

const source = {
  id: 'source:test',
  title: 'T',
  publisher: 'P',
  published: '2025-08-29',
  language: 'ar',
  text: 't.ar.txt',
};
const person = { id: 'person:a', label: 'Person', name: 'A' };
const org = { id: 'org:b', label: 'Organization', kind: 'company', name: 'B' };
const stint = {
  id: 'fact:a-b',
  type: 'WORKED_AT',
  from: 'person:a',
  to: 'org:b',
  certainty: 'stated',
  evidence: 'نص',
  evidenceEn: 'text',
};

function messages(raw: unknown): string[] {
  const r = parseFactsFile(raw);
  return r.ok ? [] : r.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
}

describe('parseFactsFile', () => {
  it('accepts a minimal valid file and drops nulls', () => {
    const r = parseFactsFile({ source: { ...source, url: null }, nodes: [person, org], facts: [stint] });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.file.source).not.toHaveProperty('url');
      expect(r.file.facts[0]).toMatchObject({ id: 'fact:a-b', type: 'WORKED_AT' });
    }
  });

  it('names a bad date, the formats expected and the value found', () => {
    expect(messages({ source, nodes: [person, org], facts: [{ ...stint, start: '2025-13' }] })).toEqual([
      'facts[0].start: expected a date YYYY, YYYY-MM or YYYY-MM-DD that exists, got "2025-13"',
    ]);
  });

  it('lists the relationship types when the type is unknown', () => {
    expect(messages({ source, facts: [{ ...stint, type: 'EMPLOYED_BY' }] })).toEqual([
      'facts[0].type: expected one of WORKED_AT, FOUNDED, PART_OF, DEVELOPS, PARTICIPATED_IN, RELATIVE_OF, REPORTED_BY, got "EMPLOYED_BY"',
    ]);
  });

  it('says what missing evidence should be', () => {
    const { evidence: _e, ...noEvidence } = stint;
    expect(messages({ source, facts: [noEvidence] })).toEqual([
      'facts[0].evidence: is required — the shortest verbatim excerpt of the source that states the fact, in the source’s language',
    ]);
  });

  it('requires a kind on organisations, products and events', () => {
    const { kind: _k, ...noKind } = org;
    expect(messages({ source, nodes: [noKind] })[0]).toMatch(
      /^nodes\[0\]\.kind: is required — what kind of organisation/,
    );
    expect(messages({ source, nodes: [{ id: 'product:x', label: 'Product', name: 'X' }] })[0]).toMatch(
      /^nodes\[0\]\.kind: is required/,
    );
  });

  it('rejects a negative amount, an end before the start and an id with the wrong prefix', () => {
    expect(
      messages({
        source,
        nodes: [
          { id: 'event:e', label: 'Event', kind: 'bid', summary: 's', amountUsd: -1 },
          { ...person, id: 'org:a' },
        ],
        facts: [{ ...stint, start: '2025', end: '2024-12' }],
      }),
    ).toEqual([
      'nodes[0].amountUsd: expected a number ≥ 0, got a number (-1)',
      'nodes[1].id: expected an id starting with "person:" for a Person, got "org:a"',
      'facts[0].end: expected end (2024-12) to be at or after start (2025)',
    ]);
  });

  it('suggests the field meant by a misspelt one', () => {
    expect(messages({ source, facts: [{ ...stint, evidnce: 'x' }] })[0]).toMatch(
      /^facts\[0\]\.evidnce: unknown field — did you mean "evidence"\?/,
    );
  });

  it('rejects ids that are not prefixed slugs', () => {
    expect(messages({ source, nodes: [{ ...person, id: 'person:Elon Musk' }] })[0]).toMatch(
      /^nodes\[0\]\.id: expected an id \(<prefix>:<slug>/,
    );
  });

  it('reports every problem of the file at once', () => {
    expect(
      messages({ source: { ...source, published: 'yesterday' }, nodes: [{ label: 'Robot' }], facts: ['x'] }),
    ).toHaveLength(3);
  });
});
