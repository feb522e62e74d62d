// The OpenAPI 3.1 document, generated from the same zod schemas the routes validate with (model/api.ts) and the
// response schemas the tests check responses against (model/api-responses.ts). A test compares it with the
// routes Express actually has, both ways.
import { z } from 'zod';
import {
  BOOKMARKS_HEADER,
  CypherRequestSchema,
  EmptyQuerySchema,
  FlowDetailsQuerySchema,
  FlowParamsSchema,
  FlowsQuerySchema,
  JsonValueSchema,
  MAX_BOOKMARKS,
  NeighborsQuerySchema,
  NodeParamsSchema,
  PathsQuerySchema,
  SearchQuerySchema,
  SourceParamsSchema,
  SourcesQuerySchema,
  TalentQuerySchema,
  TimelineQuerySchema,
  ViewParamsSchema,
  ViewRequestSchema,
} from '../../model/api.js';
import {
  CareerResponseSchema,
  CypherResponseSchema,
  DegreesResponseSchema,
  QueryApiResponseSchema,
  ErrorResponseSchema,
  FlowDetailsResponseSchema,
  FlowsResponseSchema,
  HealthResponseSchema,
  NeighborsResponseSchema,
  NodeResponseSchema,
  PathsResponseSchema,
  SchemaResponseSchema,
  SearchResponseSchema,
  SourceResponseSchema,
  SourcesResponseSchema,
  TalentResponseSchema,
  TimelineResponseSchema,
} from '../../model/api-responses.js';
import { STATUS_BY_CODE, type ErrorCode } from '../errors.js';

export interface Operation {
  method: 'get' | 'post';
  /** Express-style path under /api, e.g. `/nodes/:id`. */
  path: string;
  summary: string;
  description?: string;
  params?: z.ZodObject;
  query?: z.ZodType;
  body?: z.ZodType;
  response: z.ZodType;
  /** Error codes this operation answers besides the ones every route may (VALIDATION_ERROR, RATE_LIMITED, DB_UNAVAILABLE). */
  errors: ErrorCode[];
  okStatus?: number;
  /** Other media types the operation answers (content negotiation on Accept), each with its schema. */
  alternatives?: Record<string, z.ZodType>;
}

/**
 * A whole-number parameter is read from its text (model/api-params.ts), and zod leaves the default of a schema that
 * converts its input out of the input's JSON schema: that default is the number a client may send, so it stays.
 */
function keepNumberDefault(ctx: {
  zodSchema: z.core.$ZodTypes;
  jsonSchema: z.core.JSONSchema.BaseSchema;
}): void {
  const def = ctx.zodSchema._zod.def;
  if (def.type === 'default' && ctx.jsonSchema.default === undefined && typeof def.defaultValue === 'number')
    ctx.jsonSchema.default = def.defaultValue;
}

const JSON_OPTS = {
  io: 'input',
  unrepresentable: 'any',
  target: 'draft-2020-12',
  override: keepNumberDefault,
} as const;

export const OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: '/health',
    summary:
      'Is Neo4j reachable? Version, edition and graph size; the API process that answered (pid) and the API workers behind the port.',
    response: HealthResponseSchema,
    errors: [],
  },
  {
    method: 'post',
    path: '/cypher',
    summary: 'Run Cypher (read-only unless the write token is presented).',
    description:
      'Runs in a READ transaction, so the database refuses writes (403 READ_ONLY). The EXPLAIN plan is checked first: LOAD CSV, administration and transaction-management commands and server-managing procedures are refused (403). The plan check and the query run under the transaction timeout (QUERY_TIMEOUT_MS), enforced by the database (504); only connecting and BEGIN are held to DB_TIMEOUT_MS (503). Rows beyond the limit are not fetched; `truncated` says so. Accept: application/json (default) answers plain JSON with `types` hints; Accept: application/vnd.neo4j.query answers the Neo4j Query API’s typed JSON; any other Accept → 406. Both answers carry `bookmarks` (of this transaction); a request that sends `bookmarks` reads after them, on any server or cluster member (malformed → 400 naming body.bookmarks; one Neo4j refuses → 400 BAD_REQUEST; one it never reaches → 503 within DB_TIMEOUT_MS). A client that closes the request before the answer (Cancel) has its query stopped in the database, not run to its timeout.',
    body: CypherRequestSchema,
    response: CypherResponseSchema,
    alternatives: {
      'application/vnd.neo4j.query': QueryApiResponseSchema,
      'application/vnd.neo4j.query.v1.1': QueryApiResponseSchema,
    },
    errors: [
      'NOT_ACCEPTABLE',
      'BAD_REQUEST',
      'CYPHER_ERROR',
      'READ_ONLY',
      'FORBIDDEN',
      'UNAUTHORIZED',
      'QUERY_TIMEOUT',
      'INVALID_JSON',
      'UNSUPPORTED_MEDIA_TYPE',
      'PAYLOAD_TOO_LARGE',
    ],
  },
  {
    method: 'post',
    path: '/views/:name',
    summary:
      'Run one of the explorer’s named read-only views (story, overview, node-set) and answer like POST /api/cypher’s plain JSON.',
    description:
      'The views the explorer opens by itself — its first picture and a shared link’s set of nodes — by name, under the general API rate limit rather than the Cypher endpoint’s, with the same row cap, timeouts and answer (rows: "refs" asks for format 2). node-set needs `ids` (others take none: 400 naming body.ids). The views’ Cypher is shown in the explorer’s editor.',
    params: ViewParamsSchema,
    body: ViewRequestSchema,
    response: CypherResponseSchema,
    errors: ['CYPHER_ERROR', 'QUERY_TIMEOUT', 'INVALID_JSON', 'UNSUPPORTED_MEDIA_TYPE', 'PAYLOAD_TOO_LARGE'],
  },
  {
    method: 'get',
    path: '/search',
    summary:
      'Search by name on any Neo4j database, read-only: over names and aliases (English and Arabic), typo-tolerant and prefix-friendly, through Talent Graph’s full-text index; else through the database’s own node full-text indexes; else a bounded scan of display names (`method` says which).',
    query: SearchQuerySchema,
    response: SearchResponseSchema,
    errors: ['BAD_REQUEST'],
  },
  {
    method: 'get',
    path: '/nodes/:id',
    summary:
      'A node with every fact touching it, their evidence and sources; a node that is not Talent Graph’s (addressed as neo4j:<elementId>) with every relationship it has. 404 for an id that names no node (a deleted one too).',
    params: NodeParamsSchema,
    query: EmptyQuerySchema,
    response: NodeResponseSchema,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'get',
    path: '/nodes/:id/neighbors',
    summary:
      'A node’s neighbours, most connected first, at most `limit` (supernode guard) with the count of the rest. `types` and `labels` take any relationship type and label the database has; one it does not have is a 400 naming it.',
    params: NodeParamsSchema,
    query: NeighborsQuerySchema,
    response: NeighborsResponseSchema,
    errors: ['BAD_REQUEST', 'NOT_FOUND'],
  },
  {
    method: 'get',
    path: '/nodes/:id/degrees',
    summary:
      'A node’s relationships counted by type and direction (with the distinct neighbours at their other ends): what expanding by one type and direction would add. 404 for an id that names no node.',
    params: NodeParamsSchema,
    query: EmptyQuerySchema,
    response: DegreesResponseSchema,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'get',
    path: '/paths',
    summary:
      'Shortest path(s) between two nodes through sourced facts (derived TALENT_FLOW edges only with derived=true), as a graph plus the ordered paths and the sources their facts cite.',
    query: PathsQuerySchema,
    response: PathsResponseSchema,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'get',
    path: '/sources',
    summary:
      'Source nodes by id (without their full text): what a panel needs to cite sources it has not seen.',
    query: SourcesQuerySchema,
    response: SourcesResponseSchema,
    errors: [],
  },
  {
    method: 'get',
    path: '/sources/:id',
    summary:
      'A source’s metadata, its full text where the project holds it (else null), and each fact’s quote with start/end offsets into that text.',
    params: SourceParamsSchema,
    query: EmptyQuerySchema,
    response: SourceResponseSchema,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'get',
    path: '/people/:id/career',
    summary:
      'A person’s stints in time order, the moves between them (one per stint joined; stated only when the stint joined and a stint left are) and the evidence of each.',
    params: NodeParamsSchema,
    query: EmptyQuerySchema,
    response: CareerResponseSchema,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'get',
    path: '/flows',
    summary:
      'Company-to-company talent flows in a window: named counts split by certainty (a move is stated only when every fact behind it is), reported counts with their quotes, and the people behind them, each with the certainty of their move. Divisions roll into their parent (each person counted once); divisions=true shows their own flows.',
    query: FlowsQuerySchema,
    response: FlowsResponseSchema,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'get',
    path: '/flows/:id/details',
    summary:
      'One talent flow with the facts it was counted by, as GET /api/flows counts them: the people behind it (those named in `people`, else its first ones as the view lists them), their sourced stints at either end (at an organisation’s flow also at a division the seed rolls into an end along sourced PART_OF facts, unless divisions=true) with their evidence, the departures events behind its reported count with their sourced facts (from at the source end, to at the target end, or at a division of it), and the sources all of these cite. A panel’s read: not through POST /api/cypher or its rate limit.',
    params: FlowParamsSchema,
    query: FlowDetailsQuerySchema,
    response: FlowDetailsResponseSchema,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'get',
    path: '/orgs/:id/talent',
    summary:
      'An organisation’s hires (a stint’s start) and departures (its end) per year, quarter or month: named people and reported counts apart, each split by certainty; undated and imprecise ones counted apart; ranked sources and destinations; the people, reports and quotes behind every number; compare= adds a benchmark.',
    params: NodeParamsSchema,
    query: TalentQuerySchema,
    response: TalentResponseSchema,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'get',
    path: '/timeline',
    summary: 'Dated events and stint starts/ends in a window, in date order.',
    query: TimelineQuerySchema,
    response: TimelineResponseSchema,
    errors: [],
  },
  {
    method: 'get',
    path: '/schema',
    summary:
      'Labels, relationship types (each with its start and end labels), property keys per label and type, counts, with the model’s descriptions.',
    query: EmptyQuerySchema,
    response: SchemaResponseSchema,
    errors: [],
  },
  {
    method: 'get',
    path: '/openapi.json',
    summary: 'This document.',
    response: z.record(z.string(), JsonValueSchema),
    errors: [],
  },
];

const COMMON_ERRORS: ErrorCode[] = ['VALIDATION_ERROR', 'RATE_LIMITED', 'DB_UNAVAILABLE', 'INTERNAL'];

/** The built-in read endpoints take bookmarks (of a write made through any server) in this request header. */
const BOOKMARKS_PARAMETER = {
  name: BOOKMARKS_HEADER,
  in: 'header',
  required: false,
  description: `Comma-separated Neo4j bookmarks (the \`bookmarks\` of a POST /api/cypher answer, at most ${MAX_BOOKMARKS}): the request reads after those transactions, on any server or cluster member. Malformed → 400 naming the header; never reached → 503 within DB_TIMEOUT_MS.`,
  schema: { type: 'string' },
};

/** `/nodes/:id` → `/api/nodes/{id}`. */
export function openApiPath(expressPath: string): string {
  return `/api${expressPath.replace(/:([A-Za-z_]\w*)/g, '{$1}')}`;
}

type JsonSchema = Record<string, unknown>;

function schemaOf(s: z.ZodType): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(s, JSON_OPTS) as JsonSchema;
  return rest;
}

function parameters(schema: z.ZodType | undefined, where: 'query' | 'path'): JsonSchema[] {
  if (!schema) return [];
  const js = schemaOf(schema);
  const props = (js.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((js.required ?? []) as string[]);
  return Object.entries(props).map(([name, s]) => {
    const { description, ...rest } = s;
    const isArray = rest.type === 'array';
    return {
      name,
      in: where,
      required: where === 'path' || required.has(name),
      ...(description ? { description } : {}),
      schema: rest,
      ...(isArray ? { style: 'form', explode: false } : {}),
    };
  });
}

/**
 * JSON Schemas of every request body and response, generated together so shared definitions (GraphNode,
 * JsonValue…) become one component each, referenced as #/components/schemas/<id>.
 */
function componentSchemas(named: Map<string, z.ZodType>): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of named) registry.add(schema, { id });
  const out = z.toJSONSchema(registry, { ...JSON_OPTS, uri: (id) => `#/components/schemas/${id}` }) as {
    schemas: Record<string, JsonSchema>;
  };
  const text = JSON.stringify(out.schemas).replace(
    /#\/components\/schemas\/__shared#\/\$defs\//g,
    '#/components/schemas/',
  );
  const schemas = JSON.parse(text) as Record<string, JsonSchema>;
  const { __shared: shared, ...rest } = schemas;
  const all: Record<string, JsonSchema> = {
    ...((shared?.$defs ?? {}) as Record<string, JsonSchema>),
    ...rest,
  };
  for (const s of Object.values(all)) {
    delete s.$schema;
    delete s.$id;
  }
  return all;
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

export function buildOpenApiDocument(version = '0.1.0'): JsonSchema {
  const opId = (op: Operation) =>
    `${op.method}${op.path.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`;
  const named = new Map<string, z.ZodType>([['ErrorResponse', ErrorResponseSchema]]);
  for (const op of OPERATIONS) {
    named.set(`${opId(op)}Response`, op.response);
    for (const schema of Object.values(op.alternatives ?? {})) {
      const id = (z.globalRegistry.get(schema) as { id?: string } | undefined)?.id;
      if (id) named.set(id, schema);
    }
    if (op.body) named.set(`${opId(op)}Body`, op.body);
  }
  const components = componentSchemas(named);
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const op of OPERATIONS) {
    const responses: Record<string, JsonSchema> = {
      [String(op.okStatus ?? 200)]: {
        description: 'OK',
        content: {
          'application/json': { schema: ref(`${opId(op)}Response`) },
          ...Object.fromEntries(
            Object.entries(op.alternatives ?? {}).map(([type, schema]) => [
              type,
              { schema: ref((z.globalRegistry.get(schema) as { id: string }).id) },
            ]),
          ),
        },
      },
    };
    for (const code of [...op.errors, ...COMMON_ERRORS]) {
      const status = String(STATUS_BY_CODE[code]);
      const prev = responses[status];
      const description = prev ? `${prev.description as string}, ${code}` : `Error ${code}`;
      responses[status] = { description, content: { 'application/json': { schema: ref('ErrorResponse') } } };
    }
    const operation: JsonSchema = {
      operationId: opId(op),
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      parameters: [
        ...parameters(op.params, 'path'),
        ...parameters(op.query, 'query'),
        ...(op.method === 'get' && op.path !== '/openapi.json' ? [BOOKMARKS_PARAMETER] : []),
      ],
      responses,
    };
    if (op.body)
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: ref(`${opId(op)}Body`) } },
      };
    if (op.path === '/cypher') operation.security = [{}, { writeToken: [] }];
    (paths[openApiPath(op.path)] ??= {})[op.method] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Talent Graph API',
      version,
      description:
        'Who moved where in the AI talent war: a knowledge graph in Neo4j where every fact is traced to its source. Errors are {"error":{"code","message","details"?}}.',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        writeToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'ALLOW_WRITE_TOKEN, for POST /api/cypher with mode "write".',
        },
      },
    },
  };
}
