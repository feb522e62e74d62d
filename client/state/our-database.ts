// Whether the database is ours, as the server tells it from the facts themselves (GET /api/schema's sourcedFacts):
// names say nothing (a foreign graph may have its own Person who WORKED_AT a Company). The legend, the overview, the
// chips, the certainty filter and the canvas read it through these, so they name and judge a foreign graph's
// relationships as the graph's own, never as facts of ours with no source behind them.
import { derivedTypesOf, isDerivedType } from '../../model/certainty.js';
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
 * The types that are our derived talent flows here (model/certainty.ts derivedTypesOf): ours on our database, none on
 * another — a foreign graph's TALENT_FLOW is its own relationship, offered and followed by the path search as any type.
 */
export function ourDerivedTypes(schema: SchemaInfo | null): readonly string[] {
  return derivedTypesOf(holdsOurFacts(schema));
}

/**
 * Whether a relationship of `type` is one of our talent flows, opened as a flow (its people, moves and sources): on our
 * database only. A foreign graph's TALENT_FLOW is a plain relationship, its properties as stored.
 */
export function isOurFlowType(type: string, schema: SchemaInfo | null): boolean {
  return isDerivedType(type, ourDerivedTypes(schema));
}

/**
 * The label a node is shown by: on our database the first of our labels it carries (primaryLabel); on another, its
 * first label as stored, as the schema overview counts it — a foreign Company:Organization is a Company there, not
 * our Organization.
 */
export function shownLabel(labels: readonly string[], ours: boolean): string {
  return primaryLabel({ labels: [...labels] }, ours) ?? '';
}
