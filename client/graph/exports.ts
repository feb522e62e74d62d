// File exports of the visible scene: JSON (the API's graph shape, each edge's certainty beside its properties), CSV
// (nodes and edges), and the rows GraphML (export-graphml.ts) and GEXF (export-gexf.ts) share.
// Pure string builders: every value is escaped for its format, so names holding markup stay text, and numbers and
// booleans stay typed (GraphML and GEXF attribute types; CSV numbers as numbers). Every relationship carries its
// certainty (unsourced when it has none of ours, as the app reads it) and a node the one its data gives, so an implied
// fact or move stays implied outside the app, and what no source backs is not called stated. A property named like a
// column of the file (a foreign graph's id, certainty, type, labels; x and y in a GraphML with positions) is written
// whole as property.<name>, and so, in GEXF, is one graphology-gexf cannot carry ('', `constructor`, `__proto__`). Each
// property keeps its Cypher type (export-types.ts, from the graph's `types`, which the JSON keeps beside
// `properties`): a Float is a double written 3.0, an Integer a long, a date a string column that says so, a list
// its JSON array text in a column that says it holds lists (GEXF: its list type), each element with its type where
// they mix (List<Any>: a date {"$type":"Date",…}, the same text a string).
import { edgeCertainty, isCertainty } from '../../model/certainty.js';
import type { GraphData, GraphEdge, GraphNode, JsonValue } from '../../model/graph.js';
import { propertyValue } from '../../model/value-types.js';
import {
  columnType,
  csvDescribedType,
  hasAnyItems,
  jsonCell,
  listCell,
  renamedTypes,
  typedCell,
  type ColumnType,
  type TypedItem,
  type TypedText,
} from './export-types.js';
import { SOURCE_DETAILS, type ExportSource } from './export-sources.js';
import { UTF8_BOM, csvCell } from './csv-cell.js';

export { UTF8_BOM, csvCell };

/**
 * A relationship as an export of the filtered view gives it (state/view-data.ts exportedGraph): `sources` narrowed to
 * those the source filter shows, and how many it hides beside them, when it hides any.
 */
export type ExportEdge = GraphEdge & { hiddenSourceCount?: number };
export interface ExportGraph {
  nodes: GraphNode[];
  edges: ExportEdge[];
  /**
   * The sources the facts cite, in full (state/view-data.ts exportedSources): each file names them so it can be
   * traced when shared on its own. A graph without them is written as before.
   */
  sources?: readonly ExportSource[] | undefined;
  /**
   * The database is not ours (client/state/our-database.ts holdsOurFacts): a relationship without a certainty of ours
   * claims none there (''), as the panels claim none, instead of being called unsourced, and a TALENT_FLOW is the
   * graph's own, not one of our derived flows.
   */
  foreign?: boolean | undefined;
}

/**
 * An element's certainty. A relationship's as every view reads it (model/certainty.ts): one no source backs is
 * unsourced. A node's: its own (as a cell shows it), else '' (none claimed). Our nodes carry none, the facts about
 * them say how sure they are; calling a node stated when its data says nothing would claim a source for any node of a
 * database that is not ours, or one made by hand. On a database not ours (`foreign`) a relationship is read as a node:
 * its own certainty of ours if it has one, else none claimed.
 */
export function certaintyOf(
  item: { type?: string; properties: Record<string, JsonValue> },
  foreign = false,
): string {
  if (item.type !== undefined && !foreign)
    return edgeCertainty({ type: item.type, properties: item.properties });
  return isCertainty(item.properties.certainty) ? item.properties.certainty : '';
}

/** The columns a CSV, GraphML or GEXF file gives each node or relationship besides its properties. */
export const NODE_COLUMNS = ['id', 'labels', 'certainty'];
const EDGE_COLUMNS = ['id', 'type', 'source', 'target', 'certainty'];
/**
 * The column of how many of a fact's sources the source filter hides (ExportEdge), in a file where it hides some
 * source of a fact written: only then, so a file of an unfiltered view is as it was.
 */
export const HIDDEN_SOURCES_COLUMN = 'hiddenSourceCount';

export function countsHiddenSources(edges: readonly ExportEdge[]): boolean {
  return edges.some((e) => e.hiddenSourceCount !== undefined);
}

/** A fact's count of sources hidden, 0 for one the filter leaves whole. */
export const hiddenSourceCount = (e: ExportEdge) => e.hiddenSourceCount ?? 0;
/**
 * The column of a node's labels: a list of strings, written as its JSON list text as list properties are
 * (export-types.ts listCell), so a foreign node labelled `A|B` is not read as one labelled A and B.
 */
export const LABELS_COLUMN: ColumnType = {
  type: 'string',
  cypher: 'List',
  item: 'String',
  gexfList: 'liststring',
};
export const labelsText = (n: GraphNode): TypedText => ({ typed: JSON.stringify(n.labels) });
/** A GraphML with positions gives each node these keys too (the layout's position, as Gephi and yEd read it). */
export const POSITION_COLUMNS = ['x', 'y'];
/** How those files name a property that has the name of one of their own columns. */
export const PROPERTY_PREFIX = 'property.';

/** Whether an element is a drawn part of one of our talent flows (client/state/flows.ts flowParts). */
function isFlowPart(item: GraphNode | GraphEdge): boolean {
  return 'type' in item && (item.type === 'TALENT_FLOW' || item.type === 'TALENT_FLOW_REPORTED');
}

/**
 * An element with the properties named like a column of the file (NODE_COLUMNS, EDGE_COLUMNS) renamed
 * `property.<name>`, unless one only repeats its column (our `id`, our certainty): a foreign graph's `id: 42`,
 * `certainty: 0.93`, a relationship's `type: 'friend'` or a node's `labels` are written whole, beside the file's
 * own id, certainty, type and labels, never dropped or overwritten by them.
 */
function withOwnNames<T extends GraphNode | GraphEdge>(
  item: T,
  columns: readonly string[],
  foreign = false,
): T {
  let properties = item.properties;
  let types = item.types;
  for (const k of columns) {
    if (!(k in item.properties)) continue;
    const v = item.properties[k];
    // A drawn part of a talent flow (its own id, `flow:…#implied`) keeps its flow's id property, as flowId says; any
    // other relationship's flowId is its data, and says nothing of its id.
    const ownId =
      v === item.id || (v === item.properties.flowId && typeof v === 'string' && isFlowPart(item));
    if ((k === 'id' && ownId) || (k === 'certainty' && v === certaintyOf(item, foreign))) continue;
    if (properties === item.properties) properties = { ...properties };
    delete properties[k];
    let name = `${PROPERTY_PREFIX}${k}`;
    while (name in properties) name = `${PROPERTY_PREFIX}${name}`;
    properties[name] = v ?? null;
    types = renamedTypes(types, k, name);
  }
  return properties === item.properties ? item : { ...item, properties, ...(types ? { types } : {}) };
}

/**
 * The graph as the CSV, GraphML and GEXF files carry it: forExport, with withOwnNames. `nodeColumns`: the node columns
 * of the file, when it has more than NODE_COLUMNS.
 */
export function forFile(data: ExportGraph, nodeColumns: readonly string[] = NODE_COLUMNS): ExportGraph {
  const { nodes, edges } = forExport(data);
  const edgeColumns = [
    ...EDGE_COLUMNS,
    ...(countsHiddenSources(edges) ? [HIDDEN_SOURCES_COLUMN] : []),
    ...(data.sources ? [SOURCE_DETAILS] : []),
  ];
  return {
    nodes: nodes.map((n) => withOwnNames(n, nodeColumns)),
    edges: edges.map((e) => withOwnNames(e, edgeColumns, data.foreign)),
    sources: data.sources,
    foreign: data.foreign,
  };
}

/**
 * What a drawn part of a talent flow (client/state/flows.ts flowParts; it carries `flowId`) takes from its whole flow
 * for its details panel, and an exported row of the part leaves out: each row counts and cites its own part only, so a
 * column summed over the rows of one flow's parts counts each move and report once (the stated and implied rows each
 * carried the flow's reported count, and the reported row its named count). A named part keeps `count` (its people
 * of its certainty), the reported part `reportedCount`; `flowId` groups the rows of one flow.
 */
const WHOLE_FLOW_OF_NAMED_PART = [
  'moves',
  'reportedCount',
  'reportedQualifier',
  'reports',
  'reportCertainty',
  'eventIds',
  'impliedEventIds',
  'reportSince',
  'reportUntil',
  'reportSpanSince',
  'reportSpanUntil',
  'statedCount',
  'impliedCount',
  'partOfSources',
  'directStatedSources',
  'directImpliedSources',
];
const WHOLE_FLOW_OF_REPORTED_PART = ['count', 'statedCount', 'impliedCount'];

/** An edge as a file carries it: a flow part with its own numbers only (see WHOLE_FLOW_OF_NAMED_PART). */
function exportedEdge(e: ExportEdge): ExportEdge {
  if (typeof e.properties.flowId !== 'string' || !isFlowPart(e)) return e;
  const properties = { ...e.properties };
  const whole = e.type === 'TALENT_FLOW_REPORTED' ? WHOLE_FLOW_OF_REPORTED_PART : WHOLE_FLOW_OF_NAMED_PART;
  for (const k of whole) delete properties[k];
  // A part with a span of its own (spanSince/spanUntil: its moves', or its reports') is dated by it, not by the flow's
  // since/until, which take in the other parts' dates too.
  if ('spanSince' in properties) {
    delete properties.since;
    delete properties.until;
  }
  return { ...e, properties };
}

/** The graph as the files carry it (exportedEdge). */
function forExport(data: ExportGraph): ExportGraph {
  // A database not ours has no flow parts of ours: a relationship carrying a flowId there is written whole.
  const edges = data.foreign ? data.edges : data.edges.map(exportedEdge);
  return { nodes: data.nodes, edges, sources: data.sources, foreign: data.foreign };
}

/** The sources of a graph by id, when it names them (ExportGraph `sources`). */
export function sourcesById(data: ExportGraph): Map<string, ExportSource> | undefined {
  return data.sources && new Map(data.sources.map((s) => [s.id, s]));
}

/** A relationship as the JSON carries it: the API's edge, and beside its properties the certainty the app reads. */
export type JsonEdge = ExportEdge & { certainty: string };

/**
 * The graph with every edge's certainty (certaintyOf) beside its properties, never in them: the properties stay
 * exactly as the database holds them, so a relationship of a database not ours gains no `certainty` it does not
 * have, and its own (0.93) is not mistaken for ours. Our facts keep their stored certainty property too.
 */
function withCertainty(data: ExportGraph): {
  nodes: GraphNode[];
  edges: JsonEdge[];
  sources?: readonly ExportSource[];
} {
  const edges = data.edges.map((e) => ({ ...e, certainty: certaintyOf(e, data.foreign) }));
  return { nodes: data.nodes, edges, ...(data.sources ? { sources: data.sources } : {}) };
}

/**
 * `view`: the view the export was taken from, in words (state/chips.ts viewDescription), written when not ''. A fact
 * whose sources the filter narrowed has its `hiddenSourceCount` beside its certainty (ExportEdge). The sources the
 * facts cite, when given, follow the edges as `sources`, each with its publisher, title, date and link.
 */
export function toJson(data: ExportGraph, view = ''): string {
  return `${JSON.stringify({ ...(view ? { view } : {}), ...withCertainty(forExport(data)) }, null, 2)}\n`;
}

/** A value's text; a map as JSON (a list is never flattened: listCell). */
function flat(v: JsonValue | undefined): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/**
 * A value as a file writes it: a number or a boolean kept as one (a typed column or attribute), the text of a typed
 * number or temporal (export-types.ts typedCell), else its text.
 */
export type Cell = string | number | boolean | TypedText;

/** Property `key` of an element as a cell (`column`: its column, when it writes every value as JSON text). */
export function cellOf(item: TypedItem, key: string, column?: ColumnType): Cell {
  if (column?.json) return jsonCell(item, key) ?? '';
  const typed = typedCell(item, key) ?? listCell(item, key, hasAnyItems(column));
  if (typed) return typed;
  const v = propertyValue(item.properties, key);
  return typeof v === 'number' || typeof v === 'boolean' ? v : flat(v);
}

/** A cell's text. */
export function cellText(c: Cell): string {
  return typeof c === 'object' ? c.typed : String(c);
}

/** A plain number is written as it is: a spreadsheet reads -3 as the number it is, never as a formula. */
function csv(rows: Cell[][]): string {
  const cell = (c: Cell) =>
    typeof c === 'string'
      ? csvCell(c)
      : typeof c === 'object'
        ? csvCell(c.typed, c.number === true)
        : csvCell(String(c), typeof c === 'number');
  return UTF8_BOM + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

export function propertyKeys(items: { properties: Record<string, JsonValue> }[]): string[] {
  const keys = new Set<string>();
  for (const it of items)
    for (const k of Object.keys(it.properties)) if (k !== 'id' && k !== 'certainty') keys.add(k);
  return [...keys].sort();
}

/**
 * The CSV header of property `key`: its name, and for a column written as text that stands for another Cypher type
 * the type it holds (tags:List<String>, born:Date, home:Point), the only place a CSV can say so — as GraphML says it
 * in the key's description: a date or a list's text would otherwise read as a string. A String column of values that
 * look like numbers says so too (zip:String: csvDescribedType).
 */
function csvHeader(items: readonly TypedItem[], key: string, column: ColumnType): string {
  const described = csvDescribedType(items, key, column);
  return described ? `${key}:${described}` : key;
}

export function nodesCsv(graph: GraphData): string {
  const data = forFile(graph);
  const keys = propertyKeys(data.nodes);
  const columns = keyTypes(data.nodes);
  return csv([
    [
      'id',
      csvHeader([], 'labels', LABELS_COLUMN),
      'certainty',
      ...keys.map((k) => csvHeader(data.nodes, k, columns.get(k)!)),
    ],
    ...data.nodes.map((n) => [
      n.id,
      labelsText(n),
      certaintyOf(n),
      ...keys.map((k) => cellOf(n, k, columns.get(k))),
    ]),
  ]);
}

export function edgesCsv(graph: ExportGraph): string {
  const data = forFile(graph);
  const keys = propertyKeys(data.edges);
  const columns = keyTypes(data.edges);
  const hidden = countsHiddenSources(data.edges);
  return csv([
    [
      'id',
      'type',
      'source',
      'target',
      'certainty',
      ...(hidden ? [HIDDEN_SOURCES_COLUMN] : []),
      ...keys.map((k) => csvHeader(data.edges, k, columns.get(k)!)),
    ],
    ...data.edges.map((e) => [
      e.id,
      e.type,
      e.source,
      e.target,
      certaintyOf(e, data.foreign),
      ...(hidden ? [hiddenSourceCount(e)] : []),
      ...keys.map((k) => cellOf(e, k, columns.get(k))),
    ]),
  ]);
}

/** columnType of every property key of `items`. */
export function keyTypes(items: TypedItem[]): Map<string, ColumnType> {
  const keys = new Set(items.flatMap((it) => Object.keys(it.properties)));
  return new Map([...keys].map((k) => [k, columnType(items, k)]));
}
