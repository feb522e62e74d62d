// Queries behind GET /api/schema. The model's labels and types (model/labels.ts whitelists) are counted and
// sampled with static patterns, which Neo4j answers from its count store and type indexes; any other label or
// type found in the database (user data) is handled with dynamic labels `$(…)`, never spliced into the text.
import { INTERNAL_LABELS, NODE_LABELS, REL_TYPES } from '../../model/labels.js';

/**
 * CATALOGUE — every label and relationship type in the database.
 * Parameters: none. Columns: labels (list of strings), types (list of strings).
 */
export const CATALOGUE = `
CALL () { CALL db.labels() YIELD label RETURN collect(label) AS labels }
CALL () { CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS types }
RETURN labels, types
`;

/**
 * Groups a label's (type's) sampled entities' keys: sampled, key, types, present, integerLists. valueType() calls a
 * byte array LIST<INTEGER NOT NULL>, as it calls a list of integers, and no Cypher function tells them apart; the
 * driver does (an Int8Array), so up to 10 of the values of that type are returned as they are for the repository to
 * look at (a byte array can be large, so not every one of the sample).
 */
const SAMPLE_KEYS = (v: string) => `WITH collect(${v}) AS items
  UNWIND items AS ${v}
  UNWIND keys(${v}) AS key
  RETURN size(items) AS sampled, key, collect(DISTINCT valueType(${v}[key])) AS types, count(*) AS present,
    collect(CASE WHEN valueType(${v}[key]) STARTS WITH 'LIST<INTEGER NOT NULL>' THEN ${v}[key] END)[..10] AS integerLists`;

/**
 * MODEL_COUNTS — node count per model label and relationship count per model type, from the count store.
 * Interpolated: labels and types from the NODE_LABELS / REL_TYPES whitelists only.
 * Parameters: none. Columns: kind ('label' | 'type'), name (string), count (integer).
 */
export const MODEL_COUNTS = [
  ...NODE_LABELS.map((l) => `MATCH (n:${l}) RETURN 'label' AS kind, '${l}' AS name, count(n) AS count`),
  ...REL_TYPES.map((t) => `MATCH ()-[r:${t}]->() RETURN 'type' AS kind, '${t}' AS name, count(r) AS count`),
].join('\nUNION ALL\n');

/**
 * INTERNAL_COUNTS — node count per internal label (the talent index's: not shown, but a node losing its only one is
 * left without a label, so the schema's count of those is keyed on them too), from the count store.
 * Interpolated: labels from the INTERNAL_LABELS whitelist only.
 * Parameters: none. Columns: kind ('label'), name (string), count (integer).
 */
export const INTERNAL_COUNTS = INTERNAL_LABELS.map(
  (l) => `MATCH (n:${l}) RETURN 'label' AS kind, '${l}' AS name, count(n) AS count`,
).join('\nUNION ALL\n');

/**
 * MODEL_PROPERTIES — property keys of each model label and type, with their value types and how many sampled
 * entities have them, from up to $sample nodes (relationships) each (db.schema.nodeTypeProperties() would scan
 * the whole graph, seconds on the 100k-person graph).
 * Interpolated: labels and types from the whitelists only.
 * Parameters: $sample (integer). Columns: kind, name, sampled (integer), key (string),
 *             types (list such as "STRING NOT NULL"), present (integer), integerLists (up to 10 values whose type
 *             is LIST<INTEGER NOT NULL>: byte arrays and lists of integers, told apart by the driver).
 */
export const MODEL_PROPERTIES = [
  ...NODE_LABELS.map(
    (l) =>
      `CALL () { MATCH (n:${l}) WITH n LIMIT $sample ${SAMPLE_KEYS('n')} } RETURN 'label' AS kind, '${l}' AS name, sampled, key, types, present, integerLists`,
  ),
  ...REL_TYPES.map(
    (t) =>
      `CALL () { MATCH ()-[r:${t}]->() WITH r LIMIT $sample ${SAMPLE_KEYS('r')} } RETURN 'type' AS kind, '${t}' AS name, sampled, key, types, present, integerLists`,
  ),
].join('\nUNION ALL\n');

/**
 * OTHER_COUNTS — counts of labels and types outside the model (dynamic, so no count store: slower, but only
 * user data has them).
 * Parameters: $labels, $types (lists of strings). Columns: kind, name, count.
 */
export const OTHER_COUNTS = `
CALL () { UNWIND $labels AS name CALL (name) { MATCH (n:$(name)) RETURN count(n) AS count } RETURN 'label' AS kind, name, count
  UNION ALL
  UNWIND $types AS name CALL (name) { MATCH ()-[r:$(name)]->() RETURN count(r) AS count } RETURN 'type' AS kind, name, count }
RETURN kind, name, count
`;

/**
 * OTHER_PROPERTIES — MODEL_PROPERTIES for labels and types outside the model.
 * Parameters: $labels, $types (lists of strings), $sample (integer).
 * Columns: kind, name, sampled, key, types, present, integerLists.
 */
export const OTHER_PROPERTIES = `
CALL () { UNWIND $labels AS name CALL (name) { MATCH (n:$(name)) WITH n LIMIT $sample ${SAMPLE_KEYS('n')} }
  RETURN 'label' AS kind, name, sampled, key, types, present, integerLists
  UNION ALL
  UNWIND $types AS name CALL (name) { MATCH ()-[r:$(name)]->() WITH r LIMIT $sample ${SAMPLE_KEYS('r')} }
  RETURN 'type' AS kind, name, sampled, key, types, present, integerLists }
RETURN kind, name, sampled, key, types, present, integerLists
`;

/**
 * PROPERTY_KEYS — every property key in use. Parameters: none. Columns: propertyKey (string).
 */
export const PROPERTY_KEYS = `
CALL db.propertyKeys() YIELD propertyKey
RETURN propertyKey
ORDER BY propertyKey
`;

/**
 * NODE_COUNT — how many nodes the database holds, from the count store (no scan): with the label counts it tells
 * whether the unlabelled nodes UNLABELED_COUNT counted may have changed (a node created or deleted, a label added or
 * removed). Parameters: none. Columns: count (integer).
 */
export const NODE_COUNT = `MATCH (n) RETURN count(n) AS count`;

/**
 * UNLABELED_COUNT — how many nodes have no label. No index or count store holds them, so this reads every node's
 * labels (a scan of the node store, no property or relationship read): it runs only with the sampled read, and not
 * even then while NODE_COUNT and the label counts are those of its last count (schema-repository.ts unlabeledKey).
 * Parameters: none. Columns: count (integer).
 */
export const UNLABELED_COUNT = `MATCH (n) WHERE size(labels(n)) = 0 RETURN count(n) AS count`;

/**
 * UNLABELED_PROPERTIES — MODEL_PROPERTIES for nodes without a label: up to $sample of them, the scan stopping there
 * (run only when UNLABELED_COUNT found some). Parameters: $sample (integer).
 * Columns: sampled, key, types, present, integerLists.
 */
export const UNLABELED_PROPERTIES = `
CALL () { MATCH (n) WHERE size(labels(n)) = 0 WITH n LIMIT $sample ${SAMPLE_KEYS('n')} }
RETURN sampled, key, types, present, integerLists
`;

/**
 * ENDPOINTS — the start and end labels of relationship types, ours included (a foreign graph's WORKED_AT may join a
 * Person to a Company, whatever our documentation says), from up to $sample relationships each; dynamic types `$(…)`,
 * never spliced into the text. A node without a label stands as a null (collect leaves it out; count(l) does not
 * count it, count(*) does), so a type whose sampled start or end nodes have no label says so.
 * Parameters: $types (list of strings), $sample (integer).
 * Columns: name (string), from (list of strings), to (list of strings), fromUnlabeled, toUnlabeled (booleans:
 *          some sampled start / end node has no label).
 */
export const ENDPOINTS = `
UNWIND $types AS name
CALL (name) { MATCH (a)-[:$(name)]->() WITH a LIMIT $sample
  UNWIND CASE size(labels(a)) WHEN 0 THEN [null] ELSE labels(a) END AS l
  RETURN collect(DISTINCT l) AS from, count(l) < count(*) AS fromUnlabeled }
CALL (name) { MATCH ()-[:$(name)]->(b) WITH b LIMIT $sample
  UNWIND CASE size(labels(b)) WHEN 0 THEN [null] ELSE labels(b) END AS l
  RETURN collect(DISTINCT l) AS to, count(l) < count(*) AS toUnlabeled }
RETURN name, from, to, fromUnlabeled, toUnlabeled
`;
