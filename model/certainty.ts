// How sure the graph is of a relationship, read one way by every view (details, canvas, filters, paths, careers,
// exports). Every fact our seed and importers write says whether its source states or only implies it; a
// relationship with no such word was written some other way (by hand through Cypher, or in a database that is not
// ours) and has no source behind it, so it is never shown as stated.
import { CERTAINTIES, type Certainty, DERIVED_REL_TYPES, FACT_REL_TYPES } from './labels.js';

/** What a relationship with no certainty of ours is: nothing backs it. */
export const UNSOURCED = 'unsourced';
export type EdgeCertainty = Certainty | typeof UNSOURCED;

/**
 * Talent flows of the flow view (client/state/flows.ts) besides the stored ones. Flows are derived from facts: one
 * stored before certainty was kept counts its people as stated (certaintyCounts), and so does its edge here. (A
 * TALENT_FLOW written by hand would read as stated too, until the next seed or import rebuilds the flows, which
 * replaces every TALENT_FLOW.) Ours only on a database that holds our facts (derivedTypesOf).
 */
const DERIVED_TYPES: readonly string[] = [...DERIVED_REL_TYPES, 'TALENT_FLOW_REPORTED'];
const NO_DERIVED_TYPES: readonly string[] = [];

/**
 * The types that are our derived talent flows on a database: ours on one that holds our sourced facts; none on
 * another — no derivation of ours runs there, so a foreign graph's TALENT_FLOW is its own relationship, followed and
 * shown as any of its types (GET /api/schema's sourcedFacts decides, as for our fact types).
 */
export function derivedTypesOf(ours: boolean): readonly string[] {
  return ours ? DERIVED_TYPES : NO_DERIVED_TYPES;
}

/** A relationship as the fact rules read it: its id and ends, when known, say whether it is the database's own. */
type Rel = {
  type: string;
  properties: Readonly<Record<string, unknown>>;
  id?: string;
  source?: string;
  target?: string;
};

/**
 * Whether `edge` is a fact of ours: of one of `factTypes` — ours on a database that holds our sourced facts, none on
 * another (GET /api/schema's sourcedFacts). The database decides, not the element's ids: on ours, a WORKED_AT written
 * by hand (from a person written by hand too, with no id) is a fact no source backs, as the timeline and the path
 * search call it, and must not be drawn as if a source stated it.
 */
function isFactOf(edge: Rel, factTypes: readonly string[]): boolean {
  return factTypes.includes(edge.type);
}

/**
 * A talent flow's type: a stored TALENT_FLOW or a drawn part of one (the flow view's reported part), of `derivedTypes`
 * (derivedTypesOf: ours by default, none on a database that is not ours).
 */
export function isDerivedType(type: string, derivedTypes: readonly string[] = DERIVED_TYPES): boolean {
  return derivedTypes.includes(type);
}

export function isCertainty(value: unknown): value is Certainty {
  return typeof value === 'string' && (CERTAINTIES as readonly string[]).includes(value);
}

/**
 * A relationship's certainty: its own when it is one of ours (stated, implied); a derived flow's without one,
 * stated (see DERIVED_TYPES; `derivedTypes`: none on a database that is not ours, whose TALENT_FLOW claims nothing);
 * anything else — a fact type with the property missing or unknown, or a type that is not ours — unsourced.
 */
export function edgeCertainty(
  edge: { type: string; properties: Readonly<Record<string, unknown>> },
  derivedTypes: readonly string[] = DERIVED_TYPES,
): EdgeCertainty {
  const own = edge.properties.certainty;
  if (isCertainty(own)) return own;
  return derivedTypes.includes(edge.type) ? 'stated' : UNSOURCED;
}

/**
 * Whether the certainty filter showing `shown` (some of CERTAINTIES) draws `edge` (client/state/visibility.ts): a
 * relationship of one of our certainties while that certainty is shown; a fact no source backs only while every
 * certainty is (hiding either narrows the view to what sources say, and those say nothing); a relationship of a type
 * that is not ours with no certainty of ours claims none, and the filter leaves it alone — as does a foreign graph's
 * relationship named as one of our facts (isFactOf: `factTypes` none on a database not ours), and its own TALENT_FLOW,
 * no flow of ours (`derivedTypes`: by default none where `factTypes` is none, a database not ours — the path search
 * steps on it whatever the filter, and the canvas must not hide it as a stated flow).
 */
export function certaintyShown(
  edge: Rel,
  shown: readonly string[],
  factTypes: readonly string[] = FACT_REL_TYPES,
  derivedTypes: readonly string[] = derivedTypesOf(factTypes.length > 0),
): boolean {
  const c = edgeCertainty(edge, derivedTypes);
  if (c === UNSOURCED && !isFactOf(edge, factTypes)) return true;
  return factCertaintyShown(c, shown);
}

/**
 * The certainty filter's rule for one fact or item told by facts (a timeline item, a relationship of our fact types),
 * given its certainty alone: shown while that certainty is; with none of ours (unsourced, missing, unknown), only
 * while every certainty is. certaintyShown is this rule for relationships of any type.
 */
export function factCertaintyShown(certainty: unknown, shown: readonly string[]): boolean {
  return isCertainty(certainty) ? shown.includes(certainty) : CERTAINTIES.every((x) => shown.includes(x));
}

/**
 * The property on which the seed stores, of each TALENT_FLOW, the certainties of the parts the explorer draws of it
 * (seed/queries/swap-talent-flows.ts): a flow is drawn as its stated named moves, its implied ones and its reports,
 * each part of its own certainty (client/state/flows.ts flowParts), so its one `certainty` (stated when anything
 * stated is behind it) does not say what is drawn.
 */
export const PART_CERTAINTIES = 'partCertainties';

/**
 * The certainties of the parts a derived flow is drawn in, as stored (PART_CERTAINTIES); null for another type, or a
 * flow that stores no list of them (derived by an older seed, or written by hand), which is judged as one edge.
 */
function drawnPartCertainties(
  edge: { type: string; properties: Readonly<Record<string, unknown>> },
  derivedTypes: readonly string[],
): readonly string[] | null {
  if (!derivedTypes.includes(edge.type)) return null;
  const parts = edge.properties[PART_CERTAINTIES];
  return Array.isArray(parts) && parts.length > 0 && parts.every((c) => typeof c === 'string') ? parts : null;
}

/**
 * Whether a path may step on `edge` while the view shows the certainties `shown`: the canvas draws it — a derived
 * flow while one of its drawn parts is (drawnPartCertainties; without them, as edgeCertainty reads the flow's one
 * certainty), a relationship of one of our certainties while that certainty is shown — and, of `factTypes`, a source
 * backs it: a fact written without a certainty connects nobody, whatever is shown; a relationship of any other type
 * without a certainty of ours claims none, and is followed whatever is shown. `factTypes` are our fact types on a
 * database that holds our sourced facts, and none on any other (a foreign graph's WORKED_AT is its own relationship,
 * not a fact of ours no source states: server/services/talent-facts-service.ts). followedOnPathCypher is this rule in
 * Cypher (GET /api/paths and the path panel's Cypher). (certaintyShown itself needs no parts: the canvas draws a
 * flow's parts, each an edge of one certainty, and the API's graphs leave the stored list out: server/db/convert.ts.)
 * `derivedTypes` likewise (derivedTypesOf): none on another database, whose TALENT_FLOW is followed as it is.
 */
export function followedOnPath(
  edge: { type: string; properties: Readonly<Record<string, unknown>> },
  shown: readonly string[],
  factTypes: readonly string[] = FACT_REL_TYPES,
  derivedTypes: readonly string[] = DERIVED_TYPES,
): boolean {
  const parts = drawnPartCertainties(edge, derivedTypes);
  if (parts) return parts.some((c) => shown.includes(c));
  const c = edgeCertainty(edge, derivedTypes);
  return c === UNSOURCED ? !factTypes.includes(edge.type) : shown.includes(c);
}

/**
 * A fact of ours (isFactOf, of `factTypes`: none on a database that is not ours) that no source backs: drawn and named
 * apart from stated facts. A foreign graph's WORKED_AT is its own relationship, not a fact of ours with no source.
 */
export function isUnsourcedFact(edge: Rel, factTypes: readonly string[] = FACT_REL_TYPES): boolean {
  return isFactOf(edge, factTypes) && edgeCertainty(edge) === UNSOURCED;
}

const STRENGTH: Record<EdgeCertainty, number> = { unsourced: 0, implied: 1, stated: 2 };

/**
 * The certainty of something derived from several facts (a move from the stint left and the stint joined): stated
 * only when every fact is stated, implied when one is implied and all have a source, else unsourced.
 */
export function weakestCertainty(certainties: readonly EdgeCertainty[]): EdgeCertainty {
  let weakest: EdgeCertainty = 'stated';
  for (const c of certainties) if (STRENGTH[c] < STRENGTH[weakest]) weakest = c;
  return weakest;
}

/** How much a certainty says, to order by: stated above implied above unsourced. */
export function certaintyStrength(c: EdgeCertainty): number {
  return STRENGTH[c];
}

/**
 * Cypher: certaintyStrength of the relationship `r` (one with no certainty of ours counts as unsourced), to order by,
 * strongest first with DESC: the next-stint rule's tie-break (model/next-stint-cypher.ts).
 */
export function certaintyStrengthCypher(r: string): string {
  const known = CERTAINTIES.map((c) => `WHEN '${c}' THEN ${STRENGTH[c]}`).join(' ');
  return `CASE ${r}.certainty ${known} ELSE ${STRENGTH[UNSOURCED]} END`;
}

/**
 * The certainty of one thing several facts tell alike (leaving a division and its parent): as certain as the most
 * certain of them; unsourced when there are none.
 */
export function strongestCertainty(certainties: readonly EdgeCertainty[]): EdgeCertainty {
  let best: EdgeCertainty = UNSOURCED;
  for (const c of certainties) if (STRENGTH[c] > STRENGTH[best]) best = c;
  return best;
}

/**
 * The certainty of a move from the stints left for one stint joined (`left`, a division's and its parent's, say) and
 * that stint's: as certain as its best chain of facts — stated when the stint joined and one stint left are stated,
 * as the flows decide (seed/queries/stage-named-flows.ts).
 */
export function moveCertainty(left: readonly EdgeCertainty[], joined: EdgeCertainty): EdgeCertainty {
  return weakestCertainty([strongestCertainty(left), joined]);
}

/**
 * The certainties of facts a source backs, as a Cypher list literal (from the whitelist CERTAINTIES, never user
 * input): the derived views (talent flows, the talent index) are built from these facts only, so a relationship
 * no source backs never makes a move (model/talent-queries.ts, seed/queries/stage-named-flows.ts).
 */
export const SOURCED_CERTAINTIES_CYPHER = `[${CERTAINTIES.map((c) => `'${c}'`).join(', ')}]`;

/** Cypher: every relationship of the path `path` is a fact a source backs (`v` names each one in the predicate). */
export function allSourcedCypher(path: string, v = 'x'): string {
  return `all(${v} IN relationships(${path}) WHERE ${v}.certainty IN ${SOURCED_CERTAINTIES_CYPHER})`;
}

/** Cypher: no PART_OF a source backs leads up from `org` — the top of its chain as the sources give it. */
export function sourcedTopCypher(org: string): string {
  return `NOT EXISTS { (${org})-[u:PART_OF]->(:Organization) WHERE u.certainty IN ${SOURCED_CERTAINTIES_CYPHER} }`;
}

/**
 * Cypher: followedOnPath for the relationship `r`, with the certainties shown in the list parameter `$certainties`,
 * its fact types in `$factTypes` and its derived types in `$derivedTypes` (derivedTypesOf: ours on our database, none
 * on another; parameters: one plan serves every filter and database). A derived flow with the certainties of
 * its drawn parts (a non-empty list of strings, as drawnPartCertainties reads it), followed when one is shown; else
 * read as edgeCertainty reads it — a certainty of ours, followed when shown; none on one of our fact types: no source
 * backs it, never followed; none on a derived flow: stated; none on a type that is not ours: it claims none, and is
 * followed whatever is shown.
 */
export function followedOnPathCypher(r: string): string {
  const parts = `${r}.${PART_CERTAINTIES}`;
  // Named after `r`, so it hides no variable of the query around it.
  const part = `${r}Part`;
  return `CASE WHEN type(${r}) IN $derivedTypes AND ${parts} IS :: LIST<STRING NOT NULL> NOT NULL
    AND size(${parts}) > 0 THEN any(${part} IN ${parts} WHERE ${part} IN $certainties)
  WHEN ${r}.certainty IN ${SOURCED_CERTAINTIES_CYPHER} THEN ${r}.certainty IN $certainties
  WHEN type(${r}) IN $factTypes THEN false
  WHEN type(${r}) IN $derivedTypes THEN 'stated' IN $certainties
  ELSE true END`;
}
