// Query behind GET /api/search.

export const SEARCH_INDEX = 'entity_search';

/**
 * SEARCH_ENTITIES — full-text search over names and aliases (English and Arabic) in the entity_search index,
 * best first (the index yields by score, so no sort is needed), optionally only some labels.
 * Parameters: $query (string, a Lucene query built by services/lucene-query.ts from escaped, normalised terms),
 *             $labels (list of labels or null), $limit (integer).
 * Columns: node (node), score (float).
 */
export const SEARCH_ENTITIES = `
CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $query) YIELD node, score
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
RETURN node, score
LIMIT $limit
`;
