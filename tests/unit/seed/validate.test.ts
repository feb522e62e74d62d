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

  it("reports a YAML alias bomb as a problem of its file, beside the other files' problems", async () => {
    // Each line repeats the one above ten times: 10,000 values from four short lines.
    const bomb = write(
      'bomb.facts.yaml',
      `${header()}a: &a [x, x, x, x, x, x, x, x, x, x]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
d: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
`,
    );
    const bad = write(
      'bad-date.facts.yaml',
      `${header()}${people}facts:\n  - { id: fact:x, type: WORKED_AT, from: person:layla, to: org:alpha, start: 2019-13, certainty: stated, evidence: عملت ليلى, evidenceEn: Layla worked }\n`,
    );
    const msgs = await check(bomb, bad);
    expect(msgs).toEqual([
      expect.stringMatching(/^bad-date\.facts\.yaml:12:\d+: facts\[0\]\.start: /),
      'bomb.facts.yaml:9:8: YAML: its aliases (*name) repeat so much data that it would expand far beyond what a facts file holds; write the values out instead of aliasing them',
    ]);
  });

  it('reports an alias used before its anchor at the alias, instead of crashing', async () => {
    const forward = write('forward.facts.yaml', `${header()}nodes: *people\nlater: &people []\n`);
    expect(await check(forward)).toEqual([
      'forward.facts.yaml:8:8: YAML: the alias *people has no anchor &people above it; an alias repeats a value anchored earlier in the file',
    ]);
  });

  describe('encoding', () => {
    // Made-up words in Windows-1256, as Windows' "ANSI" editors save Arabic: ليلى and عملت.
    const LAYLA_1256 = Buffer.from([0xe1, 0xed, 0xe1, 0xec]);
    const AMILAT_1256 = Buffer.from([0xda, 0xe3, 0xe1, 0xca]);
    const facts = (text = 't.ar.txt') =>
      `${header().replace('t.ar.txt', text)}${people}facts:\n  - { id: fact:x, type: WORKED_AT, from: person:layla, to: org:alpha, certainty: stated, evidence: عملت ليلى, evidenceEn: Layla worked }\n`;

    it('the test bytes are the Windows-1256 spelling of the words', () => {
      expect(new TextDecoder('windows-1256').decode(LAYLA_1256)).toBe('ليلى');
      expect(new TextDecoder('windows-1256').decode(AMILAT_1256)).toBe('عملت');
    });

    it('refuses a Windows-1256 facts file, naming the line and column of the first byte that is not UTF-8', async () => {
      const [before, after] = facts().split('name: Layla');
      const f = path.join(dir, 'w1256.facts.yaml');
      fs.writeFileSync(
        f,
        Buffer.concat([Buffer.from(`${before}name: Layla, nameAr: `), LAYLA_1256, Buffer.from(after!)]),
      );
      const r = await validateFactsFiles([f], { cwd: dir });
      expect(r.ok).toBe(false);
      expect(r.sources).toEqual([]);
      expect(r.issues.map(formatIssue)).toEqual([
        'w1256.facts.yaml:9:61: byte 0xE1 is not UTF-8: the file is in another encoding (Windows-1256, Latin-1…); facts files are UTF-8 — save it with the encoding UTF-8 (most editors: Save As › Encoding › UTF-8) and seed it again',
      ]);
    });

    it('refuses a UTF-16 facts file instead of misreading it', async () => {
      const f = path.join(dir, 'utf16.facts.yaml');
      fs.writeFileSync(f, Buffer.from(`\uFEFF${facts()}`, 'utf16le'));
      expect(await check(f)).toEqual([
        'utf16.facts.yaml:1: the file is UTF-16, not UTF-8 (it starts with a UTF-16 byte-order mark); facts files are UTF-8 — save it with the encoding UTF-8 (most editors: Save As › Encoding › UTF-8) and seed it again',
      ]);
    });

    it('reads a facts file and source text that start with a UTF-8 BOM, without the BOM', async () => {
      fs.writeFileSync(path.join(dir, 'bom.ar.txt'), `\uFEFF${TEXT}`);
      const f = write('bom.facts.yaml', `\uFEFF${facts('bom.ar.txt')}`);
      const r = await validateFactsFiles([f], { cwd: dir });
      expect(r.issues).toEqual([]);
      expect(r.sources[0]?.source.id).toBe('source:t');
      expect(r.sources[0]?.text).toBe(TEXT);
    });

    it('refuses a source text that is not UTF-8, naming the text file, line and column, and the facts file citing it', async () => {
      fs.writeFileSync(path.join(dir, 'w1256.ar.txt'), Buffer.concat([Buffer.from('Layla:\n'), AMILAT_1256]));
      const f = write('w1256-text.facts.yaml', facts('w1256.ar.txt'));
      const r = await validateFactsFiles([f], { cwd: dir });
      expect(r.ok).toBe(false);
      // The evidence cannot be checked against a text that cannot be read, so only the encoding is reported.
      expect(r.issues.map(formatIssue)).toEqual([
        'w1256.ar.txt:2:1: byte 0xDA is not UTF-8: the file is in another encoding (Windows-1256, Latin-1…); w1256-text.facts.yaml cites it as its source text (source.text), which must be UTF-8 — save it with the encoding UTF-8 (most editors: Save As › Encoding › UTF-8) and seed it again',
      ]);
    });
  });

  it('refuses names and aliases holding control characters or bidi controls, with the place and the character', async () => {
    // As the CSV import does (seed/name-characters.ts): an unbalanced override reorders what is shown after the name.
    const f = write(
      'names.facts.yaml',
      `${header()}nodes:
  - { id: person:layla, label: Person, name: "Layla\\nHaddad" }
  - { id: org:alpha, label: Organization, kind: lab, name: Alpha, nameAr: "\\u202Eألفا", aliases: [A, "Al\\tpha"] }
`,
    );
    expect(await check(f)).toEqual([
      'names.facts.yaml:9:46: nodes[0].name: "Layla\\nHaddad" holds U+000A (line feed) at character 6; expected a name on one line without control characters or bidi embeddings, overrides and isolates (an unbalanced one reorders the text shown after the name); remove them',
      expect.stringMatching(
        /^names\.facts\.yaml:10:\d+: nodes\[1\]\.nameAr: "\\u202Eألفا" holds U\+202E \(bidi embedding or override\) at character 1; expected a name on one line/,
      ),
      expect.stringMatching(
        /^names\.facts\.yaml:10:\d+: nodes\[1\]\.aliases\[1\]: "Al\\tpha" holds U\+0009 \(tab\) at character 3; expected/,
      ),
    ]);
  });

  it("refuses a source's name holding a bidi control, as a node's", async () => {
    const f = write(
      'source-name.facts.yaml',
      `${header().replace('  title: نص\n', '  title: نص\n  name: "Bulletin\\u2067"\n')}${people}`,
    );
    expect(await check(f)).toEqual([
      expect.stringMatching(
        /^source-name\.facts\.yaml:4:\d+: source\.name: "Bulletin\\u2067" holds U\+2067 \(bidi isolate\) at character 9; expected a name/,
      ),
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
