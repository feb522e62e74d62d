// Queries behind GET /api/schema. Labels and types come from the database's own catalogue (db.labels(),
// db.relationshipTypes()) and are used as dynamic labels `$(…)`, never spliced into the query text.

/**
 * LABEL_COUNTS — every label in the database with its node count.
 * Parameters: none. Columns: label (string), count (integer).
 */
export const LABEL_COUNTS = `
CALL db.labels() YIELD label
CALL (label) { MATCH (n:$(label)) RETURN count(n) AS count }
RETURN label, count
ORDER BY label
`;

/**
 * REL_TYPE_COUNTS — every relationship type with its count.
 * Parameters: none. Columns: type (string), count (integer).
 */
export const REL_TYPE_COUNTS = `
CALL db.relationshipTypes() YIELD relationshipType AS type
CALL (type) { MATCH ()-[r:$(type)]->() RETURN count(r) AS count }
RETURN type, count
ORDER BY type
`;

/**
 * NODE_TYPE_PROPERTIES — property keys per label combination, with their types and whether every node has them.
 * Parameters: none. Columns: nodeLabels (list of strings), propertyName (string or null), propertyTypes (list), mandatory (boolean).
 */
export const NODE_TYPE_PROPERTIES = `
CALL db.schema.nodeTypeProperties() YIELD nodeLabels, propertyName, propertyTypes, mandatory
RETURN nodeLabels, propertyName, propertyTypes, mandatory
`;

/**
 * REL_TYPE_PROPERTIES — property keys per relationship type.
 * Parameters: none. Columns: relType (string like ":\`WORKED_AT\`"), propertyName, propertyTypes, mandatory.
 */
export const REL_TYPE_PROPERTIES = `
CALL db.schema.relTypeProperties() YIELD relType, propertyName, propertyTypes, mandatory
RETURN relType, propertyName, propertyTypes, mandatory
`;

/**
 * PROPERTY_KEYS — every property key in use. Parameters: none. Columns: propertyKey (string).
 */
export const PROPERTY_KEYS = `
CALL db.propertyKeys() YIELD propertyKey
RETURN propertyKey
ORDER BY propertyKey
`;
