// The type hints of converted values: what plain JSON cannot show (a Float written 3, a date written as text, a
// big integer written as digits), by JSON Pointer into the converted value. One hint function for everything the
// converter writes — a Cypher answer's rows and every graph's nodes and relationships (their `types`) — so a value
// keeps its Cypher type wherever it reaches the user. Split from convert.ts, which uses it (no import back).
import type { Integer, Node, Path } from 'neo4j-driver';
import type { TEXT_WRITTEN_TYPES } from '../../model/value-types.js';
import { floatToString, queryApiTypeOf, type QueryApiType } from './typed-convert.js';

/** Integers within ±(2^53 − 1) become numbers; larger ones strings, so no digit is lost. */
export function integerToJson(value: Integer | bigint): number | string {
  if (typeof value === 'bigint') {
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  }
  return value.inSafeRange() ? value.toNumber() : value.toString();
}

/**
 * A float as JSON can hold it: JSON has no NaN, Infinity or -0; Cypher floats can be all three. They are written as
 * Cypher writes them ("NaN", "Infinity", "-Infinity", "-0.0"), and the row's type hints say they are floats.
 */
export function numberToJson(value: number): number | string {
  return Number.isFinite(value) && !Object.is(value, -0) ? value : floatToString(value);
}

/**
 * The types plain JSON cannot show, by JSON Pointer (RFC 6901) into the converted value: every Float (3.0 is
 * written 3; NaN, ±Infinity and -0.0 as strings), every Integer written as a string (beyond ±(2^53 − 1)), temporals,
 * durations, points, byte arrays (Base64), nodes, relationships and paths, and a map shaped like a node or a
 * relationship (hasElementShape). A JSON number without a hint is an Integer; a string without one is a String;
 * booleans, nulls, lists and maps are what they look like. Type names
 * are the Query API's `$type` names, but for a date-time with a zone id: DateTime, as the plain format has always
 * named it (docs/api.md), where the Query API's typed JSON says ZonedDateTime. The pointers follow toJson's shapes
 * (a node's properties under /properties, a path's under /nodes/i and /edges/i).
 */
export type HintType = Exclude<QueryApiType, 'ZonedDateTime'> | (typeof TEXT_WRITTEN_TYPES)[number];
export type TypeHints = Record<string, HintType>;

/** The plain format's name of a Query API type: the same, but DateTime for a ZonedDateTime (its documented hint). */
function hintType(type: QueryApiType): HintType {
  return type === 'ZonedDateTime' ? 'DateTime' : type;
}

const SELF_EVIDENT: ReadonlySet<QueryApiType> = new Set(['Null', 'Boolean', 'String', 'List', 'Map']);

/** One JSON Pointer reference token. */
export function pointerToken(key: string | number): string {
  const k = String(key);
  return k.includes('~') || k.includes('/') ? k.replace(/~/g, '~0').replace(/\//g, '~1') : k;
}

/** The types the converter (convert.ts toJson) always writes as a JSON string, beside String itself. */
const WRITTEN_AS_TEXT: ReadonlySet<QueryApiType> = new Set([
  'Date',
  'Time',
  'LocalTime',
  'ZonedDateTime',
  'OffsetDateTime',
  'LocalDateTime',
  'Duration',
  'Base64',
]);

/**
 * Whether the converter writes a driver value as a JSON string: a String, a temporal, a duration, bytes, an Integer
 * beyond ±(2^53 − 1), a NaN, ±Infinity or -0.0. Such a value of any type can pass for an element's id, type or end.
 */
function writtenAsText(value: unknown): boolean {
  if (typeof value === 'string') return true;
  if (typeof value === 'number') return typeof numberToJson(value) === 'string';
  if (value === null || (typeof value !== 'object' && typeof value !== 'bigint')) return false;
  const type = queryApiTypeOf(value);
  if (type === 'Integer') return typeof integerToJson(value as Integer | bigint) === 'string';
  return WRITTEN_AS_TEXT.has(type);
}

/**
 * Whether a Cypher map, once converted, has the shape plain JSON gives a node ({id, labels, properties}) or a
 * relationship ({id, type, source, target, properties}). Such a map of the user's is hinted `Map`, so it is not read
 * as the element it looks like (a reader tells them apart by the `Node` and `Relationship` hints that real elements
 * have). Judged on what the converter writes, not on the driver's value: an id of 64 bits, a date, bytes or NaN is
 * written as text, and the client's readers (client/api/graph-json.ts) take any text for an id.
 */
function hasElementShape(map: Record<string, unknown>): boolean {
  const { id, properties } = map;
  // Any object as properties, a list too: the client's readers take one for an element. (A driver object written as
  // text or a number, an Integer or a date, passes here too: a Map hint on a map that is one is never wrong.)
  if (!writtenAsText(id) || typeof properties !== 'object' || properties === null) return false;
  return (
    Array.isArray(map.labels) ||
    (writtenAsText(map.type) && writtenAsText(map.source) && writtenAsText(map.target))
  );
}

/** Values that hold others: their pointer is needed to reach what they hold, hinted or not. */
const CONTAINERS: ReadonlySet<QueryApiType> = new Set(['List', 'Map', 'Node', 'Relationship', 'Path']);

/**
 * The hints of the value at `parent` + `/` + the token of `key`. The pointer (and the key's token) is only built for
 * a value that is hinted or holds others: most values of a large answer are strings, and building a pointer for each
 * of them was most of the cost. `elements` false: a node, relationship or path is not hinted itself (format 2 writes
 * it as a ref, model/cypher-refs.ts), only what its properties hold.
 */
function hintsAt(
  value: unknown,
  parent: string,
  key: string | number,
  out: TypeHints,
  elements: boolean,
): void {
  const type = queryApiTypeOf(value);
  if (type === 'Integer') {
    if (typeof integerToJson(value as Integer | bigint) === 'string')
      out[`${parent}/${pointerToken(key)}`] = 'Integer';
    return;
  }
  const isElement = type === 'Node' || type === 'Relationship' || type === 'Path';
  const hinted = !SELF_EVIDENT.has(type) && type !== 'Unsupported' && (elements || !isElement);
  if (!hinted && !CONTAINERS.has(type)) return;
  const pointer = `${parent}/${pointerToken(key)}`;
  if (hinted || (type === 'Map' && hasElementShape(value as Record<string, unknown>)))
    out[pointer] = hintType(type);
  if (type === 'List') {
    const list = value as unknown[];
    for (let i = 0; i < list.length; i++) hintsAt(list[i], pointer, i, out, elements);
  } else if (type === 'Map') {
    const map = value as Record<string, unknown>;
    for (const k of Object.keys(map)) hintsAt(map[k], pointer, k, out, elements);
  } else if (type === 'Node' || type === 'Relationship') {
    propertyHints((value as Node).properties, pointer, out, elements);
  } else if (type === 'Path') {
    const path = value as Path;
    propertyHints(path.start.properties, `${pointer}/nodes/0`, out, elements);
    path.segments.forEach((seg, i) => {
      propertyHints(seg.relationship.properties, `${pointer}/edges/${i}`, out, elements);
      propertyHints(seg.end.properties, `${pointer}/nodes/${i + 1}`, out, elements);
    });
  }
}

/** The hints of a node's or relationship's properties, converted at `at` (under `at`/properties). */
function propertyHints(
  properties: Record<string, unknown>,
  at: string,
  out: TypeHints,
  elements: boolean,
): void {
  const base = `${at}/properties`;
  for (const k of Object.keys(properties)) hintsAt(properties[k], base, k, out, elements);
}

/**
 * The type hints of a row (column → value), pointers starting at the column: /column, /column/0, … `elements`
 * false: nodes, relationships and paths are not hinted themselves (format 2's rows refer to them).
 */
export function rowTypeHints(row: Record<string, unknown>, elements = true): TypeHints {
  const out: TypeHints = {};
  for (const k of Object.keys(row)) hintsAt(row[k], '', k, out, elements);
  return out;
}

/**
 * The hints of one node's or relationship's properties, pointers starting at the property (/born, /dates/0): the
 * `types` of a graph element (undefined when every value shows its type in JSON, as most of ours do). `omit`: the
 * properties the graph leaves out.
 */
export function elementTypeHints(
  properties: Record<string, unknown>,
  omit?: ReadonlySet<string>,
): TypeHints | undefined {
  const out: TypeHints = {};
  for (const k of Object.keys(properties)) if (!omit?.has(k)) hintsAt(properties[k], '', k, out, true);
  return Object.keys(out).length > 0 ? out : undefined;
}
