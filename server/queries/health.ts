// Queries behind GET /api/health.

/**
 * SERVER_COMPONENTS — which Neo4j answers.
 * Parameters: none.
 * Columns: name (string), version (string), edition (string).
 */
export const SERVER_COMPONENTS = `
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
`;

/**
 * GRAPH_COUNTS — size of the graph, from the count store (constant time).
 * Parameters: none.
 * Columns: nodes (integer), relationships (integer).
 */
export const GRAPH_COUNTS = `
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
`;
