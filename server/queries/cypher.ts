// Queries behind POST /api/cypher besides the user's own.

/**
 * explainQuery — the user's query prefixed with EXPLAIN, so the database plans it without running it and the
 * guard can inspect the plan's operators. (EXPLAIN EXPLAIN … is accepted; EXPLAIN PROFILE … is refused by Neo4j.)
 * Parameters: the user's parameters.
 * Columns: none (the plan is in the summary).
 */
export function explainQuery(userQuery: string): string {
  return `EXPLAIN\n${userQuery}`;
}

/**
 * NODES_BY_ELEMENT_ID — end nodes of relationships a user query returned without their nodes, so every edge in
 * the answer's graph has both endpoints.
 * Parameters: $elementIds (list of strings).
 * Columns: n (node).
 */
export const NODES_BY_ELEMENT_ID = `
MATCH (n) WHERE elementId(n) IN $elementIds
RETURN n
`;
