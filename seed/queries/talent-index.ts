// Queries that store the talent index (seed/talent-index.ts; model/talent-index.ts says what it holds).
import { TALENT_INDEX_LABEL } from '../../model/talent-index.js';

/**
 * talent-index-orgs — parameter $minStints (integer); columns id (the organisation's id), eid (its elementId),
 * own (stints at it), family (stints at it and its divisions along PART_OF), largest family first.
 * Only organisations with an id and at least $minStints stints in their family: a smaller one is read live fast
 * enough, and storing its index would only slow every recompute.
 */
export const TALENT_INDEX_ORGS = `
MATCH (o:Organization) WHERE o.id IS NOT NULL
CALL (o) {
  MATCH (d:Organization)-[:PART_OF*0..10]->(o)
  WITH DISTINCT d
  RETURN sum(COUNT { (d)<-[:WORKED_AT]-(:Person) }) AS family
}
WITH o, family WHERE family >= $minStints
RETURN o.id AS id, elementId(o) AS eid, COUNT { (o)<-[:WORKED_AT]-(:Person) } AS own, family
ORDER BY family DESC, id`;

/**
 * write-talent-index — parameters $org (id), $divisions (boolean), $events (string: the encoded index), $moves
 * (integer: how many moves it holds), $build (string: this recompute), $format (integer: TALENT_INDEX_FORMAT, so a
 * reader skips an index of another format without reading its text); no columns.
 */
export const WRITE_TALENT_INDEX = `
MERGE (i:${TALENT_INDEX_LABEL} {org: $org, divisions: $divisions})
SET i.events = $events, i.moves = $moves, i.build = $build, i.format = $format`;

/**
 * count-outdated-talent-indexes — parameter $format (integer: TALENT_INDEX_FORMAT); column outdated (indexes written
 * in another format, or before the format was stored: their organisations' dashboards are read live until the next
 * recompute).
 */
export const COUNT_OUTDATED_TALENT_INDEXES = `
MATCH (i:${TALENT_INDEX_LABEL}) WHERE i.format IS NULL OR i.format <> $format
RETURN count(i) AS outdated`;

/** delete-other-talent-indexes — parameter $build; no columns. Indexes this recompute did not write are stale. */
export const DELETE_OTHER_TALENT_INDEXES = `
MATCH (i:${TALENT_INDEX_LABEL}) WHERE i.build IS NULL OR i.build <> $build
DETACH DELETE i`;

/** delete-talent-indexes — no parameters; no columns. Before the flows are recomputed, and after a failed rebuild. */
export const DELETE_TALENT_INDEXES = `
MATCH (i:${TALENT_INDEX_LABEL})
DETACH DELETE i`;
