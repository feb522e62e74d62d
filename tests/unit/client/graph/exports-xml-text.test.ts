// @vitest-environment jsdom
// Characters XML 1.0 cannot hold (NUL, other control characters, lone surrogates) in GraphML and GEXF: each is
// written as visible \uXXXX text, never dropped unmarked, and the file's comment names the values so altered; CSV
// and JSON keep them as they are (made-up values).
import { describe, expect, it } from 'vitest';
import { toGexf } from '../../../../client/graph/export-gexf.js';
import { toGraphML } from '../../../../client/graph/export-graphml.js';
import { nodesCsv, toJson } from '../../../../client/graph/exports.js';
import { xmlText } from '../../../../client/graph/xml-text.js';
import type { GraphData } from '../../../../model/graph.js';
import { parseCsv } from '../../../../seed/csv.js';

const g = (): GraphData => ({
  nodes: [
    { id: 'n:1', labels: ['Thing'], properties: { name: 'a\u0000b', note: 'tab\tkept' } },
    { id: 'n:2', labels: ['Thing'], properties: { name: 'clean', note: 'x\u000by\uD800' } },
  ],
  edges: [{ id: 'e:1', type: 'LINKS', source: 'n:1', target: 'n:2', properties: { why: 'p\u001fq' } }],
});

const parse = (xml: string) => {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
};

/** The file's comments (the altered values are named in one). */
function comments(doc: Document): string[] {
  const out: string[] = [];
  const walker = doc.createTreeWalker(doc, 128 /* NodeFilter.SHOW_COMMENT */);
  while (walker.nextNode()) out.push(walker.currentNode.nodeValue ?? '');
  return out;
}

describe('characters XML cannot hold', () => {
  it('writes each as \\uXXXX text, keeping what XML can hold', () => {
    expect(xmlText('a\u0000b')).toBe('a\\u0000b');
    expect(xmlText('x\u000by\uD800z\uFFFE')).toBe('x\\u000By\\uD800z\\uFFFE');
    expect(xmlText('tab\tline\nreturn\r, 😀 and ع')).toBe('tab\tline\nreturn\r, 😀 and ع');
  });

  it('marks them in GraphML: the values escaped, a comment naming where', () => {
    const doc = parse(toGraphML(g()));
    const texts = [...doc.getElementsByTagName('data')].map((d) => d.textContent);
    expect(texts).toContain('a\\u0000b');
    expect(texts).toContain('x\\u000By\\uD800');
    expect(texts).toContain('p\\u001Fq');
    expect(texts).toContain('tab\tkept');
    const note = comments(doc).join('\n');
    expect(note).toContain('3 values');
    expect(note).toContain('\\uXXXX');
    expect(note).toContain('node "n:1" name');
    expect(note).toContain('node "n:2" note');
    expect(note).toContain('edge "e:1" why');
  });

  it('marks them in GEXF: the values escaped, a comment naming where', () => {
    const doc = parse(toGexf(g()));
    const values = [...doc.getElementsByTagName('attvalue')].map((d) => d.getAttribute('value'));
    expect(values).toContain('a\\u0000b');
    expect(values).toContain('x\\u000By\\uD800');
    expect(values).toContain('p\\u001Fq');
    const note = comments(doc).join('\n');
    expect(note).toContain('node "n:1" name');
    expect(note).toContain('edge "e:1" why');
  });

  it('never writes two texts alike: a backslash that would read as such an escape is itself written \\u005C', () => {
    // A NUL and the six characters \u0000 written in the data were both written \u0000: two ids, one node.
    expect(xmlText('\\u0000')).not.toBe(xmlText('\u0000'));
    expect(xmlText('\\u0000')).toBe('\\u005Cu0000');
    expect(xmlText('\\\u0000')).toBe('\\\\u0000');
    // A backslash before anything else is kept as it is (a Windows path, a regex).
    expect(xmlText('C:\\new\\x \\u12 \\')).toBe('C:\\new\\x \\u12 \\');
    const two: GraphData = {
      nodes: [
        { id: 'n:\u0000', labels: ['Thing'], properties: {} },
        { id: 'n:\\u0000', labels: ['Thing'], properties: {} },
      ],
      edges: [],
    };
    for (const xml of [toGraphML(two), toGexf(two)]) {
      const doc = parse(xml);
      const ids = [...doc.getElementsByTagName('node')].map((n) => n.getAttribute('id'));
      expect(new Set(ids).size).toBe(2);
      const note = comments(doc).join('\n');
      // The id as the file writes it (JSON text, as every place is named).
      expect(note).toContain(`node ${JSON.stringify('n:\\u005Cu0000')} id`);
      expect(note).toContain('\\u005C');
    }
  });

  it('names the GEXF source details it altered, as GraphML does', () => {
    const data = {
      ...g(),
      edges: [{ ...g().edges[0]!, properties: { sources: ['source:odd'] } }],
      sources: [{ id: 'source:odd', title: 'a\uFFFEb' }],
    };
    for (const xml of [toGraphML(data), toGexf(data)])
      expect(comments(parse(xml)).join('\n')).toContain('edge "e:1" sourceDetails');
  });

  it('writes no such comment when nothing was altered, and CSV and JSON keep the characters', () => {
    const clean: GraphData = {
      nodes: [{ id: 'n:1', labels: ['Thing'], properties: { name: 'ok' } }],
      edges: [],
    };
    expect(comments(parse(toGraphML(clean)))).toEqual([]);
    expect(comments(parse(toGexf(clean)))).toEqual([]);
    const json = JSON.parse(toJson(g())) as GraphData;
    expect(json.nodes[0]!.properties.name).toBe('a\u0000b');
    const [head, ...rows] = parseCsv(nodesCsv(g())).map((r) => r.fields);
    expect(rows[0]![head!.indexOf('name')]).toBe('a\u0000b');
  });
});
