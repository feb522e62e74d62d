// @vitest-environment jsdom
// The CSV's spreadsheet formula guard holds for every cell that starts like a formula, whatever the value's type
// (a BC date typed Date is run by Excel and LibreOffice as -44-3-15), but a plain number in a number column, which a
// spreadsheet reads as the number it is. A String column of values that look like numbers (007, 1e5) says so in its
// header, as the typed headers say a date column's type.
import { describe, expect, it } from 'vitest';
import { nodesCsv } from '../../../../client/graph/exports.js';
import type { GraphData, JsonValue } from '../../../../model/graph.js';
import { parseCsv } from '../../../../seed/csv.js';
import { node } from '../fixtures.js';

function csvRows(text: string): Record<string, string>[] {
  const [head, ...rows] = parseCsv(text).map((r) => r.fields);
  return rows.map((r) => Object.fromEntries(head!.map((k, i) => [k, r[i] ?? ''])));
}

const item = (id: string, properties: Record<string, JsonValue>, types: Record<string, string> = {}) => ({
  ...node(id, 'Item', properties),
  types,
});

describe('the CSV formula guard', () => {
  it('guards a typed cell that starts like a formula, and leaves plain negative numbers as numbers', () => {
    // Made-up values: a BC date, -Infinity, Base64 starting with + and =, beside numbers of number columns.
    const g: GraphData = {
      nodes: [
        item(
          'neo4j:1',
          {
            d: '-0044-03-15',
            inf: '-Infinity',
            b: '+/8=',
            min: '-9223372036854775808',
            z: '-0.0',
            f: -2.5,
            i: -3,
            e: -1e-7,
            plus: '+0044-03-15',
          },
          {
            '/d': 'Date',
            '/inf': 'Float',
            '/b': 'Base64',
            '/min': 'Integer',
            '/z': 'Float',
            '/plus': 'Date',
          },
        ),
      ],
      edges: [],
    };
    const [row] = csvRows(nodesCsv(g));
    expect(row!['d:Date']).toBe("'-0044-03-15");
    expect(row!['plus:Date']).toBe("'+0044-03-15");
    expect(row!['inf']).toBe("'-Infinity");
    expect(row!['b:Base64']).toBe("'+/8=");
    // Plain numbers in number columns are written bare, as a spreadsheet reads them.
    expect(row!['min']).toBe('-9223372036854775808');
    expect(row!['z']).toBe('-0.0');
    expect(row!['f']).toBe('-2.5');
    expect(row!['i']).toBe('-3');
    expect(row!['e']).toBe('-1e-7');
  });

  it('guards a number written as JSON text only where it is not a plain number', () => {
    // A column mixing types (mix:Any) writes each value as its JSON text: -3 is the number it reads as.
    const g: GraphData = {
      nodes: [item('neo4j:1', { mix: -3 }), item('neo4j:2', { mix: '-3' })],
      edges: [],
    };
    expect(csvRows(nodesCsv(g)).map((r) => r['mix:Any'])).toEqual(['-3', '"-3"']);
  });

  it('says in the header that a String column holds text when its values look like numbers', () => {
    const g: GraphData = {
      nodes: [
        item('neo4j:1', { zip: '007', code: '1e5', name: 'a' }),
        item('neo4j:2', { zip: '12', code: 'x', name: 'b' }),
      ],
      edges: [],
    };
    const rows = csvRows(nodesCsv(g));
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(['zip:String', 'code:String', 'name']));
    expect(rows.map((r) => r['zip:String'])).toEqual(['007', '12']);
  });
});
