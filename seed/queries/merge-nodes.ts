// merge-nodes — one batch of nodes of one label from a facts file.
// Parameters: $rows: [{id, props}] where props is the node's complete property map (id included).
// Columns: rows (rows matched), created, updated (existed and some property changed).
// The node's properties become exactly `props`: a facts file is the authority for the nodes it declares — but for a
// Source's factIds and fullText, which only the Source's own facts file writes. What CSV imports added to a person or
// organisation is in `props` too: the writer reads it first (readImportedQuery) and adds it (seed/imported-values.ts).
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

/**
 * read-imported — what CSV imports recorded adding to these people or organisations (seed/queries/import.ts), and the
 * names and aliases they have (so the seed can say which it takes away or respells).
 * Parameter $ids; columns id, name, nameAr, kind, aliases (null where nothing was imported), hadName, hadNameAr (the
 * node's name and nameAr, or null), hadAliases (its aliases, a list); one row per node already in the graph.
 */
export function readImportedQuery(label: 'Person' | 'Organization'): string {
  return `
UNWIND $ids AS id
MATCH (n:${label} {id: id})
RETURN id, n.importedName AS name, n.importedNameAr AS nameAr, n.importedKind AS kind, n.importedAliases AS aliases,
       n.name AS hadName, n.nameAr AS hadNameAr, coalesce(n.aliases, []) AS hadAliases`;
}

/**
 * read-sources — the Sources of these ids already in the graph, with their properties (a facts file taking over one
 * an import described keeps what it does not declare: seed/source-takeover.ts).
 * Parameter $ids; columns id, props; one row per Source already in the graph.
 */
export const READ_SOURCES = `
UNWIND $ids AS id
MATCH (n:Source {id: id})
RETURN id, properties(n) AS props`;
