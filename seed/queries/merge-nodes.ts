// merge-nodes — one batch of nodes of one label from a facts file.
// Parameters: $rows: [{id, props}] where props is the node's complete property map (id included).
// Columns: rows (rows matched), created, updated (existed and some property changed).
// The node's properties become exactly `props`: a facts file is the authority for the nodes it declares.
import type { NodeLabel } from '../../model/labels.js';

export function mergeNodesQuery(label: NodeLabel): string {
  return `
UNWIND $rows AS row
OPTIONAL MATCH (old:${label} {id: row.id})
WITH row, old IS NULL AS isNew, CASE WHEN old IS NULL THEN null ELSE properties(old) END AS before
MERGE (n:${label} {id: row.id})
SET n = row.props
RETURN count(*) AS rows,
       sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN NOT isNew AND before <> row.props THEN 1 ELSE 0 END) AS updated`;
}
