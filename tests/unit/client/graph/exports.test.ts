// @vitest-environment jsdom
// File exports keep names as text: CSV quoting and formula guard, GraphML and GEXF that parse as XML with markup
// escaped, JSON in the API's graph shape.
import { describe, expect, it } from 'vitest';
import { csvCell, edgesCsv, nodesCsv, toGexf, toGraphML, toJson } from '../../../../client/graph/exports.js';
import { articleGraph, node } from '../fixtures.js';

const hostile = () => {
  const g = articleGraph();
  g.nodes.push(
    node('person:hostile', 'Person', {
      name: '<img src=x onerror=alert(1)> "Bob", Jr.\nline2',
      nameAr: 'ماسك & <b>',
    }),
  );
  return g;
};

describe('exports', () => {
  it('quotes CSV cells with commas, quotes and newlines, and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1')).toBe("'-1");
  });

  it('writes one CSV row per node and edge with their properties', () => {
    const g = hostile();
    const nodes = nodesCsv(g).trim().split('\r\n');
    expect(nodes[0]!.startsWith('id,labels,')).toBe(true);
    // The hostile name holds a newline inside quotes: count records by leading ids instead of lines.
    expect(nodesCsv(g).match(/\r\n(person|org|event|source):/g)).toHaveLength(g.nodes.length);
    const edges = edgesCsv(g).trim().split('\r\n');
    expect(edges[0]!.startsWith('id,type,source,target,')).toBe(true);
    expect(edges).toHaveLength(g.edges.length + 1);
  });

  it('writes GraphML that parses, with markup in names kept as text', () => {
    const xml = toGraphML(hostile(), new Map([['org:meta', { x: 1.5, y: -2 }]]));
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.getElementsByTagName('node')).toHaveLength(9);
    expect(doc.getElementsByTagName('edge')).toHaveLength(8);
    expect(doc.getElementsByTagName('img')).toHaveLength(0);
    const names = [...doc.getElementsByTagName('data')].map((d) => d.textContent);
    expect(names).toContain('<img src=x onerror=alert(1)> "Bob", Jr.\nline2');
    expect(names).toContain('ماسك & <b>');
  });

  it('writes GEXF that parses, with labels, attributes and positions', () => {
    const xml = toGexf(hostile(), new Map([['org:meta', { x: 3, y: 4, color: '#d9730d', label: 'Meta' }]]));
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const nodes = [...doc.getElementsByTagName('node')];
    expect(nodes).toHaveLength(9);
    expect(nodes.find((n) => n.getAttribute('id') === 'person:hostile')!.getAttribute('label')).toBe(
      '<img src=x onerror=alert(1)> "Bob", Jr.\nline2',
    );
    expect(doc.getElementsByTagName('edge')).toHaveLength(8);
    expect(xml).toContain('viz:position');
  });

  it('writes JSON in the API graph shape', () => {
    const g = articleGraph();
    expect(JSON.parse(toJson(g))).toEqual(g);
  });
});
