// The Cypher type of each value in a plain-JSON result, from the server's type hints (`types`: JSON Pointer →
// Query API type name, for what JSON cannot show) or else from the JSON itself, and the text that shows it:
// 3 and 3.0 apart, a date apart from a string, NaN a float, a big integer a number.
import type { JsonValue } from '../../model/graph.js';
import { isGraphEdge, isGraphNode } from '../api/graph-json.js';
import { TEMPORAL_FUNCTIONS, TEXT_WRITTEN_TYPES, floatText, pointerToken } from '../../model/value-types.js';

/** Per row of a result: JSON Pointer (/column, /column/0, …) → Query API type name. */
export type TypeHints = Record<string, string>;

export { TEMPORAL_FUNCTIONS, elementTypes, floatText, pointerToken } from '../../model/value-types.js';

/** Types shown with a badge: their text alone could be mistaken for a string (the table's cells, the details panel). */
export const BADGED_TYPES: ReadonlySet<string> = new Set(TEXT_WRITTEN_TYPES);

/**
 * Bidi controls (ALM, LRM, RLM, the embeddings and overrides LRE…RLO and PDF, the isolates LRI…PDI): one left open
 * inside a string reorders everything after it on the line, so ["x\u202Eabc", "def", 1] read ["x[1 ,"fed" ,"cba.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text with each bidi control written \uXXXX, for the literal (JSON-like) renderings of lists, maps and the JSON tab:
 * inside JSON's quotes that is the same string, so the text stays valid JSON. Display only: the values themselves,
 * and every copy or export of them, keep their characters.
 */
export function escapeBidi(text: string): string {
  return text.replace(
    BIDI_CONTROLS,
    (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

/** Unicode's first-strong isolate and its end (UAX #9): what a display sets each string and name apart with. */
export const FSI = '\u2068';
export const PDI = '\u2069';

/** JSON text as the JSON tab shows it: indented, bidi controls escaped (escapeBidi). */
export function jsonText(value: unknown): string {
  return escapeBidi(JSON.stringify(value, null, 2));
}

/** The pointer of a row's column. */
export function columnPointer(column: string): string {
  return `/${pointerToken(column)}`;
}

/** The Cypher type of the value at `pointer`: the hint where the server gave one, else what its JSON says. */
export function typeAt(value: JsonValue | undefined, pointer: string, hints: TypeHints | undefined): string {
  const hinted = hints?.[pointer];
  if (hinted) return hinted;
  if (value === null || value === undefined) return 'Null';
  if (typeof value === 'boolean') return 'Boolean';
  // A number without a hint is an Integer (every Float is hinted); a string without one is a String.
  if (typeof value === 'number') return 'Integer';
  if (typeof value === 'string') return 'String';
  if (Array.isArray(value)) return 'List';
  if (isGraphNode(value)) return 'Node';
  if (isGraphEdge(value)) return 'Relationship';
  return 'Map';
}

/** The text of a scalar of a known type (a cell shows it with its type beside it). */
export function scalarText(value: JsonValue, type: string): string {
  if (value === null || value === undefined) return 'null';
  if (type === 'Float') return floatText(value);
  if (type === 'Point' && typeof value === 'object' && !Array.isArray(value)) {
    const p = value as Record<string, JsonValue>;
    const coords = ['x', 'y', ...(p.z === undefined ? [] : ['z'])].map(
      (k) => `${k}: ${floatText(p[k] ?? null)}`,
    );
    return `point({srid: ${String(p.srid)}, ${coords.join(', ')}})`;
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * A value as Cypher-like literal text, for lists and maps in a cell and for nested values: strings quoted, floats
 * with their fraction, temporals as date('…'), durations as duration('…'), nodes as (:Label {id: …}).
 * `isolated` (a display's text): each string's and backticked name's characters between FSI and PDI, so neighbouring
 * Arabic elements do not make one right-to-left run with the quotes and commas between them (["أ", "ب"] read
 * ["ب" ,"أ"]); a screen shows each such part as a <bdi> (literal-text.tsx), its text the literal alone.
 */
export function literalText(
  value: JsonValue | undefined,
  pointer: string,
  hints: TypeHints | undefined,
  isolated = false,
): string {
  const type = typeAt(value, pointer, hints);
  const inner = (v: JsonValue | undefined, at: string) => literalText(v, at, hints, isolated);
  const named = (n: string) => name(n, isolated);
  if (value === null || value === undefined) return 'null';
  const fn = TEMPORAL_FUNCTIONS[type];
  if (fn) return `${fn}('${String(value)}')`;
  switch (type) {
    case 'Boolean':
    case 'Integer':
      return String(value);
    case 'Float':
      return floatText(value);
    case 'String':
      return quoted(escapeBidi(JSON.stringify(value)), isolated);
    case 'Point':
      return scalarText(value, type);
    case 'Base64':
      return `bytes(${JSON.stringify(value)})`;
    case 'Node':
      if (isGraphNode(value))
        return `(${value.labels.map((l) => `:${named(l)}`).join('')}${propertiesText(value.properties, pointer, hints, isolated)})`;
      break;
    case 'Relationship':
      if (isGraphEdge(value))
        return `[:${named(value.type)}${propertiesText(value.properties, pointer, hints, isolated)}]`;
      break;
    case 'List':
      return `[${(value as JsonValue[]).map((v, i) => inner(v, `${pointer}/${i}`)).join(', ')}]`;
    default:
      break;
  }
  if (typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value).map(
      ([k, v]) => `${named(k)}: ${inner(v, `${pointer}/${pointerToken(k)}`)}`,
    );
    return `{${entries.join(', ')}}`;
  }
  return escapeBidi(JSON.stringify(value));
}

/**
 * A name as Cypher writes it: as it is, or between backticks when it is not a plain identifier. Cypher reads \uXXXX
 * inside backticks too (its parser reads Unicode escapes anywhere; checked against Neo4j in the integration tests), so
 * a bidi control written so (escapeBidi) reads back as itself, and a backslash is written \u005C: left as it is,
 * `a\u0041` read back as aA.
 */
function name(n: string, isolated: boolean): string {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(n)) return n;
  const text = escapeBidi(n.replace(/\\/g, '\\u005C').replace(/`/g, '``'));
  return quoted(`\`${text}\``, isolated);
}

/** A quoted string or name, its characters between FSI and PDI when `isolated` (its quotes outside them). */
function quoted(text: string, isolated: boolean): string {
  return isolated ? `${text[0]}${FSI}${text.slice(1, -1)}${PDI}${text.at(-1)}` : text;
}

/** `text` cut to `max` characters and "…", an isolate the cut left open closed (it would reorder what follows). */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const kept = text.slice(0, max - 1);
  const open = kept.lastIndexOf(FSI) > kept.lastIndexOf(PDI);
  return `${kept}${open ? PDI : ''}…`;
}

/** A nested node's or relationship's properties shown: the first few, each this long at most (the JSON has all). */
const NESTED_PROPERTIES = 4;
const NESTED_TEXT = 80;

/**
 * A nested node's or relationship's own properties, typed by the hints under `pointer`/properties: " {title:
 * "Dune", year: 1965}", the first few and "…" for the rest; '' when it has none. Its API id is not one of them (a
 * node with no `id` of its own is named by its element id, neo4j:…), so it is not shown as one.
 */
function propertiesText(
  properties: Record<string, JsonValue>,
  pointer: string,
  hints: TypeHints | undefined,
  isolated: boolean,
): string {
  const entries = Object.entries(properties);
  if (!entries.length) return '';
  const shown = entries.slice(0, NESTED_PROPERTIES).map(([k, v]) => {
    const text = literalText(v, `${pointer}/properties/${pointerToken(k)}`, hints, isolated);
    return `${name(k, isolated)}: ${cut(text, NESTED_TEXT)}`;
  });
  return ` {${shown.join(', ')}${entries.length > NESTED_PROPERTIES ? ', …' : ''}}`;
}
