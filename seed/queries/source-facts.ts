// Queries that keep a source's facts in step with its facts file: facts removed from the file, or whose type or
// endpoints changed, are deleted before the file's facts are merged.
import type { FactRelType } from '../../model/labels.js';

/** read-source-fact-ids — parameter $id (Source id); column factIds (list, or null when the source is new). */
export const READ_SOURCE_FACT_IDS = 'OPTIONAL MATCH (s:Source {id: $id}) RETURN s.factIds AS factIds';

/**
 * read-sources-fact-ids — parameter $ids (Source ids); columns id, factIds (the facts its facts file declared).
 * Sources not in the graph give no row.
 */
export const READ_SOURCES_FACT_IDS = `
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s.id AS id, coalesce(s.factIds, []) AS factIds`;

/**
 * find-stated-facts — parameter $ids (fact ids); columns id, from, to, sources (the fact's `sources`, or null),
 * owners (ids of the Sources whose facts file declared it: their `factIds` list it; empty for a fact an import or
 * a script wrote). The facts of one type that carry one of these ids, to keep a facts file off another's facts.
 */
export function findStatedFactsQuery(type: FactRelType): string {
  return `
UNWIND $ids AS id
MATCH (a)-[r:${type} {id: id}]->(b)
OPTIONAL MATCH (s:Source) WHERE id IN s.factIds
RETURN id, a.id AS from, b.id AS to, r.sources AS sources, collect(s.id) AS owners`;
}

/** delete-facts-by-id — parameter $ids (fact ids); column deleted. Deletes relationships of this type with those ids. */
export function deleteFactsByIdQuery(type: FactRelType): string {
  return `
UNWIND $ids AS id
MATCH ()-[r:${type} {id: id}]->()
DELETE r
RETURN count(*) AS deleted`;
}

/** delete-moved-facts — parameter $rows: [{id, from, to}]; column deleted. Deletes facts of this id whose endpoints changed. */
export function deleteMovedFactsQuery(type: FactRelType): string {
  return `
UNWIND $rows AS row
MATCH (a)-[r:${type} {id: row.id}]->(b)
WHERE a.id <> row.from OR b.id <> row.to
DELETE r
RETURN count(*) AS deleted`;
}
