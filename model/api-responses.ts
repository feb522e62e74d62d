// The API's response contract as zod schemas: documented in the OpenAPI document and checked against real
// responses by the integration tests, so the document cannot drift from what the server sends.
import { z } from 'zod';
import { JsonValueSchema } from './api.js';
import { GraphDataSchema, GraphEdgeSchema, GraphNodeSchema } from './graph-schema.js';
import { CERTAINTIES } from './labels.js';
import { UNSOURCED } from './certainty.js';
import { TEXT_WRITTEN_TYPES } from './value-types.js';

const Json = JsonValueSchema;
const nullableString = z.string().nullable();

export const ErrorResponseSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string(), details: Json.optional() }) })
  .meta({ id: 'Error' });

/** Which API process answered and the workers behind the port (WEB_CONCURRENCY), as the cluster primary tells them. */
const HealthProcess = {
  pid: z.number().int().meta({ description: 'The API process that answered.' }),
  workers: z.object({ count: z.number().int(), pids: z.array(z.number().int()) }).meta({
    description: 'The API worker processes serving this port (1 and this pid without WEB_CONCURRENCY).',
  }),
};

export const HealthResponseSchema = z.union([
  z.object({
    status: z.literal('ok'),
    neo4j: z.object({ uri: z.string(), version: z.string(), edition: z.string() }),
    graph: z.object({ nodes: z.number(), relationships: z.number() }),
    ...HealthProcess,
  }),
  z.object({
    status: z.literal('unavailable'),
    error: z.object({ code: z.string(), message: z.string() }),
    ...HealthProcess,
  }),
]);

const TYPES_DESCRIPTION =
  'One object per row: the Query API type name ($type) of every value whose plain JSON does not show its type, keyed by JSON Pointer into the row (/column, /column/0, /column/properties/key; ~1 for / and ~0 for ~ in keys). Listed: Float (3.0 is written 3), Integer written as a string, Date, Time, LocalTime, DateTime (a date-time with a named zone: the typed answer’s ZonedDateTime), OffsetDateTime, LocalDateTime, Duration, Point, Base64, Node, Relationship, Path. A number without an entry is an Integer, a string without one a String.';

const CypherSummarySchema = z.object({
  rowCount: z.number().int(),
  truncated: z.boolean(),
  resultAvailableAfterMs: z.number().nullable(),
  resultConsumedAfterMs: z.number().nullable(),
  notifications: z.array(Json),
  queryType: nullableString,
  counters: z.record(z.string(), z.number()).optional(),
  plan: Json.optional().meta({
    description: 'The plan, when the query itself starts with EXPLAIN (or PROFILE: the same operators).',
  }),
  profile: Json.optional().meta({
    description:
      'The profiled plan, when the query itself starts with PROFILE: the plan’s tree (operatorType, arguments, identifiers, children) with each operator’s actual rows, dbHits, pageCacheHits, pageCacheMisses and time (numbers; 0 where Neo4j does not measure them).',
  }),
});

const CypherBookmarksSchema = z.array(z.string()).meta({
  description:
    'The bookmarks after this transaction (as in the Query API): send them as `bookmarks` (POST /api/cypher) or in the Neo4j-Bookmarks header (GET endpoints) to read after this write on any server or cluster member.',
});

/** Format 1 (the default, `rows: "full"`): every node, relationship and path in rows written out in full. */
export const CypherFullResponseSchema = z
  .object({
    columns: z.array(z.string()),
    rows: z.array(z.record(z.string(), Json)).meta({
      description:
        'One object per row, keyed by column; nodes/edges/paths appear as GraphNode/GraphEdge/{nodes,edges}. Temporals and durations are strings as Cypher’s toString() writes them; byte arrays base64; floats JSON cannot hold (NaN, Infinity, -Infinity, -0.0) and integers beyond ±(2^53 − 1) strings.',
    }),
    types: z.array(z.record(z.string(), z.string())).meta({ description: TYPES_DESCRIPTION }),
    graph: GraphDataSchema,
    summary: CypherSummarySchema,
    bookmarks: CypherBookmarksSchema,
  })
  .meta({ id: 'CypherFullResponse', description: 'Format 1: rows written in full (no `format` field).' });

/** Properties by element id. */
const PropertiesById = z.record(z.string(), z.record(z.string(), Json));

/**
 * Format 2 (`rows: "refs"`): rows refer to graph elements by id instead of repeating them; `omitted` holds what the
 * graph leaves out of them, so resolving a row (model/cypher-refs.ts) gives exactly format 1's row.
 */
export const CypherRefsResponseSchema = z
  .object({
    format: z.literal(2),
    columns: z.array(z.string()),
    rows: z.array(z.record(z.string(), Json)).meta({
      description:
        'One object per row, keyed by column, values as in format 1 except that a node is {"$node": id}, a relationship {"$rel": id} and a path {"$path": {"nodes": [id…], "edges": [id…]}}, ids of `graph`’s nodes and edges. Such a ref stands for the element with its graph properties plus its `omitted` ones.',
    }),
    types: z.array(z.record(z.string(), z.string())).meta({
      description: `${TYPES_DESCRIPTION} Pointers point into the resolved row (/n/properties/born for a node ref at /n). A ref has no Node/Relationship/Path entry (its key says it); a map of the user’s that looks like a ref (one key, $node, $rel or $path) has a Map entry.`,
    }),
    graph: GraphDataSchema,
    omitted: z.object({ nodes: PropertiesById, edges: PropertiesById }).meta({
      description:
        'The properties `graph` leaves out (searchText, aliasesText, fullText, the importedName, importedNameAr, importedKind and importedAliases records of what CSV imports added; a TALENT_FLOW’s people and fact lists) of the elements the rows refer to, by element id: only elements that have any.',
    }),
    summary: CypherSummarySchema,
    bookmarks: CypherBookmarksSchema,
  })
  .meta({
    id: 'CypherRefsResponse',
    description: 'Format 2 (request `rows: "refs"`): rows refer to graph elements by id.',
  });

/** POST /api/cypher's plain-JSON answer: format 2 when the request asked `rows: "refs"`, else format 1. */
export const CypherResponseSchema = z.union([CypherRefsResponseSchema, CypherFullResponseSchema]);

/**
 * The Neo4j Query API's type names, as POST /api/cypher writes them for Accept: application/vnd.neo4j.query: the
 * text-written ones of the plain format (TEXT_WRITTEN_TYPES), except that a date-time with a zone id is a
 * ZonedDateTime here, where the plain format's `types` call it DateTime, the name they were documented with.
 */
export const QUERY_API_TYPES = [
  'Null',
  'Boolean',
  'Integer',
  'Float',
  'String',
  'List',
  'Map',
  ...(TEXT_WRITTEN_TYPES.filter((t) => t !== 'DateTime') as Exclude<
    (typeof TEXT_WRITTEN_TYPES)[number],
    'DateTime'
  >[]),
  'ZonedDateTime',
  'Node',
  'Relationship',
  'Path',
  'Unsupported',
] as const;

export const TypedValueSchema = z.object({ $type: z.enum(QUERY_API_TYPES), _value: Json }).meta({
  id: 'TypedValue',
  description:
    'A value in the Query API’s typed JSON: Integer and Float _value are strings (exact 64-bit decimal; Java’s double form incl. NaN, Infinity, -0.0), temporals and durations as Cypher’s toString(), Point as extended WKT, Base64 for byte arrays; List and Map hold TypedValues; Node is {_element_id, _labels, _properties}, Relationship {_element_id, _start_node_element_id, _end_node_element_id, _type, _properties}, Path a List of alternating Nodes and Relationships.',
});

export const QueryApiResponseSchema = z
  .object({
    data: z.object({ fields: z.array(z.string()), values: z.array(z.array(TypedValueSchema)) }),
    bookmarks: z.array(z.string()).meta({
      description: 'The bookmarks after this transaction: send them with a later request to read after it.',
    }),
    notifications: z.array(Json).optional(),
    counters: z.record(z.string(), z.number()).optional(),
    queryPlan: Json.optional().meta({ description: 'The plan, when the query itself starts with EXPLAIN.' }),
    profiledQueryPlan: Json.optional().meta({
      description:
        'The profiled plan, when the query itself starts with PROFILE: as summary.profile of the plain answer.',
    }),
    truncated: z.boolean().meta({ description: 'Not in the Query API: rows were cut at the limit.' }),
  })
  .meta({
    id: 'QueryApiResponse',
    description:
      'POST /api/cypher with Accept: application/vnd.neo4j.query — the Neo4j Query API’s envelope.',
  });

export const SearchResponseSchema = z.object({
  query: z.string().meta({ description: 'The normalised terms searched for.' }),
  method: z.enum(['index', 'fulltext', 'scan']).meta({
    description:
      'How the database was searched, never writing to it: index — Talent Graph’s entity_search full-text index; fulltext — the node full-text indexes the database already has (SHOW FULLTEXT INDEXES); scan — no full-text index (or the database’s own found nothing): the display names (name, title, … then the first string property) of at most scanLimit nodes.',
  }),
  scanLimit: z
    .number()
    .int()
    .optional()
    .meta({ description: 'With method scan: how many nodes were looked at, at most.' }),
  scanned: z.number().int().optional().meta({
    description:
      'With method scan: how many nodes were looked at; equal to scanLimit, the database may hold more that were not (narrow with labels, or create a full-text index).',
  }),
  results: z.array(
    z.object({
      id: z.string(),
      labels: z.array(z.string()),
      name: nullableString,
      nameAr: nullableString,
      kind: nullableString,
      matched: nullableString.meta({ description: 'The stored name or alias that matched.' }),
      score: z.number(),
    }),
  ),
});

const FactSchema = z.object({
  edge: GraphEdgeSchema,
  direction: z.enum(['out', 'in']),
  other: z.string(),
  evidence: nullableString,
  evidenceEn: nullableString,
  certainty: nullableString,
  sources: z.array(z.string()),
});

export const NodeResponseSchema = z.object({
  node: GraphNodeSchema,
  facts: z.array(FactSchema),
  factCount: z.number().int(),
  truncated: z.boolean(),
  sources: z.array(GraphNodeSchema),
  graph: GraphDataSchema,
});

export const NeighborsResponseSchema = z.object({
  node: GraphNodeSchema,
  graph: GraphDataSchema,
  total: z.number().int().meta({ description: 'Neighbours matching the filters.' }),
  returned: z.number().int(),
  more: z.number().int().meta({ description: 'Neighbours left out by the limit.' }),
  degrees: z.record(z.string(), z.number()),
});

export const DegreesResponseSchema = z.object({
  node: GraphNodeSchema,
  degrees: z
    .array(
      z.object({
        type: z.string(),
        direction: z.enum(['out', 'in']).meta({
          description: 'out: the node is the relationships’ start; in: their end.',
        }),
        count: z.number().int().meta({ description: 'Relationships of this type and direction.' }),
        neighbours: z.number().int().meta({ description: 'Distinct nodes at their other ends.' }),
      }),
    )
    .meta({
      description:
        'Every relationship type touching the node, once per direction, most relationships first; expand one with GET /api/nodes/:id/neighbors?types=…&direction=….',
    }),
});

export const PathsResponseSchema = z.object({
  from: GraphNodeSchema,
  to: GraphNodeSchema,
  paths: z
    .array(z.object({ nodes: z.array(z.string()), edges: z.array(z.string()), length: z.number().int() }))
    .meta({ description: 'Node and edge ids in walking order; empty when no path is within maxLength.' }),
  maxLength: z.number().int(),
  derived: z.boolean().meta({ description: 'Whether derived TALENT_FLOW edges could be followed.' }),
  types: z.array(z.string()).meta({ description: 'The relationship types the search followed.' }),
  certainties: z.array(z.enum(CERTAINTIES)).meta({
    description: 'The certainties the search stepped on (the certainties asked for; by default all).',
  }),
  sources: z.array(GraphNodeSchema).meta({ description: 'The Source nodes the paths’ facts cite.' }),
  graph: GraphDataSchema,
});

export const SourcesResponseSchema = z.object({
  sources: z
    .array(GraphNodeSchema)
    .meta({ description: 'The Source nodes asked for that exist, by id (without their full text).' }),
});

export const SourceResponseSchema = z.object({
  source: GraphNodeSchema,
  text: nullableString.meta({
    description:
      'The source’s full verbatim text where the project holds it; null otherwise (e.g. a cited report).',
  }),
  citedBy: GraphNodeSchema.nullable().meta({ description: 'The source that cites this report, if any.' }),
  quotes: z.array(
    z.object({
      fact: z.string(),
      type: z.string(),
      from: z.string(),
      to: z.string(),
      evidence: nullableString,
      evidenceEn: nullableString,
      certainty: nullableString,
      sources: z.array(z.string()),
      start: z.number().int().nullable().meta({
        description:
          'Offset of the quote in `text`: text.slice(start, end) is the evidence; null when not located.',
      }),
      end: z.number().int().nullable(),
      exact: z.boolean().meta({
        description: 'false when the quote matched only with white space collapsed (or not at all).',
      }),
    }),
  ),
  quoteCount: z
    .number()
    .int()
    .meta({ description: 'Facts quoting or citing the source (before the limit).' }),
  truncated: z.boolean(),
});

export const TimelineResponseSchema = z.object({
  items: z.array(
    z.object({
      kind: z.enum(['event', 'stint-start', 'stint-end']),
      date: z.string().meta({
        description:
          'The date it happened; for an event reported over a period with no date of its own, the start of the period (dateKind says which).',
      }),
      dateKind: z.enum(['date', 'since']).meta({
        description:
          '`date`: the item happened at `date`; `since`: an event reported over a period that began at `date` (its `since`: e.g. "at least 14 left since January") — not a date it happened on; it ran until `until` when the source says.',
      }),
      until: nullableString.meta({
        description:
          'With dateKind `since`: the end of the reported period when the event gives it, else null.',
      }),
      id: z.string(),
      nodes: z.array(z.string()),
      nodeLabels: z.array(z.array(z.string())).meta({
        description:
          'The labels of each of `nodes`, in the same order: a client hiding a label leaves out the items about nodes of it, as it hides them.',
      }),
      stints: z.array(z.string()).meta({
        description:
          'The WORKED_AT facts the item tells, by id, the first being `id`; [] for an event. A person’s joining (or leaving) of an organisation told by several facts — one stint two sources state, a division and the organisation a stated fact places it in — on dates equal at their common precision (not one stint after the other) is one item, at the finest of them, naming each organisation once (division first, then `nodes` in the same order after the person) and listing every fact: one move, as the company dashboard counts it. It is stated only when every organisation it names is placed by a stated fact (its own stint stated, or a division’s stated stint): an organisation whose stint is only implied is an item of its own, implied.',
      }),
      stintOrgs: z.array(z.string()).meta({
        description:
          'The organisation of each of `stints`, by id, in the same order ([] for an event): a client hiding some organisations, or some facts, leaves out a stint item once every fact it tells is hidden.',
      }),
      stintCertainties: z.array(z.enum([...CERTAINTIES, UNSOURCED]).nullable()).meta({
        description:
          'The certainty of each of `stints`, in the same order ([] for an event): a client whose filters hide some of an item’s facts tells it as certain as the facts it still shows (stated while one of them is), not by `certainty`, which is that of them all. `unsourced`: a fact of ours no source backs; null: on a database that holds none of our facts (GET /api/schema’s `sourcedFacts` false), the graph’s own relationship, which claims no certainty — no certainty filter hides it.',
      }),
      stintSources: z.array(z.array(z.string())).meta({
        description:
          'The sources each of `stints` cites, by id, in the same order ([] for an event): a client hiding some facts cites only the sources of those it shows.',
      }),
      stintDates: z.array(z.string()).meta({
        description:
          'The date each of `stints` gives the item, in the same order ([] for an event): its start (end) for a move told by date, its own end for a stint of a leaving. `date` is the finest of those of the facts as certain as the item (the latest end, the coarser of two equal, for a leaving): a client hiding the facts that gave it dates the item by the facts it shows in the same way.',
      }),
      stintRoles: z.array(nullableString).meta({
        description:
          'The role each of `stints` gives (null: none), in the same order ([] for an event): `role` is the first fact’s (the item’s surest); a client hiding that fact titles the item by the role of the surest fact it still shows.',
      }),
      stintRolesAr: z.array(nullableString).meta({
        description:
          'The Arabic role of each of `stints` where the data has it (else the English one), as `stintRoles`.',
      }),
      stintInside: z.array(z.boolean()).meta({
        description:
          'Whether each of `stints` is a move within one organisation, in the same order ([] for an event): its start led into, or its end leading into, a stint at the same organisation or one a stated PART_OF relates it to by the next-stint rule (a promotion; FAIR left for Meta). An item every fact of which is one is titled a role taken up or ended ("takes a new role at", "ends a role at"), not a join or a departure, as the organisation’s dashboard with its divisions rolled in counts no hire or departure for it; a client hiding some facts titles the item by those it shows.',
      }),
      nodeNames: z.array(z.string()).meta({
        description:
          'For a stint item, the name of each of `nodes` (the person, then each organisation), in the same order; [] for an event: a client whose filters hide the facts at some organisations titles the item by the others.',
      }),
      nodeNamesAr: z.array(z.string()).meta({
        description:
          'The Arabic names of `nodes` where the data has them (else the English ones), as `nodeNames`.',
      }),
      title: z.string(),
      titleAr: z.string().meta({
        description:
          'The title in Arabic: the event’s Arabic name or summary; for a stint, the Arabic names and role where the data has them (else the English ones).',
      }),
      eventKind: nullableString,
      role: nullableString,
      roleAr: nullableString.meta({
        description: 'The role in Arabic where the data has it (else `role`); null for an event.',
      }),
      certainty: nullableString.meta({
        description:
          'stated, implied or unsourced (no source backs it); null on a database that holds none of our facts (GET /api/schema’s `sourcedFacts` false): the graph’s own, claiming no certainty.',
      }),
      sources: z.array(z.string()).meta({
        description:
          'The sources the facts behind the item cite, by id, each once: every stint’s in `stints` (in that order), or those of an event’s REPORTED_BY facts a source backs (one written by hand, with no certainty, cites nothing); [] when none cites one. A client hiding some sources hides an item only when it hides all of them.',
      }),
    }),
  ),
  truncated: z.boolean().meta({
    description:
      'true when the window (after `after`) holds more than `limit` rows: the items are the first of them, and end where no move is told in halves when the rows read show where (before every item of a date equal to the first left out at their common precision, and every item of the same move) — docs/api.md says how.',
  }),
  nextAfter: nullableString.meta({
    description:
      'With truncated: the `after` that asks for the rest (with the same `from`, `to` and `limit`): an opaque cursor naming the last row this answer holds, so the next answer holds none of them and leaves out none after it, however many rows share a date; null when nothing was left out.',
  }),
  from: nullableString,
  to: nullableString,
});

const SchemaPropertySchema = z.object({
  key: z.string(),
  types: z.array(z.string()),
  mandatory: z.boolean(),
  description: nullableString,
});

export const SchemaResponseSchema = z.object({
  labels: z.array(
    z.object({
      label: z.string().nullable().meta({
        description:
          'The label; null for the nodes that have no label at all, one entry of their own, last (Neo4j names no label so).',
      }),
      count: z.number().int(),
      description: nullableString,
      properties: z.array(SchemaPropertySchema),
    }),
  ),
  relationshipTypes: z.array(
    z.object({
      type: z.string(),
      count: z.number().int(),
      description: nullableString,
      derived: z.boolean(),
      from: z.array(z.string().nullable()).meta({
        description:
          'Start labels, sampled from up to 1,000 relationships of the type; on a database that holds Talent Graph’s sourced facts, those documented for its own types come first; null last when some sampled start node has no label.',
      }),
      to: z.array(z.string().nullable()).meta({ description: 'End labels, as `from`.' }),
      properties: z.array(SchemaPropertySchema),
    }),
  ),
  propertyKeys: z.array(z.string()),
  nodes: z.number().int().meta({
    description:
      'How many nodes the database holds (labelled or not, from the count store): whether it has data at all, which its labels cannot say when no node has one.',
  }),
  sourcedFacts: z.boolean().meta({
    description:
      'Whether the database holds Talent Graph’s sourced facts (a relationship of one of its fact types with a certainty of its own: stated or implied), never judged from label or type names. Only then are labels and types described by Talent Graph’s data model, and paths held to its rules; the client opens any other database with nodes on its schema overview.',
  }),
});

// The types of the answers: z.output of the schemas above, so the server builds what the document says and the
// client reads the same shape (no hand-written copy of either).
export type ErrorResponse = z.output<typeof ErrorResponseSchema>;
export type HealthResponse = z.output<typeof HealthResponseSchema>;
export type CypherResponse = z.output<typeof CypherResponseSchema>;
export type CypherFullResponse = z.output<typeof CypherFullResponseSchema>;
export type CypherRefsResponse = z.output<typeof CypherRefsResponseSchema>;
export type QueryApiResponse = z.output<typeof QueryApiResponseSchema>;
export type TypedValueJson = z.output<typeof TypedValueSchema>;
export type SearchResponse = z.output<typeof SearchResponseSchema>;
export type SearchResult = SearchResponse['results'][number];
export type NodeResponse = z.output<typeof NodeResponseSchema>;
export type NodeFact = NodeResponse['facts'][number];
export type NeighborsResponse = z.output<typeof NeighborsResponseSchema>;
export type DegreesResponse = z.output<typeof DegreesResponseSchema>;
export type DegreeEntry = DegreesResponse['degrees'][number];
export type PathsResponse = z.output<typeof PathsResponseSchema>;
export type SourcesResponse = z.output<typeof SourcesResponseSchema>;
export type SourceResponse = z.output<typeof SourceResponseSchema>;
export type SourceQuote = SourceResponse['quotes'][number];
export type TimelineResponse = z.output<typeof TimelineResponseSchema>;
export type TimelineItem = TimelineResponse['items'][number];
export type SchemaResponse = z.output<typeof SchemaResponseSchema>;
export type SchemaProperty = SchemaResponse['labels'][number]['properties'][number];

export { GraphDataSchema, GraphEdgeSchema, GraphNodeSchema } from './graph-schema.js';
export {
  CareerResponseSchema,
  FlowDetailsResponseSchema,
  FlowsResponseSchema,
  type CareerResponse,
  type CareerMove,
  type CareerStint,
  type Flow,
  type FlowCertainty,
  type FlowDetailsResponse,
  type FlowPerson,
  type FlowReport,
  type FlowsResponse,
} from './flow-response.js';
export { TalentResponseSchema, type TalentResponse } from './talent-response.js';
