// Query results as a table or JSON (the graph view is the canvas). Nodes and relationships in cells show as names
// and types; every cell says its Cypher type (data-type, a tooltip, a badge for temporals, durations, points and
// bytes), so 3 and 3.0, or a date and a string, are told apart.
import type { JsonValue } from '../../model/graph.js';
import type { CypherResult } from '../api/api.js';
import { shownRows } from '../state/cypher-rows.js';
import {
  BADGED_TYPES as BADGED,
  columnPointer,
  elementTypes,
  jsonText,
  literalText,
  pointerToken,
  scalarText,
  typeAt,
  type TypeHints,
} from '../state/cypher-values.js';
import { isGraphEdge, isGraphNode } from '../api/graph-json.js';
import { displayName } from '../graph/names.js';
import { useApp, useAppState, useT } from './app-context.js';
import { LiteralText } from './literal-text.js';

export const MAX_RESULT_ROWS = 1_000;

/** Shown as the node's name already, or only for search: not repeated in its property line. */
const NODE_NAME_KEYS = new Set(['name', 'name_ar', 'title', 'searchText']);
const EDGE_SKIP_KEYS = new Set(['id', 'searchText']);
/** A cell shows this many properties; all of them are in its tooltip. */
const DEFAULT_CELL_PROPERTIES = 4;

/**
 * A node's or relationship's properties in a table cell: `key: value` pairs, the first few shown, all on hover — each
 * value as a Cypher literal of its own type (the server's hints under `pointer`/properties), so 1 and 1.0, a date and
 * the string of it, or a big integer and its digits as text, are told apart here too.
 */
function PropertyLine({
  properties,
  skip,
  pointer,
  hints,
}: {
  properties: Record<string, JsonValue>;
  skip: Set<string>;
  pointer: string;
  hints: TypeHints | undefined;
}) {
  const entries = Object.entries(properties).filter(([k]) => !skip.has(k));
  if (entries.length === 0) return null;
  // Isolated (literalText): the tooltip keeps the marks as text, the line shows each part as a <bdi>.
  const text = (k: string, v: JsonValue) =>
    literalText(v, `${pointer}/properties/${pointerToken(k)}`, hints, true);
  const all = entries.map(([k, v]) => `${k}: ${text(k, v)}`);
  return (
    <span className="cell-properties" dir="auto" title={all.join('\n')}>
      {entries.slice(0, DEFAULT_CELL_PROPERTIES).map(([k, v]) => (
        <span key={k} className="cell-property">
          <span className="mono">{k}</span>:{' '}
          <bdi>
            <LiteralText text={text(k, v)} />
          </bdi>
        </span>
      ))}
      {entries.length > DEFAULT_CELL_PROPERTIES && (
        <span className="hint"> +{entries.length - DEFAULT_CELL_PROPERTIES}</span>
      )}
    </span>
  );
}

/** A row's values in column order; own values only, so a column named `__proto__` or `constructor` is its data. */
function rowValues(result: CypherResult, row: JsonValue[] | Record<string, JsonValue>): JsonValue[] {
  return Array.isArray(row) ? row : result.columns.map((c) => (Object.hasOwn(row, c) ? row[c]! : null));
}

function Cell({
  value,
  type,
  pointer,
  hints,
}: {
  value: JsonValue;
  type: string;
  pointer: string;
  hints: TypeHints | undefined;
}) {
  const { actions } = useApp();
  const lang = useAppState((s) => s.lang);
  if (value === null || value === undefined) return <span className="null">null</span>;
  if (type === 'Node' && isGraphNode(value)) {
    return (
      <span className="entity-cell">
        <button
          type="button"
          className="link-button"
          dir="auto"
          onClick={() => void actions.reveal(value.id)}
        >
          {displayName({ ...value, types: elementTypes(hints, pointer) }, lang)}{' '}
          <span className="result-label">:{value.labels.join(':')}</span>
        </button>
        <PropertyLine properties={value.properties} skip={NODE_NAME_KEYS} pointer={pointer} hints={hints} />
      </span>
    );
  }
  if (type === 'Relationship' && isGraphEdge(value)) {
    return (
      <span className="entity-cell">
        <button
          type="button"
          className="link-button mono"
          dir="ltr"
          onClick={() => actions.details.selectEdge(value.id)}
        >
          [:{value.type}]
        </button>
        <PropertyLine properties={value.properties} skip={EDGE_SKIP_KEYS} pointer={pointer} hints={hints} />
      </span>
    );
  }
  // NaN, ±Infinity and -0.0 arrive as text: the badge tells them from strings.
  if (BADGED.has(type) || (type === 'Float' && typeof value === 'string')) {
    return (
      // The value reads left to right in either language; its badge follows it in the page's direction.
      <span className="typed-cell">
        <span className="mono" dir="ltr">
          {scalarText(value, type)}
        </span>{' '}
        <span className="type-badge" dir="ltr">
          {type}
        </span>
      </span>
    );
  }
  if (type === 'Integer' || type === 'Float') {
    return (
      <span className="mono cell-number" dir="ltr">
        {scalarText(value, type)}
      </span>
    );
  }
  if (type === 'String') return <span dir="auto">{String(value)}</span>;
  if (type === 'Boolean') return <span className="mono">{String(value)}</span>;
  return (
    <span className="mono json-cell" dir="ltr">
      <LiteralText text={literalText(value, pointer, hints, true)} />
    </span>
  );
}

export function ResultTable({ result }: { result: CypherResult }) {
  const t = useT();
  const { rows, types } = shownRows(result, MAX_RESULT_ROWS);
  return (
    <div className="result-table" data-testid="result-table">
      <table>
        <thead>
          <tr>
            {result.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => {
            const hints = types[i];
            return (
              <tr key={i}>
                {rowValues(result, row).map((v, j) => {
                  const pointer = columnPointer(result.columns[j] ?? String(j));
                  const type = typeAt(v, pointer, hints);
                  return (
                    <td key={j} data-type={type} title={t('cypherType', { type })}>
                      <Cell value={v} type={type} pointer={pointer} hints={hints} />
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The rows as JSON, their refs resolved: what Neo4j Browser's JSON shows (the refs are only how they travel). */
export function ResultJson({ result }: { result: CypherResult }) {
  const { rows, types } = shownRows(result, MAX_RESULT_ROWS);
  return (
    <pre className="result-json" data-testid="result-json" dir="ltr">
      {/* Bidi controls inside a string are written \uXXXX (still the same JSON), so none reorders the text after it. */}
      {jsonText({
        columns: result.columns,
        rows,
        // The types the rows' JSON cannot show (3.0, big integers, NaN, dates…), by JSON Pointer per row.
        types,
        summary: result.summary,
      })}
    </pre>
  );
}
