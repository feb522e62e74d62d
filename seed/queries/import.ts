// Queries of the CSV import.

/**
 * load-entity-names — no parameters; columns label, id, name, nameAr, aliases, kind.
 * Every person's and organisation's names (for resolution) and every Source id.
 */
export const LOAD_ENTITY_NAMES = `
MATCH (n:Person) RETURN 'Person' AS label, n.id AS id, n.name AS name, n.nameAr AS nameAr, n.aliases AS aliases, null AS kind
UNION ALL
MATCH (n:Organization) RETURN 'Organization' AS label, n.id AS id, n.name AS name, n.nameAr AS nameAr, n.aliases AS aliases, n.kind AS kind
UNION ALL
MATCH (n:Source) RETURN 'Source' AS label, n.id AS id, null AS name, null AS nameAr, null AS aliases, null AS kind`;

/**
 * merge-nodes-additive — parameter $rows: [{id, props}]; columns rows, created, updated.
 * Adds the given properties to the node (an import never removes what a facts file or an earlier import set).
 */
export function mergeNodesAdditiveQuery(label: 'Person' | 'Organization' | 'Source'): string {
  return `
UNWIND $rows AS row
OPTIONAL MATCH (old:${label} {id: row.id})
WITH row, old IS NULL AS isNew, CASE WHEN old IS NULL THEN null ELSE properties(old) END AS before
MERGE (n:${label} {id: row.id})
SET n += row.props
RETURN count(*) AS rows,
       sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN NOT isNew AND before <> properties(n) THEN 1 ELSE 0 END) AS updated`;
}
