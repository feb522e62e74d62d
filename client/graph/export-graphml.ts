// The GraphML export of the visible scene (exports.ts gives the rows all files share): one key per property, typed as
// its column, with the Cypher type a string key stands for as its description, and the layout's positions as x and y;
// a comment says how to read a key of JSON text (Any, List<Any>).
import { SOURCE_DETAILS, sourceDetails } from './export-sources.js';
import { anyCellsNote, describedType, xmlComment, type ColumnType } from './export-types.js';
import {
  HIDDEN_SOURCES_COLUMN,
  LABELS_COLUMN,
  NODE_COLUMNS,
  POSITION_COLUMNS,
  cellOf,
  cellText,
  certaintyOf,
  countsHiddenSources,
  forFile,
  hiddenSourceCount,
  keyTypes,
  labelsText,
  propertyKeys,
  sourcesById,
  type ExportGraph,
} from './exports.js';
import { XmlAlterations, markupEscape, withComment, xmlEscape } from './xml-text.js';

/** GraphML with one key per property, typed by graphmlType (graphology-graphml only parses, so the writer is here). */
export function toGraphML(
  graph: ExportGraph,
  positions?: Map<string, { x: number; y: number }>,
  view = '',
): string {
  // Positions are written as keys named x and y: a node's own x or y (a foreign graph's coordinates) is then renamed
  // property.x, else a reader would find two keys of one name and keep either.
  const data = forFile(graph, positions ? [...NODE_COLUMNS, ...POSITION_COLUMNS] : NODE_COLUMNS);
  const nodeKeys = ['labels', 'certainty', ...propertyKeys(data.nodes)];
  const hidden = countsHiddenSources(data.edges);
  // Each fact's sources' details beside their ids (export-sources.ts), when the graph names its sources.
  const named = sourcesById(data);
  const edgeKeys = [
    'type',
    'certainty',
    ...(hidden ? [HIDDEN_SOURCES_COLUMN] : []),
    ...(named ? [SOURCE_DETAILS] : []),
    ...propertyKeys(data.edges),
  ];
  const STRING: ColumnType = { type: 'string', cypher: undefined };
  const LONG: ColumnType = { type: 'long', cypher: 'Integer' };
  const DETAILS: ColumnType = { type: 'string', cypher: 'List', item: 'Map' };
  const [nodeColumns, edgeColumns] = [keyTypes(data.nodes), keyTypes(data.edges)];
  const typeOf = (columns: Map<string, ColumnType>, k: string) =>
    k === 'labels' && columns === nodeColumns
      ? LABELS_COLUMN
      : k === 'type' || k === 'certainty'
        ? STRING
        : k === HIDDEN_SOURCES_COLUMN && hidden
          ? LONG
          : k === SOURCE_DETAILS && named && columns === edgeColumns
            ? DETAILS
            : columns.get(k)!;
  // What XML cannot hold is written \uXXXX, and the file names the values so altered (xml-text.ts).
  const alterations = new XmlAlterations();
  /** A value, id or name as element text or an attribute: xmlText, noted, then markup escaped. */
  const esc = (s: string, kind: 'node' | 'edge' | 'key', id: string, what: string) =>
    markupEscape(alterations.text(s, kind, id, what));
  /** A key declared with its type, and the Cypher type a string key stands for as its description. */
  const keyLine = (id: string, kind: 'node' | 'edge', name: string, column: ColumnType) => {
    const head = `  <key id="${id}" for="${kind}" attr.name="${esc(name, 'key', name, 'name')}" attr.type="${column.type}"`;
    const described = describedType(column);
    return described ? `${head}><desc>${xmlEscape(described)}</desc></key>` : `${head}/>`;
  };
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  nodeKeys.forEach((k, i) => out.push(keyLine(`n${i}`, 'node', k, typeOf(nodeColumns, k))));
  if (positions) {
    out.push('  <key id="nx" for="node" attr.name="x" attr.type="double"/>');
    out.push('  <key id="ny" for="node" attr.name="y" attr.type="double"/>');
  }
  edgeKeys.forEach((k, i) => out.push(keyLine(`e${i}`, 'edge', k, typeOf(edgeColumns, k))));
  out.push('  <graph id="talent-graph" edgedefault="directed">');
  if (view) out.push(`    <desc>${xmlEscape(view)}</desc>`);
  for (const n of data.nodes) {
    out.push(`    <node id="${esc(n.id, 'node', n.id, 'id')}">`);
    nodeKeys.forEach((k, i) => {
      const v =
        k === 'labels'
          ? labelsText(n).typed
          : k === 'certainty'
            ? certaintyOf(n)
            : cellText(cellOf(n, k, typeOf(nodeColumns, k)));
      if (v !== '') out.push(`      <data key="n${i}">${esc(v, 'node', n.id, k)}</data>`);
    });
    const p = positions?.get(n.id);
    if (p) out.push(`      <data key="nx">${p.x}</data>`, `      <data key="ny">${p.y}</data>`);
    out.push('    </node>');
  }
  for (const e of data.edges) {
    out.push(
      `    <edge id="${esc(e.id, 'edge', e.id, 'id')}" source="${esc(e.source, 'edge', e.id, 'source')}" target="${esc(e.target, 'edge', e.id, 'target')}">`,
    );
    edgeKeys.forEach((k, i) => {
      const v =
        k === 'type'
          ? e.type
          : k === 'certainty'
            ? certaintyOf(e, data.foreign)
            : k === HIDDEN_SOURCES_COLUMN && hidden
              ? String(hiddenSourceCount(e))
              : k === SOURCE_DETAILS && named
                ? sourceDetails(e, named)
                : cellText(cellOf(e, k, typeOf(edgeColumns, k)));
      if (v !== '') out.push(`      <data key="e${i}">${esc(v, 'edge', e.id, k)}</data>`);
    });
    out.push('    </edge>');
  }
  out.push('  </graph>', '</graphml>', '');
  // A key described Any or List<Any> holds JSON text whose typed values ({"$type":…}) the file says how to read.
  const note = anyCellsNote([
    ...nodeKeys.map((k) => typeOf(nodeColumns, k)),
    ...edgeKeys.map((k) => typeOf(edgeColumns, k)),
  ]);
  const typesComment = note ? xmlComment(`Talent Graph: ${note}`) : '';
  return withComment(withComment(out.join('\n'), typesComment), alterations.comment());
}
