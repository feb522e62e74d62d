// Whether the database is ours, as the server tells it from the facts themselves (GET /api/schema's sourcedFacts):
// names say nothing (a foreign graph may have its own Person who WORKED_AT a Company). The legend, the overview, the
// chips, the certainty filter and the canvas read it through these, so they name and judge a foreign graph's
// relationships as the graph's own, never as facts of ours with no source behind them.
import { FACT_REL_TYPES } from '../../model/labels.js';
import type { SchemaInfo } from '../api/api.js';
import { primaryLabel } from '../graph/style.js';

/** None: a database that holds none of our sourced facts has no fact of ours, whatever its types are named. */
const NO_FACT_TYPES: readonly string[] = [];

/** Ours unless the server says it holds none of our sourced facts; taken as ours until the schema has come. */
export function holdsOurFacts(schema: SchemaInfo | null): boolean {
  return schema?.raw.sourcedFacts !== false;
}

/** The relationship types that are facts of ours here (model/certainty.ts): ours on our database, none on another. */
export function ourFactTypes(schema: SchemaInfo | null): readonly string[] {
  return holdsOurFacts(schema) ? FACT_REL_TYPES : NO_FACT_TYPES;
}

/**
 * The label a node is shown by: on our database the first of our labels it carries (primaryLabel); on another, its
 * first label as stored, as the schema overview counts it — a foreign Company:Organization is a Company there, not
 * our Organization.
 */
export function shownLabel(labels: readonly string[], ours: boolean): string {
  return (ours ? primaryLabel({ labels: [...labels] }) : labels[0]) ?? '';
}
