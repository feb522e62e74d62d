import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatIssue } from '../../../seed/issues.js';
import { validateFactsFiles } from '../../../seed/validate.js';

// Small facts files written per test into a temporary folder; the text and names are made up for the tests.
let dir: string;
const TEXT = 'عملت ليلى في ألفا.\nوانضمت لاحقًا   إلى بيتا.';

function write(name: string, body: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, body);
  return file;
}

const header = (id = 'source:t') => `source:
  id: ${id}
  title: نص
  publisher: Test
  published: "2024-01-01"
  language: ar
  text: t.ar.txt
`;
const people = `nodes:
  - { id: person:layla, label: Person, name: Layla }
  - { id: org:alpha, label: Organization, kind: lab, name: Alpha }
`;

async function check(...files: string[]): Promise<string[]> {
  const r = await validateFactsFiles(files, { cwd: dir });
  return r.issues.map(formatIssue);
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-validate-'));
  fs.writeFileSync(path.join(dir, 't.ar.txt'), TEXT);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('validateFactsFiles', () => {
  it('accepts a valid file whose evidence matches the text with white space collapsed', async () => {
    const f = write(
      'ok.facts.yaml',
      `${header()}${people}facts:
  - id: fact:layla-alpha
    type: WORKED_AT
    from: person:layla
    to: org:alpha
    left: true
    certainty: stated
    evidence: "ألفا.\\n وانضمت لاحقًا إلى"
    evidenceEn: Alpha. And she later joined
`,
    );
    const r = await validateFactsFiles([f], { cwd: dir });
    expect(r.issues).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.sources[0]?.facts).toHaveLength(1);
  });

  it('points a bad date at its line and column', async () => {
    const f = write(
      'date.facts.yaml',
      `${header()}${people}facts:\n  - { id: fact:x, type: WORKED_AT, from: person:layla, to: org:alpha, start: "2024-02-30", certainty: stated, evidence: عملت ليلى, evidenceEn: Layla worked }\n`,
    );
    expect(await check(f)).toEqual([
      'date.facts.yaml:12:78: facts[0].start: expected a date YYYY, YYYY-MM or YYYY-MM-DD that exists, got "2024-02-30"',
    ]);
  });

  it('names an unknown relationship type', async () => {
    const f = write(
      'type.facts.yaml',
      `${header()}${people}facts:\n  - { id: fact:x, type: EMPLOYED_BY, from: person:layla, to: org:alpha, certainty: stated, evidence: عملت ليلى, evidenceEn: Layla worked }\n`,
    );
    expect(await check(f)).toEqual([
      'type.facts.yaml:12:25: facts[0].type: expected one of WORKED_AT, FOUNDED, PART_OF, DEVELOPS, PARTICIPATED_IN, RELATIVE_OF, REPORTED_BY, got "EMPLOYED_BY"',
    ]);
  });

  it('points missing evidence at the fact', async () => {
    const f = write(
      'missing.facts.yaml',
      `${header()}${people}facts:\n  - id: fact:x\n    type: WORKED_AT\n    from: person:layla\n    to: org:alpha\n    certainty: stated\n    evidenceEn: Layla worked\n`,
    );
    expect(await check(f)).toEqual([
      'missing.facts.yaml:12:5: facts[0].evidence: is required — the shortest verbatim excerpt of the source that states the fact, in the source’s language',
    ]);
  });

  it('reports a dangling node id', async () => {
    const f = write(
      'dangling.facts.yaml',
      `${header()}${people}facts:\n  - id: fact:x\n    type: WORKED_AT\n    from: person:layla\n    to: org:nowhere\n    certainty: stated\n    evidence: عملت ليلى\n    evidenceEn: Layla worked\n`,
    );
    expect(await check(f)).toEqual([
      'dangling.facts.yaml:15:9: facts[0].to: unknown node id "org:nowhere" — declare it under nodes in one of the files being seeded (or seed the file that declares it first)',
    ]);
  });

  it('resolves ids declared in another file, and ids the database already has', async () => {
    const a = write('a.facts.yaml', `${header('source:a')}${people}`);
    const b = write(
      'b.facts.yaml',
      `${header('source:b')}facts:\n  - { id: fact:x, type: WORKED_AT, from: person:layla, to: org:beta, certainty: stated, evidence: عملت ليلى, evidenceEn: Layla worked }\n`,
    );
    expect(await check(b)).toHaveLength(2);
    const r = await validateFactsFiles([a, b], {
      cwd: dir,
      findExisting: async (ids) => new Set(ids.filter((i) => i === 'org:beta')),
    });
    expect(r.issues.map(formatIssue)).toEqual([]);
  });

  it('rejects a fact whose endpoint has the wrong label', async () => {
    const f = write(
      'label.facts.yaml',
      `${header()}${people}facts:\n  - { id: fact:x, type: WORKED_AT, from: org:alpha, to: person:layla, certainty: stated, evidence: عملت ليلى, evidenceEn: x }\n`,
    );
    expect(await check(f)).toEqual([
      'label.facts.yaml:12:42: facts[0].from: a WORKED_AT starts at Person, but "org:alpha" is an Organization',
      'label.facts.yaml:12:57: facts[0].to: a WORKED_AT ends at Organization, but "person:layla" is a Person',
    ]);
  });

  it('reports duplicate ids across files with the first declaration', async () => {
    const a = write('dup-a.facts.yaml', `${header('source:a')}${people}`);
    const b = write('dup-b.facts.yaml', `${header('source:b')}${people}`);
    expect(await check(a, b)).toEqual([
      'dup-b.facts.yaml:9:11: nodes[0].id: duplicate node id "person:layla": already declared at dup-a.facts.yaml:9:11 — declare a node once and refer to it by id from other files',
      'dup-b.facts.yaml:10:11: nodes[1].id: duplicate node id "org:alpha": already declared at dup-a.facts.yaml:10:11 — declare a node once and refer to it by id from other files',
    ]);
  });

  it('rejects evidence that is not verbatim in the source text, saying where it diverges', async () => {
    const f = write(
      'evidence.facts.yaml',
      `${header()}${people}facts:\n  - { id: fact:x, type: WORKED_AT, from: person:layla, to: org:alpha, certainty: stated, evidence: عملت ليلى في بيتا, evidenceEn: x }\n`,
    );
    const [msg] = await check(f);
    expect(msg).toBe(
      'evidence.facts.yaml:12:100: facts[0].evidence: not found verbatim in t.ar.txt (white space collapsed): the text has its first 13 of 17 characters ("عملت ليلى في ") but not what follows ("بيتا")',
    );
  });

  it('reports YAML syntax errors with their position, and every file at once', async () => {
    const bad = write(
      'syntax.facts.yaml',
      `${header()}nodes:\n  - { id: person:a, label: Person, name: [unclosed\n`,
    );
    const dupKey = write('dupkey.facts.yaml', `${header()}${header()}`);
    const missingFile = path.join(dir, 'nope.facts.yaml');
    const msgs = await check(bad, dupKey, missingFile);
    expect(msgs).toEqual([
      'dupkey.facts.yaml:8:1: YAML syntax: Map keys must be unique',
      'nope.facts.yaml: file not found',
      'syntax.facts.yaml:10:1: YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]',
      'syntax.facts.yaml:10:1: YAML syntax: Flow map in block collection must be sufficiently indented and end with a }',
    ]);
  });

  it('reads JSON facts files with positions too', async () => {
    const f = write(
      'j.facts.json',
      JSON.stringify(
        {
          source: {
            id: 'source:j',
            title: 'x',
            publisher: 'p',
            published: '2024',
            language: 'ar',
            text: 't.ar.txt',
          },
          nodes: [{ id: 'person:j', label: 'Person' }],
        },
        null,
        2,
      ),
    );
    expect(await check(f)).toEqual([
      'j.facts.json:11:5: nodes[0].name: is required — the name in English (or as the source writes it in Latin script)',
    ]);
  });
});
