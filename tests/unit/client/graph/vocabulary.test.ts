// The Arabic interface names every kind and every part played in an event that the bundled facts files use
// (seed/sources/*.facts.yaml), so no English word of the data shows through in Arabic; roles of stints carry their
// own Arabic (roleAr) in the files.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  labelName,
  VALUE_NAMES,
  VOCABULARY_PROPERTIES,
  propertyValueText,
  relName,
  roleName,
  valueName,
} from '../../../../client/graph/vocabulary.js';

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

  it('has an Arabic name for every value of a vocabulary property (qualifiers, periods, ties, languages) the files use', () => {
    const seen = new Set<string>();
    const walk = (x: unknown): void => {
      if (Array.isArray(x)) x.forEach(walk);
      else if (x && typeof x === 'object')
        for (const [k, v] of Object.entries(x)) {
          // A stint's role has its own Arabic beside it; the test above holds those to it.
          if (VOCABULARY_PROPERTIES.has(k) && typeof v === 'string' && !('roleAr' in x)) seen.add(v);
          walk(v);
        }
    };
    files.forEach(walk);
    expect(seen).toContain('at least');
    expect(seen).toContain('brother');
    expect([...seen].filter((v) => !VALUE_NAMES[v]?.ar)).toEqual([]);
  });

  it('names a fact’s role in Arabic: the stint’s own roleAr, else the vocabulary, else as written', () => {
    expect(roleName({ role: 'research scientist', roleAr: 'عالم أبحاث' }, 'ar')).toBe('عالم أبحاث');
    expect(roleName({ role: 'research scientist', roleAr: 'عالم أبحاث' }, 'en')).toBe('research scientist');
    expect(roleName({ role: 'CEO' }, 'ar')).toBe('الرئيس التنفيذي');
    expect(roleName({ role: 'staff-source' }, 'ar')).toBe('مصدر الموظفين');
    expect(roleName({ relation: 'brother' }, 'ar')).toBe('شقيق');
    expect(roleName({ role: 'chief scientist' }, 'ar')).toBe('chief scientist');
    expect(roleName({}, 'ar')).toBeUndefined();
  });

  it('shows property values in the interface language: vocabulary words, and numbers in Arabic-Indic digits', () => {
    expect(propertyValueText('countQualifier', 'at least', 'ar')).toBe('على الأقل');
    expect(propertyValueText('count', 14, 'ar')).toBe('١٤');
    expect(propertyValueText('count', 14, 'en')).toBe('14');
    expect(propertyValueText('amountUsd', 300000000, 'ar')).toBe('$٣٠٠٬٠٠٠٬٠٠٠');
    expect(propertyValueText('amountUsd', 300000000, 'en')).toBe('$300,000,000');
    expect(propertyValueText('id', 12345, 'ar')).toBe('12345');
    expect(propertyValueText('year', 2024, 'ar')).toBe('٢٠٢٤');
    expect(propertyValueText('score', 0.12345, 'en')).toBe('0.12345');
    // A date in the UI's digits at its own precision, as the timeline and the slider write it; other text as stored.
    expect(propertyValueText('since', '2025-01', 'ar')).toBe('٢٠٢٥-٠١');
    expect(propertyValueText('date', '2019', 'ar')).toBe('٢٠١٩');
    expect(propertyValueText('published', '2025-08-03', 'en')).toBe('2025-08-03');
    expect(propertyValueText('note', '2025-01', 'ar')).toBe('2025-01');
  });

  it('never rounds a small or long float away: its digits exactly, in exponent form when tiny', () => {
    // The electron's mass in kg (9.1093837e-31) read "0" with 20 fraction digits at most.
    expect(propertyValueText('mass', 9.1093837e-31, 'en')).toBe('9.1093837E-31');
    expect(propertyValueText('mass', 9.1093837e-31, 'ar')).toMatch(/^٩٫١٠٩٣٨٣٧.*٣١$/);
    expect(propertyValueText('mass', -1.5e-7, 'en')).toBe('-1.5E-7');
    expect(propertyValueText('ratio', 1.2345678901234567e-6, 'en')).toBe('1.2345678901234567E-6');
    expect(propertyValueText('ratio', 0.0001234, 'en')).toBe('0.0001234');
    expect(propertyValueText('ratio', 0.1 + 0.2, 'en')).toBe('0.30000000000000004');
  });

  it('shows a value it does not know as written', () => {
    expect(valueName('acquirer', 'ar')).toBe('المستحوِذ');
    expect(valueName('consortium', 'ar')).toBe('consortium');
  });
});

describe('relationship type names', () => {
  it('names our types in the UI language and any other as the database spells it', () => {
    expect(relName('WORKED_AT', 'en')).toBe('worked at');
    expect(relName('WORKED_AT', 'ar')).not.toMatch(/[a-z]/i);
    // A foreign graph's types: two that differ only in case or underscores stay two, in either language.
    expect(relName('Has_Part', 'en')).toBe('Has_Part');
    expect(relName('HAS_PART', 'ar')).toBe('HAS_PART');
    expect(relName('HAS PART', 'en')).toBe('HAS PART');
  });
});

describe('names of labels and relationship types', () => {
  it('names ours in the interface language on our database', () => {
    expect(labelName('Person', 'ar')).toBe('شخص');
    expect(relName('WORKED_AT', 'en')).toBe('worked at');
  });

  it('keeps a foreign graph’s own names as the database spells them, even those named like ours', () => {
    expect(labelName('Person', 'ar', false)).toBe('Person');
    expect(labelName('Organization', 'en', false)).toBe('Organization');
    expect(relName('WORKED_AT', 'en', false)).toBe('WORKED_AT');
    expect(relName('REPORTED_BY', 'ar', false)).toBe('REPORTED_BY');
  });
});
