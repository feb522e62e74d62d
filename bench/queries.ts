// The benchmark's own Cypher: sampling ids to ask about, and clearing what the seed benchmark wrote. The queries
// under measurement are never here — they are imported from server/queries and seed/queries, so the raw-driver
// baseline runs exactly what the API runs.

/** sample-people — no parameters; columns id, name. Every person, in id order (the bench picks with a seeded PRNG). */
export const SAMPLE_PEOPLE = 'MATCH (p:Person) RETURN p.id AS id, p.name AS name ORDER BY p.id';

/** sample-organizations — no parameters; columns id, name, degree. Every organisation, most connected first. */
export const SAMPLE_ORGANIZATIONS =
  'MATCH (o:Organization) RETURN o.id AS id, o.name AS name, COUNT { (o)--() } AS degree ORDER BY degree DESC, o.id';

/** flow-orgs — no parameters; columns id, flows. Organisations by how many TALENT_FLOW relationships touch them. */
export const FLOW_ORGANIZATIONS =
  'MATCH (o:Organization)-[f:TALENT_FLOW]-() RETURN o.id AS id, count(f) AS flows ORDER BY flows DESC, o.id LIMIT 20';

/** graph-counts — no parameters; columns nodes, relationships. */
export const GRAPH_COUNTS =
  'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships';

/** delete-worked-at — no parameters; auto-commit (batched). Clears the seed sample's stints between runs. */
export const DELETE_WORKED_AT =
  'MATCH ()-[r:WORKED_AT]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS';

/**
 * bare-create-worked-at — parameter $rows: [{from, to}]; column rows. The seed section's engine floor: the same
 * endpoints looked up by id and joined by a relationship with no properties, so no property store or index entry
 * is written — what Neo4j itself writes per second on this machine, for the seed query's rate to be set against.
 */
export const BARE_CREATE_WORKED_AT = `
UNWIND $rows AS row
MATCH (a:Person {id: row.from})
MATCH (b:Organization {id: row.to})
CREATE (a)-[:WORKED_AT]->(b)
RETURN count(*) AS rows`;

/** count-worked-at — no parameters; column count. */
export const COUNT_WORKED_AT = 'MATCH ()-[r:WORKED_AT]->() RETURN count(r) AS count';

/**
 * two-hop-neighbourhood — parameter $id (node id); rows n, r1, m, r2, k. The 2-hop neighbourhood the client
 * shows when a node is expanded twice: up to 100 neighbours, and up to 10 of each one's own neighbours.
 */
export const TWO_HOP_NEIGHBOURHOOD = `MATCH (n:Person {id: $id})-[r1]-(m)
WITH n, r1, m LIMIT 100
CALL (n, m) { MATCH (m)-[r2]-(k) WHERE k <> n RETURN r2, k LIMIT 10 }
RETURN n, r1, m, r2, k`;

/** person-facts — parameter $id; rows p, r, m. A small graph result for the API-overhead comparison through /api/cypher. */
export const PERSON_FACTS = 'MATCH (p:Person {id: $id})-[r]-(m) RETURN p, r, m LIMIT 50';
