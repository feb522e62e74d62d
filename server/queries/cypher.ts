// Queries behind POST /api/cypher besides the user's own.

/**
 * explainQuery — the user's query prefixed with EXPLAIN, so the database plans it without running it and the
 * guard can inspect the plan's operators. (EXPLAIN EXPLAIN … is accepted; EXPLAIN PROFILE … is refused by Neo4j.)
 * Parameters: the user's parameters.
 * Columns: none (the plan is in the summary).
 */
export const EXPLAIN_PREFIX = 'EXPLAIN\n';
export function explainQuery(userQuery: string): string {
  return `${EXPLAIN_PREFIX}${userQuery}`;
}

/** A leading PROFILE keyword, after any whitespace and comments (the only place Cypher accepts it). */
const LEADING_PROFILE = /^((?:\s|\/\/[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*)PROFILE\b/i;

/**
 * The query the plan guard EXPLAINs for a user's `PROFILE <query>`: the PROFILE keyword blanked with spaces, so the
 * guard checks exactly the statement that then runs (PROFILE only adds statistics) and every error position in
 * the EXPLAIN step still points where the user typed it. Neo4j refuses EXPLAIN PROFILE; a query without a leading
 * PROFILE comes back unchanged.
 */
export function withoutProfile(userQuery: string): { query: string; profiled: boolean } {
  const m = LEADING_PROFILE.exec(userQuery);
  if (!m) return { query: userQuery, profiled: false };
  const lead = m[1] ?? '';
  return {
    query: `${lead}${' '.repeat('PROFILE'.length)}${userQuery.slice(m[0].length)}`,
    profiled: true,
  };
}

/**
 * Maps a position Neo4j reported for explainQuery(q) back onto q itself: the prefix adds one line and its length
 * to the offset, so an error must point where the user typed it.
 */
export function unprefixPositions(message: string): string {
  return message.replace(/line (\d+), column (\d+) \(offset: (\d+)\)/g, (whole, line, column, offset) => {
    const l = Number(line);
    const o = Number(offset);
    if (l < 2 || o < EXPLAIN_PREFIX.length) return whole;
    return `line ${l - 1}, column ${column} (offset: ${o - EXPLAIN_PREFIX.length})`;
  });
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
