// The Arabic interface names every kind and every part played in an event that the bundled facts files use
// (seed/sources/*.facts.yaml), so no English word of the data shows through in Arabic; roles of stints carry their
// own Arabic (roleAr) in the files.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { VALUE_NAMES, valueName } from '../../../../client/graph/vocabulary.js';

const SOURCES = path.resolve(import.meta.dirname, '..', '..', '..', '..', 'seed', 'sources');

interface FactsFile {
  nodes?: { kind?: string }[];
  facts?: { type: string; role?: string; roleAr?: string }[];
}

const files = fs
  .readdirSync(SOURCES)
  .filter((f) => f.endsWith('.facts.yaml'))
  .map((f) => parse(fs.readFileSync(path.join(SOURCES, f), 'utf8')) as FactsFile);

describe('the vocabulary of kinds and roles', () => {
  it('has an Arabic name for every kind the bundled facts use', () => {
    const kinds = new Set(
      files.flatMap((f) => (f.nodes ?? []).map((n) => n.kind).filter((k) => k !== undefined)),
    );
    expect(kinds.size).toBeGreaterThan(5);
    expect([...kinds].filter((k) => !VALUE_NAMES[k!]?.ar)).toEqual([]);
  });

  it('has an Arabic name for every part played in an event, and stints bring their own Arabic role', () => {
    const facts = files.flatMap((f) => f.facts ?? []);
    const parts = new Set(facts.filter((x) => x.type === 'PARTICIPATED_IN' && x.role).map((x) => x.role!));
    expect([...parts].filter((r) => !VALUE_NAMES[r]?.ar)).toEqual([]);
    const stintRoles = facts.filter((x) => x.type === 'WORKED_AT' && x.role);
    expect(stintRoles.filter((x) => !x.roleAr && !VALUE_NAMES[x.role!]).map((x) => x.role)).toEqual([]);
  });

  it('shows a value it does not know as written', () => {
    expect(valueName('acquirer', 'ar')).toBe('المستحوِذ');
    expect(valueName('consortium', 'ar')).toBe('consortium');
  });
});
