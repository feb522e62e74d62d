// The Cypher type of a graph element's property in plain JSON: the element's `types` (model/graph-schema.ts; JSON
// Pointer into its properties → Query API type name) where the server gave one, else what the JSON says. One reading
// for everything built from a graph — names, the details panel, the exports — so none of them mistakes a Float
// written 3 for an Integer, or a date, bytes or a big integer written as text for a String. Also the float text
// Cypher writes (3.0, 1.0E21), shared by the result table and the exports.
import type { JsonValue } from './graph.js';

/** An element's hints: JSON Pointer into its properties (/born, /dates/0) → Query API type name. */
export type PropertyTypes = Readonly<Record<string, string>>;

/** One JSON Pointer reference token (RFC 6901). */
export function pointerToken(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * The `types` a graph element carries, read from a row's hints (JSON Pointer into the row → type name) for the node
 * or relationship at `pointer`: a row's elements are hinted by the row, not by their own `types`, and what reads an
 * element (its name, the details panel, the exports) reads those. Undefined when none of its properties is hinted.
 */
export function elementTypes(
  hints: Readonly<Record<string, string>> | undefined,
  pointer: string,
): Record<string, string> | undefined {
  if (!hints) return undefined;
  const prefix = `${pointer}/properties`;
  let out: Record<string, string> | undefined;
  for (const [p, t] of Object.entries(hints))
    if (p.startsWith(`${prefix}/`)) (out ??= {})[p.slice(prefix.length)] = t;
  return out;
}

/**
 * An element's own property `key`, undefined when it has none. The keys asked for are the database's (a column of an
 * export spans every element's), and indexing a JSON object by `constructor` or `toString` finds Object's members.
 */
export function propertyValue(
  properties: Readonly<Record<string, JsonValue>>,
  key: string,
): JsonValue | undefined {
  return Object.hasOwn(properties, key) ? properties[key] : undefined;
}

/** The pointer of a property in its element's `types`. */
export function propertyPointer(key: string): string {
  return `/${pointerToken(key)}`;
}

/**
 * The Cypher type of a value without a hint, from its JSON: the API hints every Float, so a whole number is an
 * Integer; a fraction can only be a Float (values the client made itself carry no hints).
 */
export function jsonType(value: JsonValue | undefined): string {
  if (value === null || value === undefined) return 'Null';
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'Integer' : 'Float';
  if (typeof value === 'string') return 'String';
  return Array.isArray(value) ? 'List' : 'Map';
}

/** The Cypher type of an element's property `key`: its hint, else its JSON's. */
export function propertyType(
  item: { properties: Readonly<Record<string, JsonValue>>; types?: PropertyTypes | undefined },
  key: string,
): string {
  return item.types?.[propertyPointer(key)] ?? jsonType(propertyValue(item.properties, key));
}

/** Whether an element's property `key` is written as a string but is not one (a date, bytes, a big integer, NaN). */
export function isTypedText(
  properties: Readonly<Record<string, unknown>>,
  types: PropertyTypes | undefined,
  key: string,
): boolean {
  return typeof properties[key] === 'string' && types?.[propertyPointer(key)] !== undefined;
}

/**
 * The Query API's type names of values plain JSON writes as text that could pass for a String: temporals,
 * durations, points and byte arrays. One list for the Query API's type names (model/api-responses.ts) and the types
 * the client shows with a badge (client/state/cypher-values.ts).
 */
export const TEXT_WRITTEN_TYPES = [
  'Date',
  'Time',
  'LocalTime',
  'DateTime',
  'OffsetDateTime',
  'LocalDateTime',
  'Duration',
  'Point',
  'Base64',
] as const;

/** Types written as text in plain JSON whose value reads as a Cypher literal of that kind. */
export const TEMPORAL_FUNCTIONS: Readonly<Record<string, string>> = {
  Date: 'date',
  Time: 'time',
  LocalTime: 'localtime',
  DateTime: 'datetime',
  OffsetDateTime: 'datetime',
  LocalDateTime: 'localdatetime',
  Duration: 'duration',
};

/** A float as Cypher writes it: always with a fraction or exponent (3.0, 0.5, 1.0E21), NaN and ±Infinity as such. */
export function floatText(value: JsonValue): string {
  if (typeof value !== 'number') return String(value);
  if (!Number.isFinite(value)) return String(value);
  const text = String(value);
  if (/e/i.test(text)) {
    const [m, e] = text.split(/e/i) as [string, string];
    return `${m.includes('.') ? m : `${m}.0`}E${Number(e)}`;
  }
  return text.includes('.') ? text : `${text}.0`;
}

/**
 * A point as plain JSON gives it ({srid, x, y, z?}, coordinates JSON cannot hold written as Cypher's text: "-0.0")
 * written as the Query API's typed JSON writes it, extended WKT with its SRID: SRID=7203;POINT (1.0 -0.0),
 * SRID=9157;POINT Z (1.0 2.0 3.0). Its coordinates are Floats, and JSON would write 1.0 as 1, an Integer.
 * Undefined for a value that is no point.
 */
export function pointWkt(value: JsonValue | undefined): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { srid, x, y, z } = value;
  if (srid === undefined || x === undefined || y === undefined) return undefined;
  const coords = [x, y, ...(z === undefined ? [] : [z])].map(floatText).join(' ');
  return `SRID=${String(srid)};POINT${z === undefined ? '' : ' Z'} (${coords})`;
}
