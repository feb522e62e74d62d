// The rows a result frame draws (Table and JSON): a format-2 answer's refs resolved from its graph (model/cypher-refs.ts)
// into the nodes, relationships and paths format 1 would have written, only for the rows shown and once per answer.
import { resolveRefRows, type RowTypeHints } from '../../model/cypher-refs.js';
import type { JsonValue } from '../../model/graph.js';
import type { CypherResult } from '../api/api.js';

export interface ShownRows {
  rows: Record<string, JsonValue>[];
  /** Format 1's type hints of those rows (a ref's Node, Relationship or Path included). */
  types: RowTypeHints[];
}

/** Resolved rows by answer and count: answers are never changed, so switching a frame's tab reuses them. */
const cache = new WeakMap<CypherResult, Map<number, ShownRows>>();

/** The first `max` rows of an answer as format 1 writes them, whichever format the server answered in. */
export function shownRows(result: CypherResult, max: number): ShownRows {
  if (!('format' in result) || result.format !== 2) {
    return { rows: result.rows.slice(0, max), types: (result.types ?? []).slice(0, max) };
  }
  let byMax = cache.get(result);
  if (!byMax) cache.set(result, (byMax = new Map()));
  let shown = byMax.get(max);
  if (!shown) byMax.set(max, (shown = resolveRefRows(result, max)));
  return shown;
}
