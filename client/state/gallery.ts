// Ready questions about the data, each an editable Cypher query, and the queries behind the built-in views (so
// every view can show and open its Cypher). Parameters keep values out of the query text.
import {
  derivedTypesOf,
  followedOnPathCypher,
  isDerivedType,
  SOURCED_CERTAINTIES_CYPHER,
} from '../../model/certainty.js';
import { MAX_PATHS } from '../../model/api-limits.js';
import { quoteName, relPattern } from '../../model/cypher-name.js';
import { labelOfId } from '../../model/data-model.js';
import { CERTAINTIES, FACT_REL_TYPES, INTERNAL_REL_TYPES } from '../../model/labels.js';
import type { Direction } from '../../model/api-params.js';
import type { JsonValue } from '../../model/graph.js';
import {
  ELEMENT_ID_PREFIX,
  nodeSetView,
  STORY_VIEW,
  type ViewName,
  type ViewQuery,
} from '../../model/view-queries.js';
import { flowIdOf } from './flows.js';

export interface GalleryQuery {
  id: string;
  title: { en: string; ar: string };
  query: string;
  params?: Record<string, JsonValue>;
  /** How the answer reads best. */
  view: 'graph' | 'table';
  /**
   * One of the server's named views (model/view-queries.ts) with this very text: opened through POST /api/views,
   * not the user's rate-limited Cypher endpoint. The editor still shows and runs the text.
   */
  named?: { name: ViewName; ids?: string[]; derived?: boolean };
  /** The scene drew only this many of the answer's nodes (capGraph): a link reopens it cut alike. */
  cap?: number;
}

/** A named view as a gallery query (its text for the editor, its name for opening it). */
export function fromView(v: ViewQuery, ids?: string[], derived = false): GalleryQuery {
  return {
    id: v.id,
    title: v.title,
    query: v.query,
    params: v.params,
    view: 'graph',
    named: ids ? { name: v.name, ids, ...(derived ? { derived } : {}) } : { name: v.name },
  };
}

/** The seeded story's question (model/view-queries.ts: the server warms Neo4j with it before "ready"). */
export const STORY_QUERY: GalleryQuery = fromView(STORY_VIEW);

/**
 * The gallery's tables tell facts: each row with the certainty of the facts it rests on (a column `certainty`), and
 * only facts a source backs (certainty stated or implied, model/certainty.ts) — a relationship written by hand without
 * one would read as one a source states. Its graphs need neither: the canvas draws each relationship's certainty and
 * marks one no source backs.
 */
const SOURCED = SOURCED_CERTAINTIES_CYPHER;

export const GALLERY: GalleryQuery[] = [
  STORY_QUERY,
  {
    id: 'flows-into-xai',
    title: { en: 'Talent flows into xAI', ar: 'تدفّق الكفاءات إلى xAI' },
    view: 'graph',
    params: { org: 'org:xai' },
    query: `// Talent flows into xAI: named moves (count = statedCount + impliedCount, people) and reported counts;
// the overview level, where a division (FAIR) is rolled into its parent and each person counted once
MATCH (src:Organization)-[flow:TALENT_FLOW]->(xai:Organization {id: $org})
WHERE coalesce(flow.level, 'organization') = 'organization'
RETURN src, flow, xai
ORDER BY flow.count DESC`,
  },
  {
    id: 'bid-97-4b',
    title: { en: 'Everything about the $97.4B bid', ar: 'كل ما يتعلق بعرض الـ ٩٧٫٤ مليار دولار' },
    view: 'graph',
    params: { amount: 97400000000 },
    query: `// Everything about the $97.4B bid: who took part, in what role, and who reported it
MATCH (bid:Event {kind: 'bid'})
WHERE bid.amountUsd = $amount
MATCH (bid)-[r]-(x)
RETURN bid, r, x`,
  },
  {
    id: 'meta-acquisitions',
    title: { en: 'What did Meta buy, and for how much?', ar: 'ماذا اشترت Meta، وبكم؟' },
    view: 'table',
    params: { org: 'org:meta' },
    query: `// What did Meta buy, and for how much? By facts a source backs, each row as certain as the facts naming Meta the
// buyer and the target (implied when either is), with the quote of Meta's
MATCH (meta:Organization {id: $org})-[a:PARTICIPATED_IN {role: 'acquirer'}]->(deal:Event {kind: 'acquisition'})
WHERE a.certainty IN ${SOURCED}
OPTIONAL MATCH (target)-[t:PARTICIPATED_IN {role: 'target'}]->(deal) WHERE t.certainty IN ${SOURCED}
RETURN deal.name AS deal, target.name AS target, deal.amountUsd AS amountUsd, deal.date AS date,
       CASE WHEN t.certainty = 'implied' THEN 'implied' ELSE a.certainty END AS certainty,
       a.evidence AS evidence, a.evidenceEn AS evidenceEn`,
  },
  {
    id: 'lawsuits',
    title: { en: 'Who sued whom, and when?', ar: 'من رفع دعوى على من، ومتى؟' },
    view: 'graph',
    query: `// Who sued whom, and when?
MATCH (party)-[r:PARTICIPATED_IN]->(suit:Event {kind: 'lawsuit'})
RETURN party, r, suit`,
  },
  {
    id: 'leaders',
    title: { en: 'Who leads what, and since when?', ar: 'من يقود ماذا، ومنذ متى؟' },
    view: 'table',
    query: `// Who leads what, and since when? (stints with a leadership role a source backs, with its certainty)
MATCH (p:Person)-[w:WORKED_AT]->(o:Organization)
WHERE w.certainty IN ${SOURCED}
  AND w.role IS NOT NULL AND (w.role CONTAINS 'CEO' OR w.role CONTAINS 'CTO' OR w.role CONTAINS 'founder' OR w.role CONTAINS 'head' OR w.role CONTAINS 'chief')
RETURN p.name AS person, p.nameAr AS nameAr, w.role AS role, o.name AS organisation, w.start AS since,
       w.certainty AS certainty, w.evidence AS evidence
ORDER BY organisation`,
  },
  {
    id: 'offers',
    title: { en: 'Who offered how much?', ar: 'من عرض كم؟' },
    view: 'table',
    // One row per offer or bid, named by who made it: a row per participant read as the target, the invited partner
    // and one who did not sign "offering" the amount, and a sum of the column counted one bid four times. An offer
    // no sourced fact names the maker of answers no "who", and is left out.
    query: `// Who offered how much? Each offer or bid once, with who made it and to whom by facts a source backs, and
// the certainty and quote of each maker's fact (certainty and evidence in the order of offeredBy)
MATCH (e:Event)
WHERE e.kind IN ['offer', 'bid'] AND e.amountUsd IS NOT NULL
WITH e, [(who)-[r:PARTICIPATED_IN]->(e) WHERE r.role IN ['offerer', 'bidder'] AND r.certainty IN ${SOURCED}
         | {name: who.name, certainty: r.certainty, evidence: r.evidence}] AS makers
WHERE size(makers) > 0
RETURN [m IN makers | m.name] AS offeredBy,
       [(to)-[r:PARTICIPATED_IN]->(e) WHERE r.role = 'target' AND r.certainty IN ${SOURCED} | to.name] AS target,
       e.kind AS kind, e.amountUsd AS amountUsd, e.amountQualifier AS qualifier, e.date AS date,
       [m IN makers | m.certainty] AS certainty, [m IN makers | m.evidence] AS evidence
ORDER BY amountUsd DESC`,
  },
  {
    id: 'implied',
    title: { en: 'Facts a source only implies', ar: 'وقائع يُلمِّح إليها المصدر فقط' },
    view: 'graph',
    query: `// Facts a source only implies (certainty: implied)
MATCH (a)-[r]->(b)
WHERE r.certainty = 'implied'
RETURN a, r, b`,
  },
  {
    id: 'evidence',
    title: { en: 'Every fact with its quote', ar: 'كل واقعة مع اقتباسها' },
    view: 'table',
    query: `// Every fact a source backs with the words of its source, and its certainty
MATCH (a)-[r]->(b)
WHERE r.evidence IS NOT NULL AND r.certainty IN ${SOURCED} AND type(r) <> 'REPORTED_BY'
RETURN a.name AS from, type(r) AS relation, b.name AS to, r.certainty AS certainty, r.evidence AS evidence, r.evidenceEn AS english
ORDER BY relation, from
LIMIT 200`,
  },
  {
    id: 'most-connected',
    title: { en: 'Most connected people and companies', ar: 'الأكثر ارتباطًا من أشخاص وشركات' },
    view: 'table',
    // Connections are the people and organisations a source ties them to, each once: counting relationships counted the
    // derived talent flows and a stint two sources state twice.
    query: `// Most connected people and companies: how many others a sourced fact ties each to
MATCH (n)
WHERE n:Person OR n:Organization
RETURN n.name AS name, n.nameAr AS nameAr, labels(n)[0] AS label,
       COUNT { MATCH (n)-[r]-(m) WHERE r.certainty IN ${SOURCED} AND type(r) <> 'TALENT_FLOW'
               RETURN DISTINCT m } AS connections
ORDER BY connections DESC, name
LIMIT 25`,
  },
];

/**
 * The Cypher of expanding a node, the same expansion as GET /api/nodes/:id/neighbors with this limit and these options
 * (what client/api/api.ts `neighbors` sends; the API's defaults: both directions, every type). As the server's
 * neighbours query (server/queries/nodes.ts): the node found as the server finds it (nodeClause), its relationships
 * (relPattern) but Talent Graph's own storage ($internal: a flow build's staged flows, which no source states), and a
 * page of neighbours, not of relationships: each neighbour once with every relationship to it, most connected first,
 * ties by id and then elementId, cut at $limit — a cut of (relationship, neighbour) rows would count a neighbour
 * twice. The node comes with no neighbour too, as the API answers it. Null for an id that can name no node (the API's
 * 404).
 */
export function neighborsQuery(
  id: string,
  limit: number,
  opts: { types?: readonly string[]; direction?: Direction } = {},
): GalleryQuery | null {
  const node = nodeClause('n', id, { id: 'id', elementId: 'elementId' });
  if (!node) return null;
  const types = opts.types ?? [];
  const direction = opts.direction ?? 'both';
  return {
    id: 'neighbors',
    title: { en: 'Neighbours of a node', ar: 'جيران عقدة' },
    view: 'graph',
    params: { ...node.params, internal: [...INTERNAL_REL_TYPES], limit },
    query: `// Neighbours of a node, most connected first, with every relationship to each (what expanding it asks the API
// for); $internal: Talent Graph's own storage, left out
${node.clause}
OPTIONAL MATCH (n)${relPattern(direction, types)}(m) WHERE NOT type(r) IN $internal
WITH n, m, collect(r) AS rels
WITH n, m, rels, COUNT { (m)--() } AS degree
ORDER BY degree DESC, m.id, elementId(m)
LIMIT $limit
RETURN n, m, rels`,
  };
}

/**
 * A relationship with its two ends, by the id the API gave it (its `id` property, or neo4j:<elementId>); a drawn part
 * of a talent flow (`#implied`, `#reported`) by its flow's id, the relationship stored.
 */
export function edgeQuery(id: string): GalleryQuery {
  return {
    id: 'edge',
    title: { en: 'A relationship', ar: 'علاقة' },
    view: 'graph',
    // Not a flow build's staged copy of a flow, which has the flow's id: Talent Graph's storage, no data.
    params: { id: flowIdOf(id), internal: [...INTERNAL_REL_TYPES] },
    query: `// A relationship and the two nodes it joins ($internal: Talent Graph's own storage, left out)
MATCH (a)-[r]->(b) WHERE (r.id = $id OR 'neo4j:' + elementId(r) = $id) AND NOT type(r) IN $internal
RETURN a, r, b`,
  };
}

/**
 * Re-opens a set of nodes (a shared link) with every fact among them; `derived`: the talent flows among them too (a
 * link whose view drew some).
 */
export function nodeSetQuery(ids: string[], derived = false): GalleryQuery {
  return fromView(nodeSetView(ids, derived), ids, derived);
}

/** The talent-flow view's Cypher: organisations and the flows of people between them. */
export function flowsQuery(): GalleryQuery {
  return {
    id: 'flows',
    title: { en: 'All talent flows', ar: 'كل تدفّقات الكفاءات' },
    view: 'graph',
    query: `// All talent flows between organisations (count = named people, statedCount + impliedCount by the certainty of
// their moves; reportedCount = unnamed counts a source states), divisions rolled into their parent organisation
MATCH (a:Organization)-[f:TALENT_FLOW]->(b:Organization)
WHERE coalesce(f.level, 'organization') = 'organization'
RETURN a, f, b
ORDER BY f.count DESC`,
  };
}

/**
 * The Cypher of a path search, the same search as GET /api/paths: every shortest path (allShortestPaths, the
 * panel's all=true) of at most `maxLength` steps between the two ends, through `types` only (those the answer says it
 * followed: the panel's ticked ones, TALENT_FLOW with its derived option, each backtick-quoted), stepping only on what
 * the view's certainty filter shows ($certainties, those the answer says it stepped on) and a source backs, by the
 * server's own rule (model/certainty.ts followedOnPathCypher), at most $maxPaths. Each end is found as the
 * server finds it: an application id on the node of the label its prefix names, a neo4j:<elementId> id by its
 * elementId (a foreign node has no `id` of ours). Null when nothing was searched (no type: `[*..n]` would walk every
 * relationship) or an end can name no node.
 *
 * With every certainty shown, the server searches first without the check and again with it only when a path found
 * holds a step the rule leaves out and the first answer was cut or kept none (path-repository.ts); with one unticked it
 * checks at once. Either way it answers the shortest paths made of followed steps, which is what this one query finds.
 * `factTypes`: ours on a database that holds our sourced facts, none on any other (a foreign graph's WORKED_AT without a
 * certainty is followed as it is), as the server decides; `derivedTypes` likewise (model/certainty.ts derivedTypesOf: a
 * foreign graph's TALENT_FLOW is its own type, followed as it is).
 */
export function pathQuery(
  from: string,
  to: string,
  maxLength: number,
  types: readonly string[],
  certainties: readonly string[] = CERTAINTIES,
  factTypes: readonly string[] = FACT_REL_TYPES,
  derivedTypes: readonly string[] = derivedTypesOf(true),
): GalleryQuery | null {
  const a = nodeClause('a', from, { id: 'from', elementId: 'from' });
  const b = nodeClause('b', to, { id: 'to', elementId: 'to' }, 'a, b');
  if (types.length === 0 || !a || !b || !Number.isInteger(maxLength) || maxLength < 1) return null;
  const derived = types.filter((t) => isDerivedType(t, derivedTypes));
  const through =
    derived.length === 0
      ? 'the types the panel ticked'
      : derived.length < types.length
        ? 'the types the panel ticked and derived talent flows'
        : 'derived talent flows only';
  // A node to itself is a path of no step (the panel's "same node"): allShortestPaths needs a lower bound of 0 for it.
  const range = from === to ? `0..${maxLength}` : `..${maxLength}`;
  return {
    id: 'path',
    title: { en: 'Shortest paths', ar: 'أقصر المسارات' },
    view: 'graph',
    params: {
      ...a.params,
      ...b.params,
      factTypes: [...factTypes],
      derivedTypes: [...derivedTypes],
      certainties: [...certainties],
      maxPaths: MAX_PATHS,
    },
    query: `// Every shortest path between two nodes (at most ${maxLength} steps, either way) through ${through}
${a.clause}
${b.clause}
MATCH p = allShortestPaths((a)-[:${types.map(quoteName).join('|')}*${range}]-(b))
// A step of a certainty the view shows ($certainties); a derived flow ($derivedTypes) while a part the view draws of it is
// (its partCertainties), one without them by its certainty, stated when it has none; one of Talent Graph's fact types
// ($factTypes) only when a source backs it; another type without a certainty is followed as it is
WHERE all(r IN relationships(p) WHERE ${followedOnPathCypher('r')})
RETURN p
LIMIT $maxPaths`,
  };
}

/**
 * The clause binding `v` to the node an API id names, as the server finds it (server/queries/lookup.ts
 * matchNodeClause), and its parameter: our node by the label its id's prefix names and its id (the label's index; a
 * node of no label of ours holding the same `id` is not it), another by its elementId (a foreign node has no `id` of
 * ours); `names`: the parameter's name for each, `keep`: what the query has bound so far. Null: the id can name no node.
 */
function nodeClause(
  v: string,
  id: string,
  names: { id: string; elementId: string },
  keep = v,
): { clause: string; params: Record<string, string> } | null {
  if (id.startsWith(ELEMENT_ID_PREFIX))
    return {
      clause: `MATCH (${v}) WHERE elementId(${v}) = $${names.elementId}`,
      params: { [names.elementId]: id.slice(ELEMENT_ID_PREFIX.length) },
    };
  // The label comes from a fixed list (model/data-model.ts), never from the id's text.
  const label = labelOfId(id);
  return label
    ? { clause: `MATCH (${v}:${label} {id: $${names.id}}) WITH ${keep} LIMIT 1`, params: { [names.id]: id } }
    : null;
}
