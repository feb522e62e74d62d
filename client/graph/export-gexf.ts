// The GEXF export of the visible scene (exports.ts writes the others, and gives the rows all share): properties as
// attributes typed as their columns, and (when known) position, colour and size as viz.
import { write as writeGexf } from 'graphology-gexf/browser';
import { MultiDirectedGraph } from 'graphology';
import { nameText } from '../../model/display-names.js';
import { SOURCE_DETAILS, sourceDetails } from './export-sources.js';
import { gexfTypesComment, retypeGexf, type ColumnType, type TypedItem } from './export-types.js';
import {
  HIDDEN_SOURCES_COLUMN,
  LABELS_COLUMN,
  PROPERTY_PREFIX,
  cellOf,
  cellText,
  certaintyOf,
  countsHiddenSources,
  forFile,
  hiddenSourceCount,
  keyTypes,
  labelsText,
  sourcesById,
  type ExportGraph,
} from './exports.js';
import { XmlAlterations, withComment, xmlText } from './xml-text.js';

/**
 * A value for a GEXF attribute of column `column` (columnType's, so both files type a property alike): a number or a
 * boolean as it is where every value of the property is one, else its text with what XML cannot hold written
 * \uXXXX (noted in `alterations`). graphology-gexf types an attribute by its values, and would call one that mixes
 * true and 1 an integer.
 */
function gexfValue(
  item: TypedItem & { id: string },
  kind: 'node' | 'edge',
  key: string,
  column: ColumnType,
  alterations: XmlAlterations,
): string | number | boolean {
  const c = cellOf(item, key, column);
  return column.type === 'string' || typeof c === 'string' || typeof c === 'object'
    ? alterations.text(cellText(c), kind, item.id, key)
    : c;
}

/** A name graphology-gexf cannot carry: '' (an attribute without an id), or one its model, a plain {}, inherits. */
function unusableInGexf(name: string): boolean {
  return name === '' || name in Object.prototype;
}

/**
 * The GEXF attribute name of each property key of `types`: its text with what XML cannot hold written \uXXXX, and for one
 * graphology-gexf cannot carry (unusableInGexf: a foreign graph's `constructor`, `toString`, `__proto__` or '', which
 * it left out or wrote without an id) `property.<name>`, as withOwnNames renames a property named like a column.
 * `taken`: the file's own attributes of the class.
 */
function gexfNames(
  types: Map<string, ColumnType>,
  taken: readonly string[],
  alterations: XmlAlterations,
): Map<string, string> {
  const texts = new Map([...types.keys()].map((k) => [k, alterations.text(k, 'key', k, 'name')]));
  const used = new Set([...taken, ...[...texts.values()].filter((t) => !unusableInGexf(t))]);
  const names = new Map<string, string>();
  for (const [k, text] of texts) {
    let name = text;
    if (unusableInGexf(text)) {
      name = `${PROPERTY_PREFIX}${text}`;
      while (used.has(name)) name = `${PROPERTY_PREFIX}${name}`;
      used.add(name);
    }
    names.set(k, name);
  }
  return names;
}

/** GEXF through graphology-gexf: properties as attributes, and (when known) position, colour and size as viz. */
export function toGexf(
  graph: ExportGraph,
  viz?: Map<string, { x: number; y: number; size?: number; color?: string; label?: string }>,
  view = '',
): string {
  const data = forFile(graph);
  const [nodeTypes, edgeTypes] = [keyTypes(data.nodes), keyTypes(data.edges)];
  const hidden = countsHiddenSources(data.edges);
  // What XML cannot hold is written \uXXXX, and the file names the values so altered (xml-text.ts).
  const alterations = new XmlAlterations();
  const nodeNames = gexfNames(nodeTypes, ['labels'], alterations);
  const edgeNames = gexfNames(
    edgeTypes,
    ['type', 'certainty', HIDDEN_SOURCES_COLUMN, SOURCE_DETAILS],
    alterations,
  );
  const named = sourcesById(data);
  const g = new MultiDirectedGraph();
  const noted = (s: string, kind: 'node' | 'edge', id: string, what: string) =>
    alterations.text(s, kind, id, what);
  if (view) g.setAttribute('description', xmlText(view));
  for (const n of data.nodes) {
    // graphology-gexf escapes markup but not what XML cannot hold: a name with a control character would make the
    // file unreadable, so values, labels and keys go through xmlText (noted).
    // Numbers and booleans go as they are: graphology-gexf types each attribute by its values (integer, long,
    // double, boolean), so a count stays a number in Gephi.
    const attributes: Record<string, string | number | boolean> = {
      labels: noted(labelsText(n).typed, 'node', n.id, 'labels'),
    };
    for (const k of Object.keys(n.properties))
      if (k !== 'id') attributes[nodeNames.get(k)!] = gexfValue(n, 'node', k, nodeTypes.get(k)!, alterations);
    const key = noted(n.id, 'node', n.id, 'id');
    // Two ids that differ only by such characters: the first is kept (never a failed export).
    if (g.hasNode(key)) continue;
    const z = viz?.get(n.id);
    g.addNode(key, {
      label: xmlText(z?.label ?? nameText(n.properties, n.types, 'name') ?? n.id),
      viz: z
        ? { x: z.x, y: z.y, ...(z.size ? { size: z.size } : {}), ...(z.color ? { color: z.color } : {}) }
        : undefined,
      attributes,
    });
  }
  for (const e of data.edges) {
    const [source, target] = [xmlText(e.source), xmlText(e.target)];
    if (!g.hasNode(source) || !g.hasNode(target)) continue;
    const attributes: Record<string, string | number | boolean> = {
      type: noted(e.type, 'edge', e.id, 'type'),
    };
    for (const k of Object.keys(e.properties))
      if (k !== 'id') attributes[edgeNames.get(k)!] = gexfValue(e, 'edge', k, edgeTypes.get(k)!, alterations);
    attributes.certainty = certaintyOf(e, data.foreign);
    if (hidden) attributes[HIDDEN_SOURCES_COLUMN] = hiddenSourceCount(e);
    // Noted like every other value: a source's title may hold what XML cannot (GraphML names it too).
    if (named) attributes[SOURCE_DETAILS] = noted(sourceDetails(e, named), 'edge', e.id, SOURCE_DETAILS);
    const key = noted(e.id, 'edge', e.id, 'id');
    if (!g.hasEdge(key))
      g.addDirectedEdgeWithKey(key, source, target, { label: xmlText(e.type), attributes });
  }
  // graphology-gexf declares each attribute by its JSON values; the columns' Cypher types correct it (export-types.ts).
  const byName = (types: Map<string, ColumnType>, names: Map<string, string>) =>
    new Map([...types].map(([k, c]) => [names.get(k)!, c]));
  const written = writeGexf(g, {
    formatNode: (_key, a) => ({ label: a.label, ...(a.viz ? { viz: a.viz } : {}), attributes: a.attributes }),
    formatEdge: (_key, a) => ({ label: a.label, attributes: a.attributes }),
  });
  const columns = {
    node: byName(nodeTypes, nodeNames).set('labels', LABELS_COLUMN),
    edge: byName(edgeTypes, edgeNames),
  };
  return withComment(
    withComment(retypeGexf(written, columns), gexfTypesComment(columns)),
    alterations.comment(),
  );
}
