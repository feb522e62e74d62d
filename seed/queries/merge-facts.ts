// merge-facts — one batch of facts of one relationship type between two labels.
// Parameters: $rows: [{id, from, to, props}] — from/to are node ids; props is the complete property map.
// Columns: rows (rows whose both endpoints exist), created, updated (existed and some property changed).
// A row whose endpoint is missing yields nothing, so the writer compares `rows` with the batch size.
import type { FactRelType, NodeLabel } from '../../model/labels.js';

export function mergeFactsQuery(type: FactRelType, fromLabel: NodeLabel, toLabel: NodeLabel): string {
  return `
UNWIND $rows AS row
MATCH (a:${fromLabel} {id: row.from})
MATCH (b:${toLabel} {id: row.to})
OPTIONAL MATCH (a)-[old:${type} {id: row.id}]->(b)
WITH row, a, b, old IS NULL AS isNew, CASE WHEN old IS NULL THEN null ELSE properties(old) END AS before
MERGE (a)-[r:${type} {id: row.id}]->(b)
SET r = row.props
RETURN count(*) AS rows,
       sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN NOT isNew AND before <> row.props THEN 1 ELSE 0 END) AS updated`;
}
