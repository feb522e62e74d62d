// The client's reading of a plain-JSON Cypher result's types (hints from the server, else the JSON itself) and the
// text that shows them: 3 vs 3.0, a date vs a string, NaN a float, a big integer a number, nested values typed.
import { describe, expect, it } from 'vitest';
import {
  columnPointer,
  elementTypes,
  floatText,
  jsonText,
  literalText,
  scalarText,
  typeAt,
} from '../../../../client/state/cypher-values.js';

describe('typeAt', () => {
  it('takes the server’s hint, else reads the type from the JSON', () => {
    const hints = { '/f': 'Float', '/d': 'Date', '/big': 'Integer', '/nan': 'Float' };
    expect(typeAt(3, '/i', hints)).toBe('Integer');
    expect(typeAt(3, '/f', hints)).toBe('Float');
    expect(typeAt('2025-08-29', '/d', hints)).toBe('Date');
    expect(typeAt('2025-08-29', '/s', hints)).toBe('String');
    expect(typeAt('9223372036854775807', '/big', hints)).toBe('Integer');
    expect(typeAt('NaN', '/nan', hints)).toBe('Float');
    expect(typeAt(null, '/x', undefined)).toBe('Null');
    expect(typeAt({ id: 'a', labels: ['X'], properties: {} }, '/n', undefined)).toBe('Node');
    expect(columnPointer('odd/key~')).toBe('/odd~1key~0');
  });
});

describe('the text of typed values', () => {
  it('writes floats with their fraction and keeps NaN and infinities', () => {
    expect(floatText(3)).toBe('3.0');
    expect(floatText(0.5)).toBe('0.5');
    expect(floatText(1e21)).toBe('1.0E21');
    expect(floatText(2.5e-10)).toBe('2.5E-10');
    expect(floatText('NaN')).toBe('NaN');
    expect(floatText('-0.0')).toBe('-0.0');
    expect(scalarText(3, 'Integer')).toBe('3');
    expect(scalarText(3, 'Float')).toBe('3.0');
    expect(scalarText({ srid: 4326, x: 12.5, y: 41.9 }, 'Point')).toBe(
      'point({srid: 4326, x: 12.5, y: 41.9})',
    );
  });

  it('writes lists and maps as Cypher-like literals, typing nested values by their pointers', () => {
    const hints = { '/l/1': 'Float', '/l/3/0': 'Date', '/m/b/c': 'Duration' };
    expect(literalText([1, 2, 'x', ['2025-01-01']], '/l', hints)).toBe(
      '[1, 2.0, "x", [date(\'2025-01-01\')]]',
    );
    expect(literalText({ a: 1, b: { c: 'P14DT16H12M' }, 'odd key': null }, '/m', hints)).toBe(
      "{a: 1, b: {c: duration('P14DT16H12M')}, `odd key`: null}",
    );
  });

  it('writes nested nodes and relationships with their own properties, typed, and no invented id', () => {
    // collect(m) of the Movies graph: nodes with no `id` of their own, named by their element id.
    const matrix = {
      id: 'neo4j:4:m:7',
      labels: ['Movie'],
      properties: { title: 'The Matrix', released: 1999, rating: 8, tagline: 'x'.repeat(100), votes: 5 },
    };
    const hints = { '/l/0/properties/rating': 'Float', '/l/1/properties/on': 'Date' };
    const acted = {
      id: 'neo4j:5:m:9',
      type: 'ACTED IN',
      source: 'a',
      target: 'b',
      properties: { on: '1999-03-31' },
    };
    const bare = { id: 'neo4j:4:m:8', labels: [], properties: {} };
    const text = literalText([matrix, acted, bare], '/l', hints);
    expect(text).toBe(
      `[(:Movie {title: "The Matrix", released: 1999, rating: 8.0, tagline: "${'x'.repeat(78)}…, …}), ` +
        "[:`ACTED IN` {on: date('1999-03-31')}], ()]",
    );
    expect(text).not.toContain('neo4j:');
  });
});

describe('elementTypes', () => {
  it('reads a row node’s property types from the row’s hints, as a graph element carries them', () => {
    // A made-up row: a node at /n with a date and a Float, another at /list/0 with a big integer.
    const hints = {
      '/n/properties/born': 'Date',
      '/n/properties/w': 'Float',
      '/n/properties/a~1b': 'Date',
      '/list/0/properties/big': 'Integer',
      '/nn/properties/x': 'Float',
    };
    expect(elementTypes(hints, '/n')).toEqual({ '/born': 'Date', '/w': 'Float', '/a~1b': 'Date' });
    expect(elementTypes(hints, '/list/0')).toEqual({ '/big': 'Integer' });
    expect(elementTypes(hints, '/m')).toBeUndefined();
    expect(elementTypes(undefined, '/n')).toBeUndefined();
  });
});

describe('bidi controls inside a value (unbalanced ones reordered the text around them)', () => {
  const RLO = '\u202E';
  it('writes each as \\uXXXX in a list’s or a map’s literal text, so the brackets and elements keep their order', () => {
    const list = ['x\u202Eabc', 'def', 1];
    expect(literalText(list, '/l', undefined)).toBe('["x\\u202Eabc", "def", 1]');
    expect(literalText({ k: 'm\u202En', z: 2 }, '/m', undefined)).toBe('{k: "m\\u202En", z: 2}');
    expect(literalText(['a\u2067b', 2], '/iso', undefined)).toBe('["a\\u2067b", 2]');
    // Every control of the set, and none left in the text; other characters (Arabic, emoji) as they are.
    const all = '\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';
    const text = literalText([`${all}عربي😀`], '/a', undefined);
    expect(text).toBe(
      '["\\u061C\\u200E\\u200F\\u202A\\u202B\\u202C\\u202D\\u202E\\u2066\\u2067\\u2068\\u2069عربي😀"]',
    );
    expect(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/.test(text)).toBe(false);
    // A key and a label too, and a nested node's property.
    expect(literalText({ [`k${RLO}`]: 1 }, '/m', undefined)).toBe('{`k\\u202E`: 1}');
    const node = { id: 'n:1', labels: [`L${RLO}`], properties: { name: `a${RLO}b` } };
    expect(literalText(node, '/n', { '/n': 'Node' })).toBe('(:`L\\u202E` {name: "a\\u202Eb"})');
  });

  it('isolates each string and backticked name for a display (FSI…PDI inside its quotes), a cut one closed', () => {
    const [FSI, PDI] = ['\u2068', '\u2069'];
    expect(literalText(['أ', 'ب', 1], '/l', undefined, true)).toBe(`["${FSI}أ${PDI}", "${FSI}ب${PDI}", 1]`);
    expect(literalText({ 'مفتاح ب': 'ج' }, '/m', undefined, true)).toBe(
      `{\`${FSI}مفتاح ب${PDI}\`: "${FSI}ج${PDI}"}`,
    );
    // A control inside stays escaped, so the only isolates are the display's own.
    expect(literalText(['a\u2069b'], '/l', undefined, true)).toBe(`["${FSI}a\\u2069b${PDI}"]`);
    // A nested node's long property cut: its isolate closed before the "…".
    const node = { id: 'n:1', labels: ['Doc'], properties: { t: 'ب'.repeat(100) } };
    const text = literalText(node, '/n', { '/n': 'Node' }, true);
    expect(text.endsWith(`${PDI}…})`)).toBe(true);
    expect(text.split(FSI).length).toBe(text.split(PDI).length);
    // Without `isolated`, the literal alone (what Cypher reads).
    expect(literalText(['أ'], '/l', undefined)).toBe('["أ"]');
  });

  it('keeps the JSON tab’s text valid JSON that reads back to the same characters', () => {
    const value = { rows: [{ l: ['x\u202Eabc', 'def', 1], [`k${RLO}`]: 'ok' }] };
    const text = jsonText(value);
    expect(text).toContain('"x\\u202Eabc"');
    expect(text).toContain('"k\\u202E"');
    expect(/[\u202E]/.test(text)).toBe(false);
    expect(JSON.parse(text)).toEqual(value);
    expect(jsonText({ a: 'plain' })).toBe(JSON.stringify({ a: 'plain' }, null, 2));
  });

  it('leaves a string shown alone as it is (its cell isolates it)', () => {
    expect(scalarText(`x${RLO}abc`, 'String')).toBe(`x${RLO}abc`);
  });
});
