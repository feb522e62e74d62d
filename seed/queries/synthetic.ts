// Queries of the synthetic market's bulk load: plain MERGE on id with properties added, no before/after
// comparison (the rows are generated, so the summary counts come from the result counters).
import type { FactRelType, NodeLabel } from '../../model/labels.js';

/** merge-synthetic-nodes — parameter $rows: [{id, props}]; no columns (counters only). */
export function mergeSyntheticNodesQuery(label: NodeLabel): string {
  return `UNWIND $rows AS row MERGE (n:${label} {id: row.id}) SET n += row.props`;
}

/** merge-synthetic-facts — parameter $rows: [{id, from, to, props}]; column rows (rows whose endpoints exist). */
export function mergeSyntheticFactsQuery(
  type: FactRelType,
  fromLabel: NodeLabel,
  toLabel: NodeLabel,
): string {
  return `
UNWIND $rows AS row
MATCH (a:${fromLabel} {id: row.from})
MATCH (b:${toLabel} {id: row.to})
MERGE (a)-[r:${type} {id: row.id}]->(b)
SET r += row.props
RETURN count(*) AS rows`;
}

/** count-existing-people — parameter $ids; column n. Decides whether a batch of people is new (fast path). */
export const COUNT_EXISTING_PEOPLE = 'UNWIND $ids AS id MATCH (p:Person {id: id}) RETURN count(p) AS n';

/** create-synthetic-nodes — parameter $rows: [{id, props}]; no columns. Only for ids known not to exist. */
export function createSyntheticNodesQuery(label: NodeLabel): string {
  return `UNWIND $rows AS row CREATE (n:${label}) SET n = row.props`;
}

/**
 * create-synthetic-facts — parameter $rows: [{id, from, to, props}]; column rows.
 * Only for facts of people created in this run: their relationships cannot exist yet (and the id
 * uniqueness constraint would reject a duplicate rather than let it in).
 */
export function createSyntheticFactsQuery(
  type: FactRelType,
  fromLabel: NodeLabel,
  toLabel: NodeLabel,
): string {
  return `
UNWIND $rows AS row
MATCH (a:${fromLabel} {id: row.from})
MATCH (b:${toLabel} {id: row.to})
CREATE (a)-[r:${type}]->(b)
SET r = row.props
RETURN count(*) AS rows`;
}
