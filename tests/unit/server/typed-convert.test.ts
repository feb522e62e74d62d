// The typed converter's text forms on hand-built driver values (no database): floats as Java writes them,
// durations and temporals as Cypher's toString() does (checked against the real Neo4j in cypher-values.test.ts).
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import {
  durationToString,
  floatToString,
  pointToWkt,
  temporalToString,
  toTypedJson,
} from '../../../server/db/typed-convert.js';
import { rowTypeHints } from '../../../server/db/type-hints.js';

const int = (n: number | string) => neo4j.int(n);
const duration = (months: number, days: number, seconds: number, nanos: number) =>
  new neo4j.types.Duration(int(months), int(days), int(seconds), int(nanos));

describe('floatToString', () => {
  it.each([
    [3, '3.0'],
    [-0, '-0.0'],
    [0, '0.0'],
    [0.1, '0.1'],
    [123.456, '123.456'],
    [1234567, '1234567.0'],
    [1e7, '1.0E7'],
    [1e21, '1.0E21'],
    [0.001, '0.001'],
    [0.0001, '1.0E-4'],
    [-2.5e-10, '-2.5E-10'],
    // Java writes the smallest subnormal 4.9E-324; the shortest digits read back to the same double too.
    [5e-324, '5.0E-324'],
    [Number.MAX_VALUE, '1.7976931348623157E308'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [Number.NEGATIVE_INFINITY, '-Infinity'],
  ])('writes %d as %s, which reads back to the same double', (x, text) => {
    expect(floatToString(x)).toBe(text);
    expect(Object.is(Number(text), x)).toBe(true);
  });
});

describe('durationToString', () => {
  it.each([
    [duration(0, 14, 58_320, 0), 'P14DT16H12M'],
    [duration(0, 0, 0, 0), 'PT0S'],
    [duration(14, 0, 0, 0), 'P1Y2M'],
    [duration(-14, 0, 0, 0), 'P-1Y-2M'],
    [duration(-11, 0, 0, 0), 'P-11M'],
    [duration(0, 0, -2, 500_000_000), 'PT-1.5S'],
    [duration(0, 0, -1, 999_999_999), 'PT-0.000000001S'],
    [duration(0, 0, 0, 500_000_000), 'PT0.5S'],
    [duration(-3, 2, -3662, 750_000_000), 'P-3M2DT-1H-1M-1.25S'],
    [duration(0, 1, -1, 0), 'P1DT-1S'],
    [duration(0, 0, -90_000, 0), 'PT-25H'],
    [duration(0, 0, 59, 500_000_000), 'PT59.5S'],
  ])('writes %s as %s', (d, text) => {
    expect(durationToString(d)).toBe(text);
  });
});

describe('temporals, points and typed values', () => {
  it('writes years as ISO 8601 and drops trailing fraction zeros', () => {
    expect(temporalToString(new neo4j.types.Date(int(-44), int(3), int(15)))).toBe('-0044-03-15');
    expect(temporalToString(new neo4j.types.Date(int(12345), int(1), int(1)))).toBe('+12345-01-01');
    expect(temporalToString(new neo4j.types.LocalTime(int(0), int(0), int(0), int(123_456_000)))).toBe(
      '00:00:00.123456',
    );
  });

  it('names a date-time with a zone id ZonedDateTime and one with an offset only OffsetDateTime, as the Query API does', () => {
    const zoned = new neo4j.types.DateTime(2025, 6, 17, 9, 30, 0, 500_000_000, 7200, 'Europe/Berlin');
    const offset = new neo4j.types.DateTime(2025, 6, 17, 9, 30, 0, 0, 7200);
    expect(toTypedJson(zoned)).toEqual({
      $type: 'ZonedDateTime',
      _value: '2025-06-17T09:30:00.5+02:00[Europe/Berlin]',
    });
    expect(toTypedJson(offset)).toEqual({ $type: 'OffsetDateTime', _value: '2025-06-17T09:30:00+02:00' });
    // The plain format's `types` keep their documented name for a zoned one (docs/api.md).
    expect(rowTypeHints({ zoned, offset })).toEqual({ '/zoned': 'DateTime', '/offset': 'OffsetDateTime' });
  });

  it('writes points as extended WKT', () => {
    expect(pointToWkt(new neo4j.types.Point(int(4326), 12.5, 41.9))).toBe('SRID=4326;POINT (12.5 41.9)');
    expect(pointToWkt(new neo4j.types.Point(int(9157), 1, 2, 3))).toBe('SRID=9157;POINT Z (1.0 2.0 3.0)');
  });

  it('types integers as exact decimal strings and floats apart from them', () => {
    expect(toTypedJson(int('9223372036854775807'))).toEqual({
      $type: 'Integer',
      _value: '9223372036854775807',
    });
    expect(toTypedJson(BigInt('-9223372036854775808'))).toEqual({
      $type: 'Integer',
      _value: '-9223372036854775808',
    });
    expect(toTypedJson(3)).toEqual({ $type: 'Float', _value: '3.0' });
    expect(toTypedJson(new Int8Array([1, 2, -1]))).toEqual({ $type: 'Base64', _value: 'AQL/' });
    expect(toTypedJson({ a: [null] })).toEqual({
      $type: 'Map',
      _value: { a: { $type: 'List', _value: [{ $type: 'Null', _value: null }] } },
    });
  });
});

describe('a key named __proto__ (as the driver of neo4j/connect.ts decodes it: an own key)', () => {
  const withProto = (value: unknown, rest: Record<string, unknown> = {}) =>
    Object.assign(Object.defineProperty({}, '__proto__', { value, enumerable: true }), rest);

  it('writes a map key and a node property named __proto__ as keys with their typed values', () => {
    const map = toTypedJson(withProto(int(5), { b: 'x' }));
    expect(map.$type).toBe('Map');
    expect(Object.entries(map._value as object)).toEqual([
      ['__proto__', { $type: 'Integer', _value: '5' }],
      ['b', { $type: 'String', _value: 'x' }],
    ]);
    const node = toTypedJson(new neo4j.types.Node(int(1), ['Tag'], withProto('kept'), '4:db:1'));
    const props = (node._value as { _properties: object })._properties;
    expect(Object.entries(props)).toEqual([['__proto__', { $type: 'String', _value: 'kept' }]]);
  });
});
