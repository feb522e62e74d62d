// Counts for the seed summary and tests. One branch per whitelisted label/type so each count comes from
// Neo4j's count store instead of a scan.
import { NODE_LABELS, REL_TYPES } from '../../model/labels.js';

/** count-nodes-by-label — no parameters; columns label, count (one row per label, zeros included). */
export const COUNT_NODES_BY_LABEL = NODE_LABELS.map(
  (l) => `MATCH (n:${l}) RETURN '${l}' AS label, count(n) AS count`,
).join('\nUNION ALL\n');

/** count-relationships-by-type — no parameters; columns type, count (one row per type, zeros included). */
export const COUNT_RELATIONSHIPS_BY_TYPE = REL_TYPES.map(
  (t) => `MATCH ()-[r:${t}]->() RETURN '${t}' AS type, count(r) AS count`,
).join('\nUNION ALL\n');
