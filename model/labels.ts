// The graph's vocabulary: node labels, relationship types and certainty values. These lists are the
// whitelists that the server interpolates into Cypher; nothing outside them ever reaches a query string.

export const NODE_LABELS = ['Person', 'Organization', 'Product', 'Event', 'Source'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** Relationship types that sourced facts may use (the facts-file format accepts exactly these). */
export const FACT_REL_TYPES = [
  'WORKED_AT',
  'FOUNDED',
  'PART_OF',
  'DEVELOPS',
  'PARTICIPATED_IN',
  'RELATIVE_OF',
  'REPORTED_BY',
] as const;
export type FactRelType = (typeof FACT_REL_TYPES)[number];

/** Relationship types derived from facts by every seed run. */
export const DERIVED_REL_TYPES = ['TALENT_FLOW'] as const;
export type DerivedRelType = (typeof DERIVED_REL_TYPES)[number];

/**
 * Labels of derived storage nodes that are not part of the graph a user explores: the talent index
 * (model/talent-index.ts). Nothing links to them; the schema and the overview leave them out.
 */
export const INTERNAL_LABELS = ['TalentIndex', 'TalentFlowDerivation'] as const;

export function isInternalLabel(value: string): boolean {
  return (INTERNAL_LABELS as readonly string[]).includes(value);
}

/** Relationship types of work in progress: the talent flows a recompute stages before it swaps them in. */
export const INTERNAL_REL_TYPES = ['TALENT_FLOW_STAGED'] as const;

export function isInternalRelType(value: string): boolean {
  return (INTERNAL_REL_TYPES as readonly string[]).includes(value);
}

export const REL_TYPES = [...FACT_REL_TYPES, ...DERIVED_REL_TYPES] as const;
export type RelType = (typeof REL_TYPES)[number];

export const CERTAINTIES = ['stated', 'implied'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

export function isNodeLabel(value: string): value is NodeLabel {
  return (NODE_LABELS as readonly string[]).includes(value);
}

export function isRelType(value: string): value is RelType {
  return (REL_TYPES as readonly string[]).includes(value);
}
