// Generates facts files for the seed fault tests: a large, valid, fictional source (enough batches that a kill
// lands inside its transaction) and corrupt variants. Everything is made up and written to a temporary folder.
import fs from 'node:fs';
import path from 'node:path';

export interface GeneratedSource {
  /** The facts file (JSON, which the YAML loader reads too). */
  file: string;
  sourceId: string;
  /** Every node id the file declares, the Source node's included. */
  nodeIds: string[];
  factIds: string[];
}

/**
 * A fictional source with `people` Person nodes, `orgs` Organization nodes and one WORKED_AT fact per person,
 * whose evidence sentences make up its text file.
 */
export function writeLargeSource(dir: string, slug: string, people: number, orgs: number): GeneratedSource {
  const sourceId = `source:${slug}`;
  const nodes: Record<string, unknown>[] = [];
  const facts: Record<string, unknown>[] = [];
  const lines: string[] = [`${slug}: fictional text generated for a test; no real people or companies.`];
  for (let j = 0; j < orgs; j++)
    nodes.push({
      id: `org:${slug}-org-${j}`,
      label: 'Organization',
      kind: 'company',
      name: `${slug} Org ${j}`,
    });
  for (let i = 0; i < people; i++) {
    const org = i % orgs;
    const sentence = `${slug} Person ${i} worked at ${slug} Org ${org}.`;
    lines.push(sentence);
    nodes.push({ id: `person:${slug}-person-${i}`, label: 'Person', name: `${slug} Person ${i}` });
    facts.push({
      id: `fact:${slug}-stint-${i}`,
      type: 'WORKED_AT',
      from: `person:${slug}-person-${i}`,
      to: `org:${slug}-org-${org}`,
      certainty: 'stated',
      evidence: sentence,
      evidenceEn: sentence,
    });
  }
  const textName = `${slug}.en.txt`;
  fs.writeFileSync(path.join(dir, textName), lines.join('\n') + '\n');
  const file = path.join(dir, `${slug}.facts.json`);
  const doc = {
    source: {
      id: sourceId,
      title: `${slug} (fictional)`,
      publisher: 'Test Fixture Press',
      published: '2024-01-01',
      language: 'en',
      url: null,
      text: textName,
    },
    nodes,
    facts,
  };
  fs.writeFileSync(file, JSON.stringify(doc, null, 1));
  return {
    file,
    sourceId,
    nodeIds: [sourceId, ...nodes.map((n) => n.id as string)],
    factIds: facts.map((f) => f.id as string),
  };
}

/** A copy of `from` cut in half, as an interrupted copy or download leaves a file. */
export function writeTruncated(from: string, to: string): string {
  const bytes = fs.readFileSync(from);
  fs.writeFileSync(to, bytes.subarray(0, Math.floor(bytes.length / 2)));
  return to;
}

/** Bytes that are no text at all: NULs, invalid UTF-8, control characters (a fixed pattern, so runs repeat). */
export function writeBinaryGarbage(to: string): string {
  const bytes = Buffer.alloc(4096);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 167 + 13) % 256;
  fs.writeFileSync(to, bytes);
  return to;
}
