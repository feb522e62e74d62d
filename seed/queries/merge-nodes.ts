// merge-nodes — one batch of nodes of one label from a facts file.
// Parameters: $rows: [{id, props}] where props is the node's complete property map (id included).
// Columns: rows (rows matched), created, updated (existed and some property changed).
// The node's properties become exactly `props`: a facts file is the authority for the nodes it declares — but for a
// Source's factIds and fullText, which only the Source's own facts file writes.
import type { NodeLabel } from '../../model/labels.js';

export function mergeNodesQuery(label: NodeLabel): string {
  // A Source another file lists among its nodes (a report the article cites) keeps what its own facts file wrote:
  // the facts it declared (factIds, which say whose facts they are) and its text. Only its own file's row has factIds.
  const ownFile =
    label === 'Source'
      ? `
SET n.factIds = CASE WHEN row.props.factIds IS NULL THEN before.factIds ELSE row.props.factIds END,
    n.fullText = CASE WHEN row.props.factIds IS NULL THEN before.fullText ELSE row.props.fullText END`
      : '';
  return `
UNWIND $rows AS row
OPTIONAL MATCH (old:${label} {id: row.id})
WITH row, old IS NULL AS isNew, CASE WHEN old IS NULL THEN null ELSE properties(old) END AS before
MERGE (n:${label} {id: row.id})
SET n = row.props${ownFile}
RETURN count(*) AS rows,
       sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN NOT isNew AND before <> properties(n) THEN 1 ELSE 0 END) AS updated`;
}
