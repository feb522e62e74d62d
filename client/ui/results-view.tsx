// Query results as a table or JSON (the graph view is the canvas). Nodes and relationships in cells show as names
// and types; everything is text.
import type { JsonValue } from '../../model/graph.js';
import type { CypherResult } from '../state/api.js';
import { isGraphEdge, isGraphNode } from '../state/graph-json.js';
import { displayName } from '../graph/names.js';
import { useApp, useAppState } from './app-context.js';

export const MAX_RESULT_ROWS = 1_000;

function rowValues(result: CypherResult, row: JsonValue[] | Record<string, JsonValue>): JsonValue[] {
  return Array.isArray(row) ? row : result.columns.map((c) => row[c] ?? null);
}

function Cell({ value }: { value: JsonValue }) {
  const { actions } = useApp();
  const lang = useAppState((s) => s.lang);
  if (value === null || value === undefined) return <span className="null">null</span>;
  if (isGraphNode(value)) {
    return (
      <button type="button" className="link-button" dir="auto" onClick={() => void actions.reveal(value.id)}>
        {displayName(value, lang)} <span className="result-label">:{value.labels.join(':')}</span>
      </button>
    );
  }
  if (isGraphEdge(value)) return <span className="mono">[:{value.type}]</span>;
  if (typeof value === 'object') return <span className="mono json-cell">{JSON.stringify(value)}</span>;
  return <span dir="auto">{String(value)}</span>;
}

export function ResultTable({ result }: { result: CypherResult }) {
  const rows = result.rows.slice(0, MAX_RESULT_ROWS);
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
          {rows.map((row, i) => (
            <tr key={i}>
              {rowValues(result, row).map((v, j) => (
                <td key={j}>
                  <Cell value={v} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ResultJson({ result }: { result: CypherResult }) {
  return (
    <pre className="result-json" data-testid="result-json" dir="ltr">
      {JSON.stringify(
        { columns: result.columns, rows: result.rows.slice(0, MAX_RESULT_ROWS), summary: result.summary },
        null,
        2,
      )}
    </pre>
  );
}
