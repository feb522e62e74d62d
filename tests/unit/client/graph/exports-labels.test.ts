// @vitest-environment jsdom
// A node's labels round-trip in every file export: written as their JSON list text, as list properties are, so a
// foreign node labelled `A|B` is not read as one with the labels A and B (made-up labels).
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf/browser';
import { describe, expect, it } from 'vitest';
import { toGexf } from '../../../../client/graph/export-gexf.js';
import { nodesCsv } from '../../../../client/graph/exports.js';
import { toGraphML } from '../../../../client/graph/export-graphml.js';
import type { GraphData } from '../../../../model/graph.js';
import { parseCsv } from '../../../../seed/csv.js';

const LABELS = [['A|B'], ['A', 'B'], ['Say "hi", ok']];
const g: GraphData = {
  nodes: LABELS.map((labels, i) => ({ id: `neo4j:${i}`, labels, properties: { name: `n${i}` } })),
  edges: [],
};

describe('labels in file exports', () => {
  it('writes a CSV labels column of JSON list text, which says it holds lists', () => {
    const [head, ...rows] = parseCsv(nodesCsv(g)).map((r) => r.fields);
    const column = head!.indexOf('labels:List<String>');
    expect(column).toBe(1);
    expect(rows.map((r) => JSON.parse(r[column]!) as string[])).toEqual(LABELS);
  });

  it('writes GraphML labels as JSON list text under a key described List<String>', () => {
    const doc = new DOMParser().parseFromString(toGraphML(g), 'application/xml');
    const key = [...doc.getElementsByTagName('key')].find((k) => k.getAttribute('attr.name') === 'labels')!;
    expect(key.getElementsByTagName('desc')[0]?.textContent).toBe('List<String>');
    const id = key.getAttribute('id');
    const values = [...doc.getElementsByTagName('node')].map(
      (n) => [...n.getElementsByTagName('data')].find((d) => d.getAttribute('key') === id)!.textContent!,
    );
    expect(values.map((v) => JSON.parse(v) as string[])).toEqual(LABELS);
  });

  it('writes GEXF labels as JSON list text of a list type', () => {
    const text = toGexf(g);
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const attribute = [...doc.getElementsByTagName('attribute')].find(
      (a) => a.getAttribute('title') === 'labels',
    )!;
    expect(attribute.getAttribute('type')).toBe('liststring');
    const read = parseGexf(Graph, text.replace(/type="liststring"/g, 'type="string"'));
    expect(read.mapNodes((_k, a) => JSON.parse(a.labels as string) as string[])).toEqual(LABELS);
  });
});
