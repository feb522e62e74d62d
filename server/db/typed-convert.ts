// The typed converter beside the plain one (convert.ts): driver values → the Neo4j Query API's typed JSON
// (`{"$type": …, "_value": …}` for every value), so every Cypher value survives JSON exactly — integers of 64 bits,
// floats (3.0, -0.0, NaN, ±Infinity) told apart from integers, temporals with their zones, durations, points, bytes.
// Also the Cypher text forms (toString()) of temporals and durations, which the plain JSON writes too.
import {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPathSegment,
  isPoint,
  isRelationship,
  isTime,
  isUnboundRelationship,
  type Duration,
  type Integer,
  type Point,
} from 'neo4j-driver';
import type { QUERY_API_TYPES } from '../../model/api-responses.js';
import type { JsonValue } from '../../model/graph.js';
import { setOwn } from '../../model/properties.js';

/** The Query API's names for Cypher types (`$type`): model/api-responses.ts lists them once, for the schema too. */
export type QueryApiType = (typeof QUERY_API_TYPES)[number];

export interface TypedValue {
  $type: QueryApiType;
  _value: JsonValue;
}

const NANOS_PER_SECOND = 1_000_000_000n;

function big(value: Integer | number | bigint): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') return BigInt(value);
  return BigInt(value.toString());
}

/**
 * A float as Java's Double.toString writes it (the Query API's and Cypher's form): "3.0", "-0.0", "1.0E21",
 * "1.0E-5", "NaN", "Infinity", "-Infinity". The digits are the shortest that read back to the same double.
 */
export function floatToString(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Number.POSITIVE_INFINITY) return 'Infinity';
  if (x === Number.NEGATIVE_INFINITY) return '-Infinity';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const [mantissa, exp] = Math.abs(x).toExponential().split('e') as [string, string];
  const digits = mantissa.replace('.', '');
  const e = Number(exp);
  const abs = Math.abs(x);
  if (abs >= 1e-3 && abs < 1e7) {
    // Plain decimal with at least one digit after the point.
    if (e >= 0) {
      const whole = digits.slice(0, e + 1).padEnd(e + 1, '0');
      const frac = digits.slice(e + 1) || '0';
      return `${sign}${whole}.${frac}`;
    }
    return `${sign}0.${'0'.repeat(-e - 1)}${digits}`;
  }
  return `${sign}${digits[0]}.${digits.slice(1) || '0'}E${e}`;
}

/**
 * A duration as Cypher's toString() writes it: years and months from the months, days, then hours, minutes and
 * seconds from the seconds (each part with its own sign, zero parts left out), e.g. P14DT16H12M, PT-1M-1.1S, PT0S.
 */
export function durationToString(d: Duration): string {
  const months = big(d.months);
  const days = big(d.days);
  let s = big(d.seconds);
  let n = big(d.nanoseconds);
  if (months === 0n && days === 0n && s === 0n && n === 0n) return 'PT0S';
  let out = 'P';
  const part = (q: bigint, unit: string) => {
    if (q !== 0n) out += `${q}${unit}`;
  };
  // BigInt division truncates toward zero, as Java's does.
  part(months / 12n, 'Y');
  part(months % 12n, 'M');
  part(days, 'D');
  if (s !== 0n || n !== 0n) {
    // The driver keeps nanoseconds in [0, 1e9); a negative duration's fraction belongs to its negative seconds.
    if (s < 0n && n !== 0n) {
      s += 1n;
      n -= NANOS_PER_SECOND;
    }
    out += 'T';
    part(s / 3600n, 'H');
    s %= 3600n;
    part(s / 60n, 'M');
    s %= 60n;
    const fraction = (nanos: bigint) =>
      nanos === 0n ? '' : `.${(nanos < 0n ? -nanos : nanos).toString().padStart(9, '0').replace(/0+$/, '')}`;
    if (s !== 0n) out += `${s}${fraction(n)}S`;
    else if (n !== 0n) out += `${n < 0n ? '-' : ''}0${fraction(n)}S`;
  }
  return out;
}

/**
 * A date, time or date-time as Cypher's toString() writes it. The driver's own toString differs in two ways that
 * this corrects: it always writes nine fraction digits (Cypher drops trailing zeros: 12:00:01.5), and it writes
 * years with six digits (Cypher, as ISO 8601: 2025, -0044, +12345).
 */
export function temporalToString(value: { toString(): string }): string {
  return value
    .toString()
    .replace(/^([+-])0*(\d+)/, (_m, sign: string, year: string) =>
      sign === '-' ? `-${year.padStart(4, '0')}` : `+${year}`,
    )
    .replace(/(\d{2}:\d{2}:\d{2})\.(\d{9})/, (_m, hms: string, frac: string) => {
      const trimmed = frac.replace(/0+$/, '');
      return trimmed ? `${hms}.${trimmed}` : hms;
    });
}

/** A point as the Query API writes it: extended WKT with its SRID, e.g. SRID=4326;POINT (12.5 41.9). */
export function pointToWkt(p: Point): string {
  const srid = big(p.srid as Integer | number);
  const coords = [p.x, p.y, ...(p.z === undefined ? [] : [p.z])].map(floatToString).join(' ');
  return `SRID=${srid};POINT${p.z === undefined ? '' : ' Z'} (${coords})`;
}

/** The Query API type of a driver value (null for a value it does not know, e.g. a path segment). */
export function queryApiTypeOf(value: unknown): QueryApiType {
  if (value === null || value === undefined) return 'Null';
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'number') return 'Float';
  if (typeof value === 'bigint' || isInt(value)) return 'Integer';
  if (isNode(value)) return 'Node';
  if (isRelationship(value)) return 'Relationship';
  if (isPath(value)) return 'Path';
  if (isDate(value)) return 'Date';
  if (isTime(value)) return 'Time';
  if (isLocalTime(value)) return 'LocalTime';
  if (isDateTime(value)) return value.timeZoneId ? 'ZonedDateTime' : 'OffsetDateTime';
  if (isLocalDateTime(value)) return 'LocalDateTime';
  if (isDuration(value)) return 'Duration';
  if (isPoint(value)) return 'Point';
  if (value instanceof Uint8Array || value instanceof Int8Array) return 'Base64';
  if (Array.isArray(value)) return 'List';
  if (isPathSegment(value) || isUnboundRelationship(value)) return 'Unsupported';
  if (typeof value === 'object') return 'Map';
  return 'Unsupported';
}

function bytesToBase64(value: Uint8Array | Int8Array): string {
  return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64');
}

function typedProperties(properties: Record<string, unknown>): { [k: string]: JsonValue } {
  const out: { [k: string]: JsonValue } = {};
  for (const [k, v] of Object.entries(properties)) setOwn(out, k, toTypedJson(v) as unknown as JsonValue);
  return out;
}

/** Converts any driver value to the Query API's typed JSON. */
export function toTypedJson(value: unknown): TypedValue {
  const $type = queryApiTypeOf(value);
  const typed = (_value: JsonValue): TypedValue => ({ $type, _value });
  switch ($type) {
    case 'Null':
      return typed(null);
    case 'Boolean':
    case 'String':
      return typed(value as boolean | string);
    case 'Integer':
      return typed(big(value as Integer | bigint).toString());
    case 'Float':
      return typed(floatToString(value as number));
    case 'Base64':
      return typed(bytesToBase64(value as Uint8Array));
    case 'Date':
    case 'Time':
    case 'LocalTime':
    case 'ZonedDateTime':
    case 'OffsetDateTime':
    case 'LocalDateTime':
      return typed(temporalToString(value as { toString(): string }));
    case 'Duration':
      return typed(durationToString(value as Duration));
    case 'Point':
      return typed(pointToWkt(value as Point));
    case 'List':
      return typed((value as unknown[]).map((v) => toTypedJson(v) as unknown as JsonValue));
    case 'Map':
      return typed(typedProperties(value as Record<string, unknown>));
    case 'Node': {
      const n = value as import('neo4j-driver').Node;
      return typed({
        _element_id: n.elementId,
        _labels: [...n.labels],
        _properties: typedProperties(n.properties),
      });
    }
    case 'Relationship': {
      const r = value as import('neo4j-driver').Relationship;
      return typed({
        _element_id: r.elementId,
        _start_node_element_id: r.startNodeElementId,
        _end_node_element_id: r.endNodeElementId,
        _type: r.type,
        _properties: typedProperties(r.properties),
      });
    }
    case 'Path': {
      // Alternating nodes and relationships, from the start node to the end node.
      const p = value as import('neo4j-driver').Path;
      const items: JsonValue[] = [toTypedJson(p.start) as unknown as JsonValue];
      for (const seg of p.segments) {
        items.push(toTypedJson(seg.relationship) as unknown as JsonValue);
        items.push(toTypedJson(seg.end) as unknown as JsonValue);
      }
      return typed(items);
    }
    default:
      return { $type: 'Unsupported', _value: String(value) };
  }
}
