// The Cypher type of each property a file export writes, from the elements' `types` (model/value-types.ts): a Float
// written 3 is a double column and its cell 3.0, an Integer a long (a big one sent as digits too), a date, a point
// (as WKT, SRID=7203;POINT (1.0 -0.0), which keeps its coordinates Floats) or bytes a string column that says its type. A typed cell that is a number says so (TypedText `number`): the CSV
// leaves a plain number bare, and guards every other cell that starts like a formula (a BC date, Base64 starting with
// +), as a spreadsheet would run it. A list is written as its JSON array text (["a | b"] and
// ["a","b"] stay apart) in a column that says it holds lists. A column whose values mix Cypher types (the Integer 1
// and the String "1") says it holds any type and writes each value as its JSON text (1 and "1"), one that JSON writes
// as text or a map (a date, NaN, a point) with its type beside it ({"$type":"Date","_value":"2025-01-01"}); so does a
// list's element there, and in a column of lists whose elements mix types (List<Any>: a date and the same text).
import type { JsonValue } from '../../model/graph.js';
import {
  TEMPORAL_FUNCTIONS,
  floatText,
  jsonType,
  pointWkt,
  propertyPointer,
  propertyType,
  propertyValue,
  type PropertyTypes,
} from '../../model/value-types.js';

/** An element as the exports read it: properties and their hints. */
export interface TypedItem {
  properties: Record<string, JsonValue>;
  types?: PropertyTypes | undefined;
}

/** A column's file type (GraphML's attr.type; GEXF's where it differs) and the one Cypher type of its values. */
export interface ColumnType {
  type: 'boolean' | 'long' | 'double' | 'string';
  /** The Cypher type every value has, undefined when they mix (or there are none). */
  cypher: string | undefined;
  /**
   * Of a column of lists: the Cypher type of every element, undefined when there are none, `Any` when they mix (each
   * element then written as its JSON text with its type where JSON cannot say it: anyText).
   */
  item?: string | undefined;
  /** Of a column of lists of numbers, booleans or text: GEXF's list type (liststring, listlong, …). */
  gexfList?: string | undefined;
  /**
   * Every value written as its JSON text: a column whose values mix Cypher types (`cypher` 'Any'), where a value
   * written bare would read like one of another type (the Integer 1 and the String "1", the list ["a"] and the string
   * '["a"]').
   */
  json?: boolean;
}

const FILE_TYPES: Readonly<Record<string, ColumnType['type']>> = {
  Boolean: 'boolean',
  Integer: 'long',
  Float: 'double',
};

/**
 * The column of property `key` over `items`: typed when every value has one Cypher type, else a string column of
 * JSON text (`cypher` 'Any', ColumnType `json`).
 */
export function columnType(items: readonly TypedItem[], key: string): ColumnType {
  const seen = new Set<string>();
  let hinted = false;
  for (const it of items) {
    const v = propertyValue(it.properties, key);
    if (v === undefined || v === null) continue;
    seen.add(propertyType(it, key));
    if (it.types?.[propertyPointer(key)] !== undefined) hinted = true;
  }
  if (seen.size === 1) {
    const [cypher] = seen as unknown as [string];
    if (cypher === 'List') return listColumn(items, key);
    return { type: FILE_TYPES[cypher] ?? 'string', cypher };
  }
  // Numbers the client made itself carry no hints: with and without a fraction they are one column of doubles.
  if (!hinted && seen.size === 2 && seen.has('Integer') && seen.has('Float'))
    return { type: 'double', cypher: undefined };
  if (seen.size > 1) return { type: 'string', cypher: 'Any', json: true };
  return { type: 'string', cypher: undefined };
}

/** The Cypher type of a column whose values, or a list column whose elements, mix types. */
const ANY = 'Any';

/** The pointer of element `i` of list property `key` in its element's `types`. */
function itemPointer(key: string, i: number): string {
  return `${propertyPointer(key)}/${i}`;
}

/**
 * A column whose every value is a list (a string column to GraphML, whose types hold none): the one Cypher type of
 * their elements, and GEXF's list type when every element is a number, boolean or text (a point or map element is
 * an object, whose commas GEXF's list text cannot tell from its own).
 */
function listColumn(items: readonly TypedItem[], key: string): ColumnType {
  const seen = new Set<string>();
  let hinted = false;
  let objects = false;
  for (const it of items) {
    const list = propertyValue(it.properties, key);
    if (!Array.isArray(list)) continue;
    list.forEach((v, i) => {
      const hint = it.types?.[itemPointer(key, i)];
      seen.add(hint ?? jsonType(v));
      if (hint !== undefined) hinted = true;
      if (typeof v === 'object' && v !== null) objects = true;
    });
  }
  // As for a column: unhinted numbers with and without a fraction are Floats.
  if (!hinted && seen.size === 2 && seen.has('Integer') && seen.has('Float')) seen.delete('Integer');
  const item = seen.size === 1 ? [...seen][0] : seen.size > 1 ? ANY : undefined;
  // Elements of mixed types are JSON text, a typed one an object; GEXF's liststring would read [1,"1"] as ["1","1"].
  const gexfList = objects || item === ANY ? undefined : `list${(item && FILE_TYPES[item]) ?? 'string'}`;
  return { type: 'string', cypher: 'List', item, gexfList };
}

/** The Cypher type a string column stands for, for its description (a date column, List<Date>), else undefined. */
export function describedType(column: ColumnType): string | undefined {
  const { type, cypher, item } = column;
  if (cypher === 'List') return item ? `List<${item}>` : 'List';
  return type === 'string' && cypher && !['String', 'Map'].includes(cypher) ? cypher : undefined;
}

/** Text a spreadsheet takes for a number, and so writes otherwise (007 as 7, 1e5 as 100000, 1,5 as 15). */
const NUMBER_LIKE = /^\s*[+-]?(\d[\d,]*\.?\d*|\.\d+)([eE][+-]?\d+)?%?\s*$/;

/**
 * The Cypher type a CSV column's header names: describedType's, or String for a column of strings of which some
 * look like numbers (a zip code 007, a code 1e5), which a reader typing columns by their values would take for
 * numbers. The header cannot stop a spreadsheet doing so; it says what the values are.
 */
export function csvDescribedType(
  items: readonly TypedItem[],
  key: string,
  column: ColumnType,
): string | undefined {
  const described = describedType(column);
  if (described || column.cypher !== 'String') return described;
  const numberLike = items.some((it) => {
    const v = propertyValue(it.properties, key);
    return typeof v === 'string' && NUMBER_LIKE.test(v);
  });
  return numberLike ? 'String' : undefined;
}

/** A list element as JSON text, keeping its Cypher type where JSON can: a Float 3.0, a big Integer's digits. */
function itemText(v: JsonValue, type: string | undefined): string {
  const numeric = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;
  if (type === 'Float' && (typeof v === 'number' || numeric.test(String(v)))) {
    const text = floatText(v);
    if (numeric.test(text)) return text;
  }
  if (type === 'Integer' && typeof v === 'string' && /^-?\d+$/.test(v)) return v;
  // A point's map would write its Float 1.0 as 1: its WKT text keeps it (a column of List<Point> says what it is).
  const wkt = type === 'Point' ? pointWkt(v) : undefined;
  return JSON.stringify(wkt ?? v);
}

/**
 * A list property's cell: its JSON array text (["a | b"], [1,2], [3.0]), unambiguous and read back by any JSON
 * reader. It starts with [, so it needs no formula guard. Undefined when the property is no list. `anyItems`: its
 * column does not name one type for its elements (List<Any>, Any), so each says its own (anyText): a date
 * [{"$type":"Date","_value":"2025-01-01"}], the same text ["2025-01-01"].
 */
export function listCell(item: TypedItem, key: string, anyItems = false): TypedText | undefined {
  const list = propertyValue(item.properties, key);
  if (!Array.isArray(list)) return undefined;
  const text = (v: JsonValue, i: number) => {
    const type = item.types?.[itemPointer(key, i)];
    return anyItems ? anyText(v, type).typed : itemText(v, type);
  };
  return { typed: `[${list.map(text).join(',')}]` };
}

/** Of a List<Any> column (listColumn), whose cells write each element with its type (listCell `anyItems`). */
export const hasAnyItems = (column: ColumnType | undefined): boolean =>
  column?.cypher === 'List' && column.item === ANY;

/**
 * A property's cell as its JSON text whatever its value, for a column whose values mix Cypher types (ColumnType
 * `json`): a string quoted ("x", "1", and '["a"]' as "[\"a\"]"), so no string reads like a number or a list; a value
 * JSON writes as text or a map though it is neither (a date, NaN, a point, bytes) as the Query API's typed form,
 * {"$type":"Date","_value":"2025-01-01"}, so it does not read as the string or map it is written as. Undefined for
 * none.
 */
export function jsonCell(item: TypedItem, key: string): TypedText | undefined {
  const v = propertyValue(item.properties, key);
  if (v === undefined || v === null) return undefined;
  return listCell(item, key, true) ?? anyText(v, item.types?.[propertyPointer(key)]);
}

/**
 * A value (or a list's element) of hint `type` as JSON text that says its Cypher type (jsonCell): a number, string,
 * boolean or map as JSON writes it, else the Query API's typed form. A map holding a `$type` key is written as the
 * typed form of a Map, so it does not read as the typed value it looks like.
 */
function anyText(v: JsonValue, type: string | undefined): TypedText {
  const text = itemText(v, type);
  const shown =
    type === undefined || typeof v === 'number' || (NUMBER_TYPES.has(type) && !text.startsWith('"'));
  // A point's _value is its WKT, as in the Query API's typed JSON: its map would write the Float 1.0 as 1.
  if (!shown) return { typed: JSON.stringify({ $type: queryApiType(type), _value: pointWkt(v) ?? v }) };
  if (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.hasOwn(v, '$type'))
    return { typed: JSON.stringify({ $type: 'Map', _value: v }) };
  return { typed: text, number: typeof v === 'number' || (type !== undefined && NUMBER_TYPES.has(type)) };
}
/**
 * The Query API's typed JSON name of a plain `types` hint: the same, but ZonedDateTime for DateTime (a date-time with a
 * named zone, which the plain hints call DateTime, the name they were documented with: server/db/type-hints.ts).
 */
const queryApiType = (hint: string): string => (hint === 'DateTime' ? 'ZonedDateTime' : hint);
/** Types whose value JSON can write as a number (itemText writes one when it is: 3.0, a big Integer's digits). */
const NUMBER_TYPES: ReadonlySet<string> = new Set(['Integer', 'Float']);

/**
 * A value the file writes as the text of its type, not as a string's: a number, a temporal or bytes, a list's JSON
 * array text, a value of a column of any type as its JSON text.
 */
export interface TypedText {
  typed: string;
  /** Whether it is a number (an Integer or a Float): a CSV writes a plain one bare, not formula-guarded. */
  number?: boolean;
}

/** Number, temporal and byte types: written as their own text (3.0, a big Integer's digits, Base64). */
function textTyped(type: string): boolean {
  return (
    type === 'Integer' || type === 'Float' || type === 'Base64' || TEMPORAL_FUNCTIONS[type] !== undefined
  );
}

/**
 * A property's typed cell, or undefined when its value is plain (the caller writes it as before): a Float as Cypher
 * writes it (3.0, -0.0, NaN), an Integer sent as digits, a temporal and bytes (Base64) as their text, a point as
 * its WKT (SRID=7203;POINT (1.0 -0.0): its map's JSON would write the Float 1.0 as 1), marked typed.
 */
export function typedCell(item: TypedItem, key: string): TypedText | undefined {
  const v = propertyValue(item.properties, key);
  if (v === undefined || v === null || item.types?.[propertyPointer(key)] === undefined) return undefined;
  const type = propertyType(item, key);
  const wkt = type === 'Point' ? pointWkt(v) : undefined;
  if (wkt !== undefined) return { typed: wkt };
  if (!textTyped(type) || (typeof v !== 'number' && typeof v !== 'string')) return undefined;
  return { typed: type === 'Float' ? floatText(v) : String(v), number: NUMBER_TYPES.has(type) };
}

/** An element's types with those of property `from` moved to `to` (a property renamed property.<name>). */
export function renamedTypes(
  types: PropertyTypes | undefined,
  from: string,
  to: string,
): PropertyTypes | undefined {
  if (!types) return types;
  const [a, b] = [propertyPointer(from), propertyPointer(to)];
  let out: Record<string, string> | undefined;
  for (const [p, t] of Object.entries(types)) {
    if (p !== a && !p.startsWith(`${a}/`)) continue;
    out ??= { ...types };
    delete out[p];
    out[b + p.slice(a.length)] = t;
  }
  return out ?? types;
}

/**
 * The GEXF with each attribute declared as its column says where graphology-gexf, which types attributes by their
 * JSON values, says otherwise: a Float written 3 (integer) is a double, an Integer sent as digits (string) or beyond 32
 * bits (which graphology-gexf declares a double, and Gephi would read as a Float) a long (one of 32 bits stays its
 * integer),
 * a list (given to it as its JSON text, a string) its list type: graphology-gexf would write a list's strings
 * joined with | (GEXF 1.2) or unquoted (1.3), where "a | b" or "a, b" reads as two; JSON text quotes every one.
 */
export function retypeGexf(
  gexf: string,
  columns: Readonly<Record<'node' | 'edge', ReadonlyMap<string, ColumnType>>>,
): string {
  return gexf.replace(
    /<attributes class="(node|edge)"[^>]*>[\s\S]*?<\/attributes>/g,
    (block, cls: 'node' | 'edge') =>
      block.replace(
        /<attribute id="([^"]*)" title="([^"]*)" type="([^"]*)"\/>/g,
        (decl, id: string, title: string, declared: string) => {
          const column = columns[cls].get(xmlUnescape(title));
          const want = column?.type;
          const type = column?.gexfList
            ? column.gexfList
            : want === 'double' && declared !== 'double'
              ? 'double'
              : want === 'long' && declared !== 'integer'
                ? 'long'
                : declared;
          return type === declared ? decl : `<attribute id="${id}" title="${title}" type="${type}"/>`;
        },
      ),
  );
}

/**
 * The comment of a GEXF naming the Cypher type each attribute written as text stands for (describedType: a date, a
 * zoned date-time, a duration, a point, a list of dates), as a CSV header and a GraphML key's description say it: a
 * GEXF attribute declaration has no room for it, and a zoned date-time written as a string would read as one. '' when
 * there is none. `columns`: each class's columns by attribute name.
 */
export function gexfTypesComment(
  columns: Readonly<Record<'node' | 'edge', ReadonlyMap<string, ColumnType>>>,
): string {
  const named: string[] = [];
  for (const cls of ['node', 'edge'] as const)
    for (const [name, column] of columns[cls]) {
      const described = describedType(column);
      // A list of strings, numbers or booleans is declared as GEXF's own list type (liststring, listlong…).
      const ownList =
        !!column.gexfList && ['String', 'Boolean', 'Integer', 'Float'].includes(column.item ?? '');
      if (described && !ownList) named.push(`${cls} attribute ${name}: ${described}`);
    }
  if (!named.length) return '';
  const text =
    'Talent Graph: these attributes are written as text and stand for the Cypher type named (as the CSV header ' +
    `and the GraphML key's description say it): ${named.join('; ')}.`;
  const any = [...columns.node.values(), ...columns.edge.values()];
  return xmlComment(`${text}${anyCellsNote(any) ? ` ${anyCellsNote(any)}` : ''}`);
}

/**
 * What a reader needs to tell apart the values of a column of any type (Any) or of lists whose elements mix types
 * (List<Any>), which are written as JSON text: a file's comment says it (gexfTypesComment; GraphML's, as the CSV has
 * no room beside its header). '' when no column is one.
 */
export function anyCellsNote(columns: Iterable<ColumnType>): string {
  const kinds = new Set<string>();
  for (const column of columns)
    if (column.json || hasAnyItems(column)) kinds.add(describedType(column) ?? ANY);
  if (!kinds.size) return '';
  return (
    `A value of ${[...kinds].sort().join(' or ')} is its JSON text, and so is each element of a list there: a ` +
    'string quoted ("1"), a number or a boolean bare (1, 1.0, true), a map as its object, and a value JSON writes as ' +
    "text or a map though it is neither (a date, NaN, a point, bytes, a map holding $type) as the Query API's typed " +
    'JSON, {"$type":"Date","_value":"2025-01-01"}, so the Date 2025-01-01 and the String "2025-01-01" read apart.'
  );
}

/** A comment of an XML file, which cannot hold "--": a hyphen before another is written \u002D (as xml-text.ts's). */
export function xmlComment(text: string): string {
  return `<!-- ${text.replace(/-(?=-)/g, '\\u002D')} -->`;
}

function xmlUnescape(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
