// The path panel's data, pure: the search options, and an answer of GET /api/paths turned into steps — each a fact
// with its quote, source and certainty — walked from one end to the other.
import type { PathsResponse } from '../../model/api-responses.js';
import type { GraphData, GraphEdge, GraphNode } from '../../model/graph.js';
import { CERTAINTIES, DERIVED_REL_TYPES, FACT_REL_TYPES } from '../../model/labels.js';
import { nameListText } from '../../model/name-list.js';
import { flowParts } from './flows.js';
import {
  derivedTypesOf,
  edgeCertainty,
  isDerivedType,
  strongestCertainty,
  UNSOURCED,
  weakestCertainty,
  type EdgeCertainty,
} from '../../model/certainty.js';

/** Paths follow sourced facts except REPORTED_BY (through the shared report every two events would be neighbours). */
export const DEFAULT_PATH_TYPES: readonly string[] = FACT_REL_TYPES.filter((t) => t !== 'REPORTED_BY');
export const PATH_TYPE_CHOICES: readonly string[] = FACT_REL_TYPES;

export interface PathOptions {
  /** Also follow the derived TALENT_FLOW edges (they link organisations, not people, and no source states them). */
  derived: boolean;
  /** The fact types a path may use. */
  types: string[];
}

export const DEFAULT_PATH_OPTIONS: PathOptions = { derived: false, types: [...DEFAULT_PATH_TYPES] };

/**
 * The types the panel offers and which of them are ticked. On our data: our fact types. On a database that is not
 * ours: the relationship types it has (the server follows all of them by default), so a choice never names a type
 * the database lacks — its own TALENT_FLOW among them: no derivation of ours made it, it is one of its types.
 */
export function pathTypeChoices(
  opts: PathOptions,
  foreignTypes: readonly string[] | null,
): { choices: readonly string[]; ticked: readonly string[] } {
  if (!foreignTypes) return { choices: PATH_TYPE_CHOICES, ticked: opts.types };
  return { choices: foreignTypes, ticked: isDefaultPathTypes(opts.types) ? foreignTypes : opts.types };
}

/** Whether these are the default types (left out of a search's parameters and of a link). */
export function isDefaultPathTypes(types: readonly string[]): boolean {
  return types.length === DEFAULT_PATH_TYPES.length && DEFAULT_PATH_TYPES.every((t) => types.includes(t));
}

export interface OrderedPath {
  nodes: string[];
  edges: string[];
  length: number;
}

export interface PathAnswer {
  paths: OrderedPath[];
  graph: GraphData;
  sources: GraphNode[];
  maxLength: number;
  derived: boolean;
  /** The relationship types the server followed (for the search's Cypher: gallery.ts pathQuery). */
  types: string[];
  /** The certainties the server stepped on (for the search's Cypher too). */
  certainties: string[];
  /**
   * Whether the database searched holds our facts (parsePathAnswer): only there is a TALENT_FLOW step one of our
   * derived flows; on another it is the graph's own relationship. Left out: ours.
   */
  ours?: boolean;
}

export interface PathSearch {
  from: string;
  to: string;
  /** 'noTypes': the options follow no relationship type (pathSearchTypes), so nothing was searched. */
  status: 'loading' | 'ready' | 'error' | 'noTypes';
  answer: PathAnswer | null;
  /** The path of `answer.paths` shown and listed. */
  selected: number;
  error?: string;
  /** Searched to be listed, not drawn (a link's path listed only): searched again, it stays listed. */
  listOnly?: boolean;
}

export interface PathStep {
  edge: GraphEdge;
  /** The step as walked: from the node nearer the path's start to the next. */
  from: string;
  to: string;
  /** Whether the fact points the walking way (WORKED_AT from a person, walked from the person). */
  forward: boolean;
  /** A derived edge (our TALENT_FLOW), not a sourced fact; never on a database that is not ours. */
  derived: boolean;
}

const isDerived = (type: string) => (DERIVED_REL_TYPES as readonly string[]).includes(type);
/** Our derived types where an answer was found (PathAnswer.ours): none on a foreign database. */
const derivedIn = (answer: PathAnswer) => derivedTypesOf(answer.ours !== false);

/**
 * The relationship types a search with these options follows: the types ticked (on a database that is not ours,
 * `foreignTypes`, all of its types by default) and, with `derived`, the derived TALENT_FLOW — on our database only:
 * derived flows are made from our sourced stints, so a foreign graph has none (the panel does not offer them there,
 * and a shared link's `derived` is not asked of it). A foreign graph's own TALENT_FLOW is one of its types, followed
 * when ticked as any other. Empty: nothing to follow, so no path is searched — the server would otherwise fall back to
 * its default types, and the panel, nothing ticked, would show a path through types the user left out.
 */
export function pathSearchTypes(opts: PathOptions, foreignTypes: readonly string[] | null = null): string[] {
  if (foreignTypes) return [...new Set(pathTypeChoices(opts, foreignTypes).ticked)];
  const derived = opts.derived ? DERIVED_REL_TYPES : [];
  return [...new Set([...opts.types.filter((t) => !isDerived(t)), ...derived])];
}

/**
 * What of the view's filters a path search applies itself (client/state/visibility.ts Filters): the certainties shown
 * and the relationship types hidden — a path never steps where the view draws nothing. The others (sources, labels,
 * hidden nodes, the time window) it cannot: the panel says when a path runs through what they hide (pathHiddenSteps).
 */
export interface PathView {
  certainties: readonly string[];
  hiddenRelTypes: readonly string[];
}

/** The view that hides nothing a path search applies (every certainty shown, no type hidden). */
export const WHOLE_PATH_VIEW: PathView = { certainties: CERTAINTIES, hiddenRelTypes: [] };

/**
 * The query parameters for these options (the defaults are left out, so the server's defaults apply), or null when
 * they follow nothing (pathSearchTypes, less the types the view hides): no search is made. On a database that is not
 * ours (`foreignTypes`: its types) the types ticked are sent as they are: the server's own default is our fact types
 * wherever one of their names is found, which a foreign graph's PART_OF would otherwise narrow the search to. Nothing
 * ticked but `derived`: the derived flows alone (named, since no types means the server's defaults); derived=true only
 * while the view draws TALENT_FLOW (the server adds the flows to whatever types it is given). `view`: the certainties
 * shown, sent only when some are hidden ('' for none: the server reads an empty list), and the types hidden, left out.
 */
export function pathParams(
  opts: PathOptions,
  foreignTypes: readonly string[] | null = null,
  view: PathView = WHOLE_PATH_VIEW,
): { derived?: string; types?: string; certainties?: string } | null {
  const chosen = pathSearchTypes(opts, foreignTypes);
  const followed = chosen.filter((t) => !view.hiddenRelTypes.includes(t));
  if (followed.length === 0) return null;
  const same = !foreignTypes && followed.length === chosen.length && isDefaultPathTypes(opts.types);
  // Derived only on ours: a foreign graph's TALENT_FLOW is sent among its types, never as derived=true.
  const derivedHere = (t: string) => !foreignTypes && isDerived(t);
  const ticked = followed.filter((t) => !derivedHere(t));
  const narrowed = CERTAINTIES.some((c) => !view.certainties.includes(c));
  return {
    ...(followed.some(derivedHere) ? { derived: 'true' } : {}),
    ...(same ? {} : { types: nameListText(ticked.length > 0 ? ticked : followed) }),
    ...(narrowed ? { certainties: CERTAINTIES.filter((c) => view.certainties.includes(c)).join(',') } : {}),
  };
}

/**
 * Why a search of these options searched nothing (pathParams null): no type ticked, or every type ticked hidden by the
 * view's filters.
 */
export function pathNoTypesKey(
  opts: PathOptions,
  foreignTypes: readonly string[] | null = null,
): 'pathNoTypes' | 'pathNoTypesHidden' {
  return pathSearchTypes(opts, foreignTypes).length > 0 ? 'pathNoTypesHidden' : 'pathNoTypes';
}

/**
 * The path panel's reading of a GET /api/paths answer, from a database that holds our facts (`ours`) or not: a foreign
 * graph's TALENT_FLOW step is its own relationship, neither derived nor stated.
 */
export function parsePathAnswer(
  answer: Pick<
    PathsResponse,
    'paths' | 'graph' | 'sources' | 'maxLength' | 'derived' | 'types' | 'certainties'
  >,
  ours = true,
): PathAnswer {
  const derivedTypes = derivedTypesOf(ours);
  const { graph, sources, maxLength, derived, types, certainties } = answer;
  // Of the shortest paths (all=true: all of one length), those whose every step a source states come first, then
  // the implied, then those through a derived talent flow (no source states that edge), then those with a step no
  // source backs (the server's order otherwise): the path shown first is never an implied one while a stated one
  // exists, nor one through a derived flow while one of sourced facts does.
  const edges = new Map(graph.edges.map((e) => [e.id, e]));
  const rank = (p: PathsResponse['paths'][number]) => {
    const c = certaintyOfSteps(p.edges, edges, certainties, derivedTypes);
    return c !== UNSOURCED && hasDerivedStep(p.edges, edges, derivedTypes) ? DERIVED_RANK : CERTAINTY_RANK[c];
  };
  const oneLength = answer.paths.every((p) => p.length === answer.paths[0]!.length);
  const paths = oneLength
    ? answer.paths
        .map((p, i) => ({ p, i, r: rank(p) }))
        .sort((a, b) => a.r - b.r || a.i - b.i)
        .map(({ p }) => p)
    : answer.paths;
  return { paths, graph, sources, maxLength, derived, types, certainties, ...(ours ? {} : { ours }) };
}

const CERTAINTY_RANK: Record<EdgeCertainty, number> = { stated: 0, implied: 1, [UNSOURCED]: 3 };
const DERIVED_RANK = 2;

function hasDerivedStep(
  ids: readonly string[],
  edges: Map<string, GraphEdge>,
  derivedTypes: readonly string[],
): boolean {
  return ids.some((id) => {
    const e = edges.get(id);
    return e !== undefined && isDerivedType(e.type, derivedTypes);
  });
}

/**
 * Whether a path walks a derived talent flow: an edge computed from moves, which no source states — the panel and
 * the notice say so, whatever the flow's own certainty.
 */
export function pathThroughDerived(answer: PathAnswer, index: number): boolean {
  const path = answer.paths[index];
  return path
    ? hasDerivedStep(path.edges, new Map(answer.graph.edges.map((e) => [e.id, e])), derivedIn(answer))
    : false;
}

function certaintyOfSteps(
  ids: readonly string[],
  edges: Map<string, GraphEdge>,
  shown: readonly string[],
  derivedTypes: readonly string[],
): EdgeCertainty {
  return weakestCertainty(
    ids.flatMap((id) => (edges.has(id) ? [stepCertainty(edges.get(id)!, shown, derivedTypes)] : [])),
  );
}

/**
 * A step's certainty: a fact's own; a derived talent flow's, its best part as the canvas draws it (flows.ts
 * flowParts) — the flow's one stored certainty is stated for a stated report with no number beside implied moves and
 * an implied report's number, a flow drawn implied throughout. Of the parts, those of a certainty the search stepped
 * on (`shown`, the answer's certainties): with only implied facts shown the server steps on a flow for its implied
 * part and the canvas draws that part alone, so a stated part hidden must not make the step stated. A flow with no
 * parts to draw keeps its own.
 */
function stepCertainty(
  edge: GraphEdge,
  shown: readonly string[],
  derivedTypes: readonly string[],
): EdgeCertainty {
  if (!isDerivedType(edge.type, derivedTypes)) return edgeCertainty(edge, derivedTypes);
  const parts = flowParts(edge).map((p) => edgeCertainty(p));
  const drawn = parts.filter((c) => shown.includes(c));
  return parts.length ? strongestCertainty(drawn.length ? drawn : parts) : edgeCertainty(edge);
}

/**
 * A path's certainty: its weakest step's (model/certainty.ts) — implied when one step rests on an implied fact, as
 * a career move or a flow is. A derived talent flow step counts by the best of the parts the canvas draws of it (those
 * of the certainties the search stepped on).
 */
export function pathCertainty(answer: PathAnswer, index: number): EdgeCertainty {
  const path = answer.paths[index];
  if (!path) return 'stated';
  return certaintyOfSteps(
    path.edges,
    new Map(answer.graph.edges.map((e) => [e.id, e])),
    answer.certainties,
    derivedIn(answer),
  );
}

/**
 * The paths of an answer that go through the same nodes as another one (by different relationships: a person who
 * worked at and founded the same company): the chooser names their relationships too, or two entries read alike.
 */
export function pathsThroughSameNodes(answer: PathAnswer): Set<number> {
  const byNodes = new Map<string, number[]>();
  answer.paths.forEach((p, i) => {
    const key = JSON.stringify(p.nodes);
    byNodes.set(key, [...(byNodes.get(key) ?? []), i]);
  });
  return new Set([...byNodes.values()].filter((ids) => ids.length > 1).flat());
}

/** The steps of one path, in walking order. */
export function pathSteps(answer: PathAnswer, index: number): PathStep[] {
  const path = answer.paths[index];
  if (!path) return [];
  const edges = new Map(answer.graph.edges.map((e) => [e.id, e]));
  const derivedTypes = derivedIn(answer);
  return path.edges.flatMap((id, i) => {
    const edge = edges.get(id);
    if (!edge) return [];
    const from = path.nodes[i] ?? edge.source;
    const to = path.nodes[i + 1] ?? edge.target;
    const derived = isDerivedType(edge.type, derivedTypes);
    return [{ edge, from, to, forward: edge.source === from, derived }];
  });
}

/** The nodes and edges of one path, for the scene and its highlight. */
export function pathGraph(answer: PathAnswer, index: number): GraphData {
  const path = answer.paths[index];
  if (!path) return { nodes: [], edges: [] };
  const nodeIds = new Set(path.nodes);
  const edgeIds = new Set(path.edges);
  return {
    nodes: answer.graph.nodes.filter((n) => nodeIds.has(n.id)),
    edges: answer.graph.edges.filter((e) => edgeIds.has(e.id)),
  };
}
