// Queries that keep a source's facts in step with its facts file: facts removed from the file, or whose type or
// endpoints changed, are deleted before the file's facts are merged.
import type { FactRelType } from '../../model/labels.js';

/** read-source-fact-ids — parameter $id (Source id); column factIds (list, or null when the source is new). */
export const READ_SOURCE_FACT_IDS = 'OPTIONAL MATCH (s:Source {id: $id}) RETURN s.factIds AS factIds';

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
