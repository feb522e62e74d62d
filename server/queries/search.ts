// Queries behind GET /api/search, read-only on any database: our full-text index where it exists, else any node
// full-text index the database already has, else a bounded scan of the display properties (model/display-names.ts).

export const SEARCH_INDEX = 'entity_search';

/**
 * NODE_FULLTEXT_INDEXES — the node full-text indexes that can answer now (ONLINE), ours or the user's.
 * Parameters: none. Columns: name (string), labels (list of strings), properties (list of strings).
 */
export const NODE_FULLTEXT_INDEXES = `
SHOW FULLTEXT INDEXES YIELD name, entityType, labelsOrTypes, properties, state
WHERE entityType = 'NODE' AND state = 'ONLINE'
RETURN name, labelsOrTypes AS labels, properties
ORDER BY name
`;

/**
 * SEARCH_FULLTEXT — full-text search on one node index, best first (the index yields by score, so no sort is
 * needed), optionally only some labels. On our entity_search: names and aliases in English and Arabic.
 * Parameters: $index (string, a name from NODE_FULLTEXT_INDEXES), $query (string, a Lucene query built by
 *             services/lucene-query.ts from escaped, normalised terms), $labels (list of labels or null),
 *             $limit (integer).
 * Columns: node (node), score (float).
 */
export const SEARCH_FULLTEXT = `
CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
RETURN node, score
LIMIT $limit
`;

/**
 * SCAN_NAMES — the names of at most $scanLimit nodes (of $labels, when given), for a search without any full-text
 * index: each node's display-name properties that hold strings (and the strings of a list-valued `aliases`), else
 * the value of its first string property in key order. Matching happens in the service (names normalised as the
 * index's searchText is), so this only reads. No ORDER BY: the scan stops at the cap.
 * Parameters: $keys (list of property keys, DISPLAY_NAME_PROPERTIES), $labels (list of labels or null),
 *             $scanLimit (integer).
 * Columns: eid (string, elementId), names (list of strings).
 */
export const SCAN_NAMES = `
MATCH (n)
WHERE $labels IS NULL OR any(l IN labels(n) WHERE l IN $labels)
WITH n LIMIT $scanLimit
WITH n,
     [k IN $keys WHERE n[k] IS :: STRING NOT NULL AND trim(n[k]) <> '' | n[k]]
       + CASE WHEN n.aliases IS :: LIST<STRING NOT NULL> NOT NULL THEN n.aliases ELSE [] END AS names
WITH n, names,
     CASE WHEN size(names) > 0 THEN null
          ELSE reduce(best = null, k IN keys(n) |
                 CASE WHEN n[k] IS :: STRING NOT NULL AND trim(n[k]) <> '' AND (best IS NULL OR k < best)
                      THEN k ELSE best END) END AS firstKey
RETURN elementId(n) AS eid, CASE WHEN firstKey IS NULL THEN names ELSE [n[firstKey]] END AS names
`;

/**
 * NODES_BY_ELEMENT_IDS — the nodes a scan matched, to return them whole.
 * Parameters: $eids (list of strings). Columns: node (node), eid (string).
 */
export const NODES_BY_ELEMENT_IDS = `
MATCH (node) WHERE elementId(node) IN $eids
RETURN node, elementId(node) AS eid
`;

/**
 * SEARCH_ENTITIES — SEARCH_FULLTEXT on our entity_search index (the benchmark's raw baseline runs it).
 * Parameters: $query, $labels, $limit as SEARCH_FULLTEXT. Columns: node (node), score (float).
 */
export const SEARCH_ENTITIES = SEARCH_FULLTEXT.replace('$index', `'${SEARCH_INDEX}'`);
