// @vitest-environment jsdom
// File exports keep names as text: CSV quoting and formula guard, GraphML and GEXF that parse as XML with markup
// escaped, JSON in the API's graph shape.
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf/browser';
import { describe, expect, it } from 'vitest';
import { toGexf } from '../../../../client/graph/export-gexf.js';
import { toGraphML } from '../../../../client/graph/export-graphml.js';
import { csvCell, edgesCsv, nodesCsv, toJson, type JsonEdge } from '../../../../client/graph/exports.js';
import { articleGraph, edge, handWritten, mixedFlow, node } from '../fixtures.js';
import { flowGraph } from '../../../../client/state/flows.js';
import type { GraphData, JsonValue } from '../../../../model/graph.js';
import { parseCsv } from '../../../../seed/csv.js';

/** The JSON export's shape: the API's graph, each relationship with the certainty the app reads beside it. */
type JsonGraph = Omit<GraphData, 'edges'> & { edges: JsonEdge[] };

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

/** The flow view's scene of one made-up flow Alpha → Beta (fixtures.ts mixedFlow, with `extra`). */
const flowScene = (extra: Record<string, unknown>) =>
  flowGraph({
    nodes: ['org:alpha', 'org:beta'].map((id) => node(id, 'Organization', { name: id })),
    edges: [mixedFlow(extra)],
  });

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
    expect(nodes[0]!.startsWith('id,labels:List<String>,')).toBe(true);
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

  it('writes beside a fact whose sources the filter narrowed how many it hides, in every file; none where it hides none', () => {
    // As state/view-data.ts exportedGraph gives it: the article's fact also stated by a hidden report.
    const g = articleGraph();
    const narrowed = { ...g, edges: g.edges.map((e, i) => (i === 0 ? { ...e, hiddenSourceCount: 1 } : e)) };
    const first = g.edges[0]!.id;
    const json = JSON.parse(toJson(narrowed)) as JsonGraph;
    expect(json.edges[0]!.hiddenSourceCount).toBe(1);
    expect(json.edges[1]).not.toHaveProperty('hiddenSourceCount');
    const rows = parseCsv(edgesCsv(narrowed)).map((r) => r.fields);
    const header = rows[0]!;
    const col = header.indexOf('hiddenSourceCount');
    expect(header.slice(0, 6)).toEqual(['id', 'type', 'source', 'target', 'certainty', 'hiddenSourceCount']);
    expect(rows.find((r) => r[0] === first)![col]).toBe('1');
    expect(rows.find((r) => r[0] === g.edges[1]!.id)![col]).toBe('0');
    const graphml = new DOMParser().parseFromString(toGraphML(narrowed), 'application/xml');
    const key = [...graphml.getElementsByTagName('key')].find(
      (k) => k.getAttribute('attr.name') === 'hiddenSourceCount',
    )!;
    expect(key.getAttribute('attr.type')).toBe('long');
    const data = [...graphml.getElementsByTagName('edge')]
      .find((e) => e.getAttribute('id') === first)!
      .querySelector(`data[key="${key.getAttribute('id')}"]`);
    expect(data?.textContent).toBe('1');
    expect(toGexf(narrowed)).toMatch(/title="hiddenSourceCount"/);
    // An unfiltered view's files are as they were.
    expect(edgesCsv(g)).not.toContain('hiddenSourceCount');
    expect(toGraphML(g)).not.toContain('hiddenSourceCount');
    expect(toGexf(g)).not.toContain('hiddenSourceCount');
  });

  it('writes JSON in the API graph shape, with every relationship’s certainty and a node’s own only', () => {
    const g = articleGraph();
    const parsed = JSON.parse(toJson(g)) as typeof g;
    expect(parsed.nodes.map((n) => n.id)).toEqual(g.nodes.map((n) => n.id));
    expect(parsed.edges.map((e) => e.id)).toEqual(g.edges.map((e) => e.id));
    const certainty = (x: unknown) => (x as { certainty?: string }).certainty;
    for (const x of parsed.edges) expect(['stated', 'implied']).toContain(certainty(x));
    // Our nodes carry no certainty (the facts about them do): none is claimed for them.
    for (const x of parsed.nodes) expect(x.properties).not.toHaveProperty('certainty');
    const implied = parsed.edges.find((e) => e.id === 'fact:xinlei-chen-joined-xai')!;
    expect(certainty(implied)).toBe('implied');
    // Our own fact keeps its stored certainty property as it is.
    expect(implied.properties).toEqual(g.edges.find((e) => e.id === implied.id)!.properties);
    expect({ ...parsed.nodes[0]!.properties, certainty: undefined }).toEqual({
      ...g.nodes[0]!.properties,
      certainty: undefined,
    });
  });

  it('starts each CSV with a UTF-8 byte-order mark, so spreadsheets read Arabic', () => {
    const g = articleGraph();
    for (const text of [nodesCsv(g), edgesCsv(g)]) {
      expect(text.charCodeAt(0)).toBe(0xfeff);
      expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    }
    expect(nodesCsv(g)).toContain('إيلون ماسك');
  });

  it('gives every edge a certainty column or attribute, and a node the one its data gives, else none', () => {
    const g = articleGraph();
    const rows = (text: string) =>
      text
        .slice(1)
        .trim()
        .split('\r\n')
        .map((r) => r.split(','));
    const [nodeHead, ...nodeRows] = rows(nodesCsv(g));
    const nc = nodeHead!.indexOf('certainty');
    expect(nc).toBeGreaterThan(0);
    for (const r of nodeRows) expect(r[nc]).toBe('');
    const [edgeHead, ...edgeRows] = rows(edgesCsv(g));
    const ec = edgeHead!.indexOf('certainty');
    expect(edgeRows.find((r) => r[0] === 'fact:xinlei-chen-joined-xai')![ec]).toBe('implied');
    // GEXF: one <attvalue for="certainty"> per edge, none on a node without one.
    const certainties = (el: Element) =>
      [...el.getElementsByTagName('attvalue')]
        .filter((d) => d.getAttribute('for') === 'certainty')
        .map((d) => d.getAttribute('value'));
    const gexf = new DOMParser().parseFromString(toGexf(g), 'application/xml');
    for (const el of [...gexf.getElementsByTagName('edge')]) {
      expect(certainties(el).length, el.getAttribute('id') ?? '').toBe(1);
      expect(['stated', 'implied']).toContain(certainties(el)[0]);
    }
    for (const el of [...gexf.getElementsByTagName('node')]) expect(certainties(el)).toEqual([]);
    // GraphML: a certainty key for edges with a value on every one; nodes have none.
    const graphml = new DOMParser().parseFromString(toGraphML(g), 'application/xml');
    const keyOf = (tag: string) =>
      [...graphml.getElementsByTagName('key')]
        .find((k) => k.getAttribute('for') === tag && k.getAttribute('attr.name') === 'certainty')!
        .getAttribute('id');
    for (const el of [...graphml.getElementsByTagName('edge')]) {
      const d = [...el.getElementsByTagName('data')].find((x) => x.getAttribute('key') === keyOf('edge'));
      expect(['stated', 'implied'], el.getAttribute('id') ?? '').toContain(d?.textContent);
    }
    for (const el of [...graphml.getElementsByTagName('node')])
      expect([...el.getElementsByTagName('data')].map((x) => x.getAttribute('key'))).not.toContain(
        keyOf('node'),
      );
  });

  it('writes a node’s own certainty when its data gives one, and claims none for a node of a database not ours', () => {
    const g = articleGraph();
    g.nodes.push(
      node('neo4j:4:x:1', 'Movie', { title: 'The Matrix' }),
      node('thing:sure', 'Thing', { certainty: 'implied' }),
    );
    const json = JSON.parse(toJson(g)) as GraphData;
    expect(json.nodes.find((n) => n.id === 'neo4j:4:x:1')!.properties).not.toHaveProperty('certainty');
    expect(json.nodes.find((n) => n.id === 'thing:sure')!.properties.certainty).toBe('implied');
    const [head, ...rows] = nodesCsv(g)
      .slice(1)
      .trim()
      .split('\r\n')
      .map((r) => r.split(','));
    const c = head!.indexOf('certainty');
    expect(rows.find((r) => r[0] === 'neo4j:4:x:1')![c]).toBe('');
    expect(rows.find((r) => r[0] === 'thing:sure')![c]).toBe('implied');
  });

  it('writes a GEXF that parses when a name holds characters XML cannot carry', () => {
    const g = articleGraph();
    g.nodes.push(node('person:ctl', 'Person', { name: 'Bad\u0001name\u0000', note: 'x\u000by' }));
    const doc = new DOMParser().parseFromString(toGexf(g), 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const el = [...doc.getElementsByTagName('node')].find((n) => n.getAttribute('id') === 'person:ctl')!;
    // Written visibly, never dropped (exports-xml-text.test.ts).
    expect(el.getAttribute('label')).toBe('Bad\\u0001name\\u0000');
  });

  it('writes a relationship with no certainty of ours as unsourced in every format, not as stated', () => {
    const g = articleGraph();
    g.edges.push(
      handWritten('hand:musk-meta', 'WORKED_AT', 'person:elon-musk', 'org:meta', { role: 'adviser' }),
    );
    const json = JSON.parse(toJson(g)) as JsonGraph;
    expect(json.edges.find((e) => e.id === 'hand:musk-meta')!.certainty).toBe('unsourced');
    // A node claims none when it has none: our nodes carry no certainty, the facts about them do.
    expect(json.nodes.find((n) => n.id === 'person:elon-musk')!.properties).not.toHaveProperty('certainty');
    const [head, ...rows] = edgesCsv(g)
      .slice(1)
      .trim()
      .split('\r\n')
      .map((r) => r.split(','));
    expect(rows.find((r) => r[0] === 'hand:musk-meta')![head!.indexOf('certainty')]).toBe('unsourced');
    const gexf = new DOMParser().parseFromString(toGexf(g), 'application/xml');
    const el = [...gexf.getElementsByTagName('edge')].find((e) => e.getAttribute('id') === 'hand:musk-meta')!;
    expect(
      [...el.getElementsByTagName('attvalue')]
        .find((d) => d.getAttribute('for') === 'certainty')!
        .getAttribute('value'),
    ).toBe('unsourced');
    const graphml = new DOMParser().parseFromString(toGraphML(g), 'application/xml');
    const key = [...graphml.getElementsByTagName('key')]
      .find((k) => k.getAttribute('for') === 'edge' && k.getAttribute('attr.name') === 'certainty')!
      .getAttribute('id');
    const gEdge = [...graphml.getElementsByTagName('edge')].find(
      (e) => e.getAttribute('id') === 'hand:musk-meta',
    )!;
    expect(
      [...gEdge.getElementsByTagName('data')].find((d) => d.getAttribute('key') === key)?.textContent,
    ).toBe('unsourced');
  });
  it('writes each part of a talent flow with its own numbers only, so a summed column counts each move once', () => {
    // Alpha → Beta (made up): one stated and two implied named moves, and a report of "at least 5".
    const flows = flowScene({
      moves: 3,
      statedSources: ['source:a'],
      impliedSources: ['source:b'],
      reportSources: ['source:c'],
    });
    const [head, ...rows] = parseCsv(edgesCsv(flows)).map((r) => r.fields);
    const col = (name: string) => rows.map((r) => r[head!.indexOf(name)] ?? '');
    const sum = (name: string) => col(name).reduce((n, v) => n + (v === '' ? 0 : Number(v)), 0);
    expect(rows).toHaveLength(3);
    expect(sum('count')).toBe(3);
    expect(sum('reportedCount')).toBe(5);
    expect(head).not.toContain('statedCount');
    expect(head).not.toContain('moves');
    expect(col('certainty')).toEqual(['stated', 'implied', 'stated']);
    expect(col('sources:List<String>')).toEqual(['["source:a"]', '["source:b"]', '["source:c"]']);
    expect(new Set(col('flowId'))).toEqual(new Set(['flow:org:alpha->org:beta']));
    const json = JSON.parse(toJson(flows)) as GraphData;
    expect(json.edges.map((e) => [e.id, e.properties.count, e.properties.reportedCount])).toEqual([
      ['flow:org:alpha->org:beta', 1, undefined],
      ['flow:org:alpha->org:beta#implied', 2, undefined],
      ['flow:org:alpha->org:beta#reported', undefined, 5],
    ]);
    // The scene's parts themselves keep the whole flow's numbers, for their details panel.
    expect(flows.edges[0]!.properties).toMatchObject({ statedCount: 1, impliedCount: 2, reportedCount: 5 });
    // GraphML and GEXF carry the same rows.
    const graphml = toGraphML(flows);
    expect(graphml).not.toContain('attr.name="impliedCount"');
    expect(toGexf(flows)).not.toContain('impliedCount');
  });
  it('keeps numbers and booleans typed: GraphML and GEXF attributes, CSV numbers without the formula guard', () => {
    const g: GraphData = {
      nodes: [
        node('org:a', 'Organization', {
          name: 'A',
          size: 3,
          score: 0.5,
          open: true,
          mixed: 1,
          delta: -3,
          note: 'plain',
        }),
        node('org:b', 'Organization', {
          name: 'B',
          size: 12,
          score: 2,
          open: false,
          mixed: 'many',
          delta: 4,
          note: '-1',
        }),
      ],
      edges: [],
    };
    const graphml = new DOMParser().parseFromString(toGraphML(g), 'application/xml');
    const keyType = (name: string) =>
      [...graphml.getElementsByTagName('key')]
        .find((k) => k.getAttribute('for') === 'node' && k.getAttribute('attr.name') === name)!
        .getAttribute('attr.type');
    expect(['size', 'score', 'open', 'mixed', 'name'].map(keyType)).toEqual([
      'long',
      'double',
      'boolean',
      'string',
      'string',
    ]);
    const gexf = new DOMParser().parseFromString(toGexf(g), 'application/xml');
    const gexfType = (title: string) =>
      [...gexf.getElementsByTagName('attribute')]
        .find((a) => a.getAttribute('title') === title)!
        .getAttribute('type');
    expect(['size', 'score', 'open', 'mixed'].map(gexfType)).toEqual([
      'integer',
      'double',
      'boolean',
      'string',
    ]);
    // The number -3 is written as a number; the text '-1' still gets the formula guard, under a header that says
    // its column holds strings.
    const rows = nodesCsv(g).slice(1).trim().split('\r\n');
    const head = rows[0]!.split(',');
    const cells = (id: string) => rows.find((r) => r.startsWith(`${id},`))!.split(',');
    expect(cells('org:a')[head.indexOf('delta')]).toBe('-3');
    expect(cells('org:b')[head.indexOf('note:String')]).toBe("'-1");
  });
  it('types a property by its Cypher type in every file: a Float double, an Integer long, a date string', () => {
    // A made-up foreign graph as the API sends it (model/graph-schema.ts types): what JSON cannot show is hinted.
    const typed = (id: string, properties: Record<string, JsonValue>, types: Record<string, string>) => ({
      ...node(id, 'Item', properties),
      types,
    });
    const g: GraphData = {
      nodes: [
        typed(
          'neo4j:1',
          {
            w: 3,
            d: '2024-01-01',
            n: '-0.0',
            big: '9007199254740993',
            p: { srid: 7203, x: 1, y: 2 },
            mix: 1,
            id: 7,
          },
          { '/w': 'Float', '/d': 'Date', '/n': 'Float', '/big': 'Integer', '/p': 'Point' },
        ),
        typed(
          'neo4j:2',
          { w: 2.5, d: '2024-02-01', n: 1.5, big: 12, p: { srid: 7203, x: 3, y: 4 }, mix: 1.0, id: 8 },
          { '/w': 'Float', '/d': 'Date', '/n': 'Float', '/p': 'Point', '/mix': 'Float' },
        ),
      ],
      edges: [],
    };
    const graphml = new DOMParser().parseFromString(toGraphML(g), 'application/xml');
    const key = (name: string) =>
      [...graphml.getElementsByTagName('key')].find(
        (k) => k.getAttribute('for') === 'node' && k.getAttribute('attr.name') === name,
      )!;
    expect(
      ['w', 'n', 'big', 'd', 'p', 'mix', 'property.id'].map((k) => key(k).getAttribute('attr.type')),
    ).toEqual(['double', 'double', 'long', 'string', 'string', 'string', 'long']);
    // The Cypher type a string column stands for is kept in its key's description.
    expect(key('d').getElementsByTagName('desc')[0]?.textContent).toBe('Date');
    expect(key('p').getElementsByTagName('desc')[0]?.textContent).toBe('Point');
    // A CSV says it in the column's header; numbers are numbers, and a column mixing types holds any type.
    const header = nodesCsv(g).slice(1).split('\r\n')[0]!.split(',');
    expect(header).toEqual(
      expect.arrayContaining(['w', 'n', 'big', 'd:Date', 'p:Point', 'mix:Any', 'property.id']),
    );
    // A Float written 3 is written 3.0; -0.0 and the big integer exactly.
    const text = toGraphML(g);
    expect(text).toMatch(/<data key="n\d+">3\.0<\/data>/);
    expect(text).toContain('>-0.0</data>');
    expect(text).toContain('>9007199254740993</data>');
    const gexf = new DOMParser().parseFromString(toGexf(g), 'application/xml');
    const gexfType = (title: string) =>
      [...gexf.getElementsByTagName('attribute')]
        .find((a) => a.getAttribute('title') === title)!
        .getAttribute('type');
    expect(['w', 'n', 'big', 'd', 'p', 'mix'].map(gexfType)).toEqual([
      'double',
      'double',
      'long',
      'string',
      'string',
      'string',
    ]);
    // A GEXF label is no value typed as no string (a `name` that is a date).
    const dated: GraphData = {
      nodes: [typed('neo4j:3', { name: '2024-01-01' }, { '/name': 'Date' })],
      edges: [],
    };
    const label = new DOMParser()
      .parseFromString(toGexf(dated), 'application/xml')
      .getElementsByTagName('node')[0]!
      .getAttribute('label');
    expect(label).toBe('neo4j:3');
    // The JSON keeps the hints beside the properties.
    const json = JSON.parse(toJson(g)) as GraphData;
    expect(json.nodes[0]!.types).toEqual(g.nodes[0]!.types);
  });

  it('writes a plain number starting with a sign without the formula guard, which any other value keeps', () => {
    // Made-up values: the smallest Integer (sent as text), -0.0, -Infinity and a BC date, beside a string '-1'.
    const g: GraphData = {
      nodes: [
        {
          ...node('neo4j:1', 'Item', {
            min: '-9223372036854775808',
            z: '-0.0',
            inf: '-Infinity',
            d: '-0044-03-15',
            s: '-1',
          }),
          types: { '/min': 'Integer', '/z': 'Float', '/inf': 'Float', '/d': 'Date' },
        },
      ],
      edges: [],
    };
    const rows = nodesCsv(g).slice(1).trim().split('\r\n');
    const head = rows[0]!.split(',');
    const cells = rows[1]!.split(',');
    const cell = (k: string) => cells[head.indexOf(k)];
    // -Infinity and a BC date are no plain numbers: a spreadsheet would run them as formulas.
    expect(['min', 'z', 'inf', 'd:Date', 's:String'].map(cell)).toEqual([
      '-9223372036854775808',
      '-0.0',
      "'-Infinity",
      "'-0044-03-15",
      "'-1",
    ]);
  });

  it('writes no property.id for our own elements, flow parts included', () => {
    // A stored flow's parts carry its id property (flow:…), the implied part under an id of its own (…#implied).
    const g = flowScene({ id: 'flow:org:alpha->org:beta' });
    expect(g.edges.map((e) => e.id)).toContain('flow:org:alpha->org:beta#implied');
    const all = articleGraph();
    for (const data of [g, all]) {
      expect(nodesCsv(data).split('\r\n')[0]).not.toContain('property.');
      expect(edgesCsv(data).split('\r\n')[0]).not.toContain('property.');
    }
  });

  it('keeps a foreign graph’s properties named like a column whole, as property.<name>, in every format', () => {
    // A node with an `id: 42` of its own (named by its element id), a certainty score, a `labels` property, and a
    // relationship with a `type` and `source` of its own — none of them ours.
    const g: GraphData = {
      nodes: [
        node('neo4j:4:x:1', 'Author', { id: 42, certainty: 0.93, labels: 'tag', name: 'Inès' }),
        node('neo4j:4:x:2', 'Book', { title: 'Dune' }),
      ],
      edges: [
        edge('neo4j:5:x:3', 'WROTE', 'neo4j:4:x:1', 'neo4j:4:x:2', {
          type: 'co-author',
          source: 'catalogue',
          certainty: 0.5,
        }),
      ],
    };
    /** A CSV's first row by its header's names (no cell here holds a comma). */
    const firstRow = (csv: string) => {
      const [head, row] = csv.slice(1).split('\r\n');
      return Object.fromEntries(head!.split(',').map((k, i) => [k, row!.split(',')[i]]));
    };
    expect(firstRow(nodesCsv(g))).toMatchObject({
      id: 'neo4j:4:x:1',
      // The labels' JSON list text, quoted as CSV quotes a cell holding quotes.
      'labels:List<String>': '"[""Author""]"',
      certainty: '',
      'property.id': '42',
      'property.certainty': '0.93',
      'property.labels': 'tag',
    });
    expect(firstRow(edgesCsv(g))).toMatchObject({
      type: 'WROTE',
      source: 'neo4j:4:x:1',
      certainty: 'unsourced',
      'property.type': 'co-author',
      'property.source': 'catalogue',
      'property.certainty': '0.5',
    });
    // GraphML: typed keys of their own beside the file's.
    const doc = new DOMParser().parseFromString(toGraphML(g), 'application/xml');
    const keys = [...doc.getElementsByTagName('key')].map((k) => [
      k.getAttribute('attr.name'),
      k.getAttribute('attr.type'),
    ]);
    expect(keys).toEqual(
      expect.arrayContaining([
        ['property.id', 'long'],
        ['property.certainty', 'double'],
        ['property.type', 'string'],
      ]),
    );
    // GEXF: the relationship's type attribute is its type, its own `type` beside it.
    const gexf = new DOMParser().parseFromString(toGexf(g), 'application/xml');
    const titles = [...gexf.getElementsByTagName('attribute')].map((a) => a.getAttribute('title'));
    expect(titles).toEqual(
      expect.arrayContaining(['type', 'property.type', 'property.id', 'property.certainty']),
    );
    // JSON keeps the API's shape: the properties as they are.
    const json = JSON.parse(toJson(g)) as GraphData;
    expect(json.nodes[0]!.properties).toEqual({ id: 42, certainty: 0.93, labels: 'tag', name: 'Inès' });
    expect(json.edges[0]!.properties.certainty).toBe(0.5);
  });

  it('keeps a foreign relationship’s own id as property.id even when its flowId says the same', () => {
    // Made up: a foreign TRANSFER whose id and flowId properties are both 'x' (only our flow parts share them).
    const g: GraphData = {
      nodes: [node('neo4j:4:x:1', 'Thing'), node('neo4j:4:x:2', 'Thing')],
      edges: [edge('neo4j:5:x:3', 'TRANSFER', 'neo4j:4:x:1', 'neo4j:4:x:2', { id: 'x', flowId: 'x' })],
    };
    const [head, row] = edgesCsv(g).slice(1).trim().split('\r\n');
    const cells = Object.fromEntries(head!.split(',').map((k, i) => [k, row!.split(',')[i]]));
    expect(cells).toMatchObject({ id: 'neo4j:5:x:3', 'property.id': 'x', flowId: 'x' });
  });

  it('keeps properties named like an object’s members, or "", in a valid GEXF, as property.<name>', () => {
    // A made-up foreign graph whose property keys graphology-gexf's model (a plain {}) finds on Object.prototype.
    const names = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', ''];
    const props = (n: number) => Object.fromEntries(names.map((k, i) => [k, n * 10 + i]));
    const g: GraphData = {
      nodes: [node('neo4j:4:x:1', 'Thing', props(1)), node('neo4j:4:x:2', 'Thing', { 'property.': 'own' })],
      edges: [edge('neo4j:5:x:3', 'LINKS', 'neo4j:4:x:1', 'neo4j:4:x:2', props(2))],
    };
    const xml = toGexf(g);
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    // GEXF requires each attribute's id and each value's `for`.
    expect([...doc.getElementsByTagName('attribute')].every((a) => a.getAttribute('id'))).toBe(true);
    expect([...doc.getElementsByTagName('attvalue')].every((a) => a.getAttribute('for'))).toBe(true);
    const back = parseGexf(Graph, xml);
    const renamed = (k: string) => (k === '' ? 'property.property.' : `property.${k}`);
    expect(
      Object.fromEntries(names.map((k) => [renamed(k), back.getNodeAttribute('neo4j:4:x:1', renamed(k))])),
    ).toEqual(Object.fromEntries(names.map((k, i) => [renamed(k), 10 + i])));
    expect(back.getNodeAttribute('neo4j:4:x:2', 'property.')).toBe('own');
    const edgeKey = back.edges()[0]!;
    // No edge has a `property.` of its own: '' is named so there.
    expect(names.map((k) => back.getEdgeAttribute(edgeKey, `property.${k}`))).toEqual([
      20, 21, 22, 23, 24, 25,
    ]);
    // Typed as their values: every one an integer.
    const typeOf = (cls: string, title: string) =>
      [...doc.getElementsByTagName('attributes')]
        .find((a) => a.getAttribute('class') === cls)!
        .querySelector(`attribute[title="${title}"]`)
        ?.getAttribute('type');
    expect(names.map((k) => typeOf('node', renamed(k)))).toEqual(names.map(() => 'integer'));
    expect(names.map((k) => typeOf('edge', `property.${k}`))).toEqual(names.map(() => 'integer'));
  });

  it('renames a node’s own x and y property.x and property.y in a GraphML with positions, and only then', () => {
    // A made-up foreign graph with coordinates of its own: a Float x and a String y.
    const g: GraphData = {
      nodes: [
        {
          id: 'neo4j:4:x:1',
          labels: ['Site'],
          properties: { x: 3.0, y: 'north', name: 'a' },
          types: { '/x': 'Float' },
        },
        { id: 'neo4j:4:x:2', labels: ['Site'], properties: { name: 'b' } },
      ],
      edges: [],
    };
    const positions = new Map([['neo4j:4:x:1', { x: 10, y: -20 }]]);
    /** The keys a GraphML declares for nodes (name and type), and node 1's values by key name. */
    const read = (xml: string) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const keys = [...doc.getElementsByTagName('key')].filter((k) => k.getAttribute('for') === 'node');
      const nameOf = new Map(keys.map((k) => [k.getAttribute('id'), k.getAttribute('attr.name')]));
      const first = doc.getElementsByTagName('node')[0]!;
      return {
        keys: keys.map((k) => [k.getAttribute('attr.name'), k.getAttribute('attr.type')]),
        values: Object.fromEntries(
          [...first.getElementsByTagName('data')].map((d) => [
            nameOf.get(d.getAttribute('key')),
            d.textContent,
          ]),
        ),
      };
    };
    const placed = read(toGraphML(g, positions));
    // One key of each name: the layout's x and y, and the node's own beside them, typed as before.
    expect(placed.keys.map(([name]) => name).filter((n) => /(^|\.)[xy]$/.test(n ?? ''))).toEqual([
      'property.x',
      'property.y',
      'x',
      'y',
    ]);
    expect(placed.keys).toEqual(
      expect.arrayContaining([
        ['property.x', 'double'],
        ['property.y', 'string'],
        ['x', 'double'],
        ['y', 'double'],
      ]),
    );
    expect(placed.values).toMatchObject({ 'property.x': '3.0', 'property.y': 'north', x: '10', y: '-20' });
    // Without positions the file has no x or y of its own: the node's keep their names.
    const unplaced = read(toGraphML(g));
    expect(unplaced.keys.map(([name]) => name)).not.toContain('property.x');
    expect(unplaced.values).toMatchObject({ x: '3.0', y: 'north' });
  });

  it('writes nothing for a node without a property that another node’s is named constructor or toString', () => {
    // A made-up foreign graph: one Tag has properties named like Object's members, the other has none of them.
    const g: GraphData = {
      nodes: [
        {
          id: 'neo4j:4:x:1',
          labels: ['Tag'],
          properties: { constructor: 'maker', toString: 'text', name: 'a' },
        },
        { id: 'neo4j:4:x:2', labels: ['Tag'], properties: { name: 'b' } },
      ],
      edges: [],
    };
    const rows = nodesCsv(g).slice(1).trim().split('\r\n');
    expect(rows).toEqual([
      'id,labels:List<String>,certainty,constructor,name,toString',
      'neo4j:4:x:1,"[""Tag""]",,maker,a,text',
      'neo4j:4:x:2,"[""Tag""]",,,b,',
    ]);
    const doc = new DOMParser().parseFromString(toGraphML(g), 'application/xml');
    const texts = [...doc.getElementsByTagName('data')].map((d) => d.textContent);
    expect(texts.filter((t) => t?.includes('native code'))).toEqual([]);
    const key = [...doc.getElementsByTagName('key')].find(
      (k) => k.getAttribute('attr.name') === 'constructor',
    );
    expect(key?.getAttribute('attr.type')).toBe('string');
  });

  it('keeps a foreign relationship’s properties in the JSON as the database holds them, its certainty beside them', () => {
    // Made-up foreign relationships (a reader's review, one with a certainty score of its own) and one written by
    // hand with our type, beside the article's facts: none of the first three holds a certainty of ours.
    const g = articleGraph();
    g.nodes.push(
      node('neo4j:4:x:1', 'Reader', { name: 'Inès' }),
      node('neo4j:4:x:2', 'Book', { title: 'Dune' }),
    );
    g.edges.push(
      handWritten('neo4j:5:x:3', 'REVIEWED', 'neo4j:4:x:1', 'neo4j:4:x:2', { stars: 5 }),
      handWritten('neo4j:5:x:4', 'READ', 'neo4j:4:x:1', 'neo4j:4:x:2', { certainty: 0.93 }),
      handWritten('hand:musk-meta', 'WORKED_AT', 'person:elon-musk', 'org:meta', { role: 'adviser' }),
    );
    const json = JSON.parse(toJson(g)) as JsonGraph;
    const byId = new Map(json.edges.map((e) => [e.id, e]));
    // Every relationship's properties are exactly the database's: nothing added, nothing dropped.
    for (const e of g.edges) expect(byId.get(e.id)!.properties, e.id).toEqual(e.properties);
    // The certainty the app reads goes beside them, on every relationship, whether or not it has the property.
    expect(byId.get('neo4j:5:x:3')!.certainty).toBe('unsourced');
    expect(byId.get('neo4j:5:x:4')!.certainty).toBe('unsourced');
    expect(byId.get('hand:musk-meta')!.certainty).toBe('unsourced');
    expect(byId.get('fact:xinlei-chen-joined-xai')!.certainty).toBe('implied');
    for (const e of json.edges) expect(['stated', 'implied', 'unsourced'], e.id).toContain(e.certainty);
  });

  it('writes the view it was taken from into the JSON, GraphML and GEXF, and nothing when there is none', () => {
    const g = articleGraph();
    const view = 'Time: 2024–2025 · Implied hidden';
    expect((JSON.parse(toJson(g, view)) as { view: string }).view).toBe(view);
    expect(JSON.parse(toJson(g))).not.toHaveProperty('view');
    const graphml = new DOMParser().parseFromString(toGraphML(g, undefined, view), 'application/xml');
    expect(graphml.getElementsByTagName('parsererror')).toHaveLength(0);
    // The graph's own description (a key's describes its type: List<String>).
    const graphDesc = (doc: Document) =>
      [...doc.getElementsByTagName('graph')[0]!.children].find((c) => c.tagName === 'desc')?.textContent;
    expect(graphDesc(graphml)).toBe(view);
    expect(graphDesc(new DOMParser().parseFromString(toGraphML(g), 'application/xml'))).toBeUndefined();
    const gexf = new DOMParser().parseFromString(toGexf(g, undefined, view), 'application/xml');
    expect(gexf.getElementsByTagName('description')[0]?.textContent).toBe(view);
  });
  it('types a property alike in GraphML and GEXF when its values mix kinds, and trims only our flow parts', () => {
    const g: GraphData = {
      nodes: [node('n:1', 'Thing', { flag: true }), node('n:2', 'Thing', { flag: 1 })],
      edges: [
        // A foreign relationship that happens to have a flowId: not one of our flow parts, written whole.
        edge('t:1', 'TRANSFER', 'n:1', 'n:2', { flowId: 'f1', moves: 4, reports: 2, since: '2020' }),
      ],
    };
    const gexf = new DOMParser().parseFromString(toGexf(g), 'application/xml');
    const flag = [...gexf.getElementsByTagName('attribute')].find((a) => a.getAttribute('title') === 'flag')!;
    expect(flag.getAttribute('type')).toBe('string');
    expect(toGraphML(g)).toContain('attr.name="flag" attr.type="string"');
    const json = JSON.parse(toJson(g)) as GraphData;
    expect(json.edges[0]!.properties).toMatchObject({ flowId: 'f1', moves: 4, reports: 2, since: '2020' });
  });

  it('dates each flow part by its own span, not the whole flow’s since and until', () => {
    // No implied moves here: a stated part and the reported one.
    const flows = flowScene({
      count: 1,
      impliedCount: 0,
      since: '2019',
      until: '2024',
      moveSpanSince: '2023',
      moveSpanUntil: '2023',
      reportSpanSince: '2019',
      reportSpanUntil: '2024',
    });
    const json = JSON.parse(toJson(flows)) as GraphData;
    expect(json.edges.map((e) => [e.id, e.properties.spanSince, e.properties.since])).toEqual([
      ['flow:org:alpha->org:beta', '2023', undefined],
      ['flow:org:alpha->org:beta#reported', '2019', undefined],
    ]);
  });
});
