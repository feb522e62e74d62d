// @vitest-environment jsdom
// File exports keep a list a list: its JSON array text in CSV and GraphML cells (never joined into text that reads
// like another list or a string), a column or attribute that says it holds lists, and GEXF's list types.
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf/browser';
import { describe, expect, it } from 'vitest';
import { toGexf } from '../../../../client/graph/export-gexf.js';
import { edgesCsv, nodesCsv } from '../../../../client/graph/exports.js';
import { toGraphML } from '../../../../client/graph/export-graphml.js';
import type { GraphData, JsonValue } from '../../../../model/graph.js';
import { parseCsv } from '../../../../seed/csv.js';
import { handWritten, node } from '../fixtures.js';

/**
 * A made-up foreign graph as the API sends it: two items whose lists would read alike joined with " | " (one tag
 * holding " | ", two tags), Integers, Floats written 3 (hinted, as model/graph-schema.ts types them), dates, text
 * that looks like a formula, and a plain string that looks like a list.
 */
function listGraph(): GraphData {
  const item = (id: string, properties: Record<string, JsonValue>, types: Record<string, string>) => ({
    ...node(id, 'Item', properties),
    types,
  });
  return {
    nodes: [
      item(
        'neo4j:1',
        {
          tags: ['a | b'],
          nums: [1, 2],
          w: [3, 2.5],
          days: ['2024-01-01'],
          f: ['=HYPERLINK("x")', '-1'],
          s: '["a","b"]',
        },
        { '/w/0': 'Float', '/w/1': 'Float', '/days/0': 'Date' },
      ),
      item(
        'neo4j:2',
        { tags: ['a', 'b'], nums: [3], w: [1.5], days: [], f: ['@x'], s: 'plain' },
        { '/w/0': 'Float' },
      ),
    ],
    edges: [handWritten('neo4j:5:x:1', 'LINKS', 'neo4j:1', 'neo4j:2', { via: ['x', 'y, z'] })],
  };
}

/** A CSV file's rows as objects by its header's names (a real RFC 4180 parser, as a reader of the file would use). */
function csvRows(text: string): Record<string, string>[] {
  const [head, ...rows] = parseCsv(text).map((r) => r.fields);
  return rows.map((r) => Object.fromEntries(head!.map((k, i) => [k, r[i] ?? ''])));
}

describe('list values in file exports', () => {
  it('writes a list as its JSON array text in a CSV column that says it holds lists', () => {
    const [one, two] = csvRows(nodesCsv(listGraph()));
    // Lists that " | " made alike stay apart, and each cell reads back as the list it was.
    expect(one!['tags:List<String>']).toBe('["a | b"]');
    expect(two!['tags:List<String>']).toBe('["a","b"]');
    expect(JSON.parse(one!['tags:List<String>']!)).toEqual(['a | b']);
    expect(JSON.parse(two!['tags:List<String>']!)).toEqual(['a', 'b']);
    expect(one!['nums:List<Integer>']).toBe('[1,2]');
    // A Float written 3 stays a Float, as Cypher writes it.
    expect(one!['w:List<Float>']).toBe('[3.0,2.5]');
    expect(one!['days:List<Date>']).toBe('["2024-01-01"]');
    expect(two!['days:List<Date>']).toBe('[]');
    // A string that looks like a list stays a string, in a column that does not say it holds lists.
    expect(one!.s).toBe('["a","b"]');
    const [edgeRow] = csvRows(edgesCsv(listGraph()));
    expect(JSON.parse(edgeRow!['via:List<String>']!)).toEqual(['x', 'y, z']);
  });

  it('writes a list of formula-like texts unprefixed: a cell starting with [ runs no formula', () => {
    const text = nodesCsv(listGraph());
    const [one, two] = csvRows(text);
    expect(JSON.parse(one!['f:List<String>']!)).toEqual(['=HYPERLINK("x")', '-1']);
    expect(two!['f:List<String>']).toBe('["@x"]');
    expect(text).not.toContain(`'[`);
    // A string starting with a formula sign is still guarded.
    expect(nodesCsv({ nodes: [node('n:1', 'Thing', { s: '=1+1' })], edges: [] })).toContain(`'=1+1`);
  });

  it('writes a list as its JSON array text in GraphML, under a key that says it holds lists', () => {
    const doc = new DOMParser().parseFromString(toGraphML(listGraph()), 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const key = (name: string) =>
      [...doc.getElementsByTagName('key')].find(
        (k) => k.getAttribute('for') === 'node' && k.getAttribute('attr.name') === name,
      )!;
    const described = (name: string) => key(name).getElementsByTagName('desc')[0]?.textContent;
    expect(['tags', 'nums', 'w', 'days'].map(described)).toEqual([
      'List<String>',
      'List<Integer>',
      'List<Float>',
      'List<Date>',
    ]);
    expect(described('s')).toBeUndefined();
    const values = (name: string) =>
      [...doc.getElementsByTagName('node')].map(
        (n) =>
          [...n.getElementsByTagName('data')].find(
            (d) => d.getAttribute('key') === key(name).getAttribute('id'),
          )?.textContent,
      );
    expect(values('tags')).toEqual(['["a | b"]', '["a","b"]']);
    expect(values('w')).toEqual(['[3.0,2.5]', '[1.5]']);
  });

  it('declares GEXF list types and writes lists that graphology-gexf reads back as the same lists', () => {
    const xml = toGexf(listGraph());
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const type = (cls: string, title: string) =>
      [...doc.getElementsByTagName('attributes')]
        .find((a) => a.getAttribute('class') === cls)!
        .querySelector(`attribute[title="${title}"]`)!
        .getAttribute('type');
    expect(['tags', 'nums', 'w', 'days', 'f', 's'].map((t) => type('node', t))).toEqual([
      'liststring',
      'listlong',
      'listdouble',
      'liststring',
      'liststring',
      'string',
    ]);
    expect(type('edge', 'via')).toBe('liststring');
    const g = parseGexf(Graph, xml);
    expect(g.getNodeAttribute('neo4j:1', 'tags')).toEqual(['a | b']);
    expect(g.getNodeAttribute('neo4j:2', 'tags')).toEqual(['a', 'b']);
    expect(g.getNodeAttribute('neo4j:1', 'nums')).toEqual([1, 2]);
    expect(g.getNodeAttribute('neo4j:1', 'w')).toEqual([3, 2.5]);
    expect(g.getNodeAttribute('neo4j:1', 'f')).toEqual(['=HYPERLINK("x")', '-1']);
    expect(g.getNodeAttribute('neo4j:1', 's')).toBe('["a","b"]');
    expect(g.getEdgeAttribute('neo4j:5:x:1', 'via')).toEqual(['x', 'y, z']);
  });

  it('writes every value of a column mixing lists and strings as JSON text, so a string never reads as a list', () => {
    // Made-up: one item holds the list ["a"], another the string '["a"]', a third a plain string.
    const g: GraphData = {
      nodes: [
        node('neo4j:1', 'Item', { m: ['a'] }),
        node('neo4j:2', 'Item', { m: '["a"]' }),
        node('neo4j:3', 'Item', { m: '=1+1' }),
      ],
      edges: [],
    };
    const rows = csvRows(nodesCsv(g));
    expect(rows.map((r) => r['m:Any'])).toEqual(['["a"]', '"[\\"a\\"]"', '"=1+1"']);
    expect(rows.map((r) => JSON.parse(r['m:Any']!) as JsonValue)).toEqual([['a'], '["a"]', '=1+1']);
    const graphml = new DOMParser().parseFromString(toGraphML(g), 'application/xml');
    const key = [...graphml.getElementsByTagName('key')].find((k) => k.getAttribute('attr.name') === 'm')!;
    expect(key.getElementsByTagName('desc')[0]?.textContent).toBe('Any');
    const values = [...graphml.getElementsByTagName('data')]
      .filter((d) => d.getAttribute('key') === key.getAttribute('id'))
      .map((d) => JSON.parse(d.textContent!) as JsonValue);
    expect(values).toEqual([['a'], '["a"]', '=1+1']);
    const back = new Graph();
    parseGexf(Graph, toGexf(g)).forEachNode((id, attrs) => back.addNode(id, attrs));
    expect(JSON.parse(back.getNodeAttribute('neo4j:2', 'm') as string)).toBe('["a"]');
  });
});
