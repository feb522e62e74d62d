// The named read-only views the explorer opens by itself — the story (its first screen on our data), the schema
// overview (its first screen on a database that is not ours) and a set of nodes (a shared link's `nodes=`). The
// server runs them by name (POST /api/views/:name, not through the user's rate-limited Cypher endpoint) and warms
// Neo4j with the story before "ready"; the client shows the same text in its editor, so what runs is what is shown.
import { labelsByIdPrefix } from './data-model.js';
import { compareIds, type JsonValue } from './graph.js';
import { DERIVED_REL_TYPES, INTERNAL_LABELS, INTERNAL_REL_TYPES, isRelType } from './labels.js';

export const VIEW_NAMES = ['story', 'overview', 'node-set'] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

/** Nodes one node-set view may name (a shared link's scene; the server's default row cap). */
export const MAX_VIEW_IDS = 5_000;
/** Nodes sampled per label by the overview, and relationships (with their other end) per sampled node. */
export const OVERVIEW_PER_LABEL = 5;
export const OVERVIEW_RELS_PER_NODE = 3;
/**
 * Nodes the overview looks through for those without a label, at most: no index holds them, and on a graph with none
 * (the usual case) the scan would otherwise read every node on the way to a foreign graph's first screen.
 */
export const OVERVIEW_UNLABELED_SCAN = 100_000;
/** The node id given to a node without an `id` property: neo4j:<elementId> (as the API's converter writes it). */
export const ELEMENT_ID_PREFIX = 'neo4j:';

/**
 * A relationship of our data, decided as the server decides it (server/db/convert.ts relAppIdOf): one of our types
 * with an id of ours. One the server could only give its `neo4j:` fallback id is a foreign graph's whatever its type
 * (an employer graph's WORKED_AT {salary, grade}, LLM Graph Builder's Chunk-[:PART_OF]->Document): no source stands
 * behind it, and its properties are what it has to show — in the details, the scene table and the canvas's label.
 */
export function isOurEdge(edge: { type: string; id: string }): boolean {
  return isRelType(edge.type) && !edge.id.startsWith(ELEMENT_ID_PREFIX);
}
/**
 * The ids the seed gives our relationships, a fact's (`fact:…`) or a derived flow's (`flow:…`), as a Cypher regular
 * expression; OUR_REL_ID the same for JavaScript. A foreign graph's relationship of a type named as ours has none.
 */
export const OUR_REL_ID_PATTERN = '(?s)(fact|flow):.+';
export const OUR_REL_ID = /^(fact|flow):./;

/**
 * Whether an API id is of a virtual node or relationship: one a procedure makes up rather than reads from the store
 * (db.schema.visualization()'s labels and types), to which Neo4j gives a negative id (elementId "-104"). It stands
 * for no data: not a fact, backed or not.
 */
export function isVirtualId(id: string): boolean {
  return /^neo4j:-\d+$/.test(id);
}

export interface ViewQuery {
  id: string;
  /** The view's name at POST /api/views/:name. */
  name: ViewName;
  title: { en: string; ar: string };
  query: string;
  params: Record<string, JsonValue>;
}

export const STORY_VIEW: ViewQuery = {
  id: 'left-meta',
  name: 'story',
  title: { en: 'Who left Meta, and where did they go?', ar: 'من غادر Meta، وإلى أين ذهب؟' },
  params: { org: 'org:meta' },
  query: `// Who left Meta, and where did they go?
MATCH (meta:Organization {id: $org})
MATCH (p:Person)-[left:WORKED_AT]->(meta)
WHERE left.end IS NOT NULL OR left.left = true
OPTIONAL MATCH (p)-[next:WORKED_AT]->(dest:Organization)
WHERE dest <> meta
OPTIONAL MATCH (meta)-[from:PARTICIPATED_IN]->(wave:Event {kind: 'departures'})
OPTIONAL MATCH (wave)<-[to:PARTICIPATED_IN {role: 'to'}]-(rival:Organization)
RETURN p, left, meta, next, dest, from, wave, to, rival`,
};

export const OVERVIEW_VIEW: ViewQuery = {
  id: 'schema-overview',
  name: 'overview',
  title: { en: 'Schema overview with a sample', ar: 'نظرة عامة على المخطط مع عيّنة' },
  params: {
    perLabel: OVERVIEW_PER_LABEL,
    relsPerNode: OVERVIEW_RELS_PER_NODE,
    internal: [...INTERNAL_LABELS],
  },
  query: `// A first look at a database: up to $perLabel nodes of every label (but Talent Graph's $internal storage) and
// of the nodes with no label, each with up to $relsPerNode of its relationships and the nodes at their other end
CALL () {
  CALL db.labels() YIELD label
  WITH label WHERE NOT label IN $internal
  CALL (label) { MATCH (n:$(label)) RETURN n LIMIT $perLabel }
  RETURN n
  UNION
  // No index holds nodes without a label: the scan stops at the first $perLabel of them, or after
  // ${OVERVIEW_UNLABELED_SCAN} nodes (the schema still counts them all)
  MATCH (n) WITH n LIMIT ${OVERVIEW_UNLABELED_SCAN}
  WITH n WHERE size(labels(n)) = 0
  RETURN n LIMIT $perLabel
}
CALL (n) { OPTIONAL MATCH (n)-[r]-(m) RETURN r, m LIMIT $relsPerNode }
RETURN n, collect(r) AS relationships, collect(m) AS neighbours`,
};

const NODE_SET_TEXT = `// A set of nodes (by their id property, or neo4j:<elementId> for nodes without one) and every fact among them:
// not Talent Graph's own relationships $notFacts lists, which no source states (its staging; its derived talent
// flows too, unless the view being reopened drew them)
CALL () {
  // A node is ours by its id and the label its prefix names ($labelOf): a foreign :Employee {id: 'person:x'} is not
  MATCH (n) WHERE n.id IN $ids AND $labelOf[split(n.id, ':')[0]] IN labels(n) RETURN n
  UNION
  MATCH (n) WHERE elementId(n) IN $elementIds RETURN n
}
WITH collect(n) AS set
UNWIND set AS n
OPTIONAL MATCH (n)-[r]->(m) WHERE m IN set AND NOT type(r) IN $notFacts
RETURN n, r, m`;

/**
 * The node-set view of these node ids: application ids and neo4j:<elementId> ones go to their own parameter.
 * `derived`: the derived talent flows among them too (a shared link whose view drew some; it lists which).
 * The ids are sorted: one set is one query whatever order it came in (a link's, or the database's answer), so the
 * client can tell its editor still holds the scene's own query rather than text of the user's.
 */
export function nodeSetView(ids: readonly string[], derived = false): ViewQuery {
  const elementIds: string[] = [];
  const appIds: string[] = [];
  for (const id of [...ids].sort(compareIds)) {
    if (id.startsWith(ELEMENT_ID_PREFIX)) elementIds.push(id.slice(ELEMENT_ID_PREFIX.length));
    else appIds.push(id);
  }
  return {
    id: 'node-set',
    name: 'node-set',
    title: { en: 'A saved set of nodes', ar: 'مجموعة محفوظة من العقد' },
    params: {
      ids: appIds,
      labelOf: labelsByIdPrefix(),
      elementIds,
      notFacts: derived ? [...INTERNAL_REL_TYPES] : [...DERIVED_REL_TYPES, ...INTERNAL_REL_TYPES],
    },
    query: NODE_SET_TEXT,
  };
}

/** The view a name and (for node-set) ids and `derived` stand for. */
export function viewQuery(name: ViewName, ids: readonly string[] = [], derived = false): ViewQuery {
  return name === 'story' ? STORY_VIEW : name === 'overview' ? OVERVIEW_VIEW : nodeSetView(ids, derived);
}
