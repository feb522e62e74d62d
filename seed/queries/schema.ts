// Schema DDL of the seed: id uniqueness per label and relationship type, the `entity_search` full-text index
// and range indexes for the API's filters. All `IF NOT EXISTS`; names come from model/data-model.ts.
// Labels, types and property names are interpolated only from the model's whitelists.
import {
  FULLTEXT_INDEX,
  RANGE_INDEXES,
  nodeIdConstraintName,
  relIdConstraintName,
} from '../../model/data-model.js';
import type { NodeLabel, RelType } from '../../model/labels.js';

/** create-node-id-constraint — no parameters, no columns. */
export function createNodeIdConstraint(label: NodeLabel): string {
  return `CREATE CONSTRAINT ${nodeIdConstraintName(label)} IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`;
}

/** create-relationship-id-constraint — no parameters, no columns. Relationship uniqueness constraints exist in Community since 5.7. */
export function createRelIdConstraint(type: RelType): string {
  return `CREATE CONSTRAINT ${relIdConstraintName(type)} IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.id IS UNIQUE`;
}

/** create-fulltext-index — no parameters, no columns. */
export function createFulltextIndex(): string {
  const labels = FULLTEXT_INDEX.labels.join('|');
  const props = FULLTEXT_INDEX.properties.map((p) => `n.${p}`).join(', ');
  return (
    `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX.name} IF NOT EXISTS FOR (n:${labels}) ON EACH [${props}] ` +
    `OPTIONS { indexConfig: { \`fulltext.analyzer\`: '${FULLTEXT_INDEX.analyzer}', \`fulltext.eventually_consistent\`: false } }`
  );
}

/** create-range-index — no parameters, no columns. */
export function createRangeIndex(def: (typeof RANGE_INDEXES)[number]): string {
  const props = def.properties.map((p) => `x.${p}`).join(', ');
  const pattern = def.on === 'node' ? `(x:${def.target})` : `()-[x:${def.target}]-()`;
  return `CREATE RANGE INDEX ${def.name} IF NOT EXISTS FOR ${pattern} ON (${props})`;
}

/** await-indexes — parameter $timeoutSeconds; no columns. Blocks until every index is ONLINE (or fails). */
export const AWAIT_INDEXES = 'CALL db.awaitIndexes($timeoutSeconds)';

/** show-schema — no parameters; columns name, type, state, labelsOrTypes, properties, options. */
export const SHOW_INDEXES =
  'SHOW INDEXES YIELD name, type, state, labelsOrTypes, properties, options RETURN name, type, state, labelsOrTypes, properties, options ORDER BY name';
