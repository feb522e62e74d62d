// The API's request contract as zod schemas: the server validates with them, the OpenAPI document is generated
// from them, and the client may build requests against the same types. The parameters' building blocks are in
// api-params.ts, the talent flows' requests in flows-api.ts (both re-exported here).
import { z } from 'zod';
import {
  DEFAULT_FLOW_DETAILS_PEOPLE,
  MAX_FLOW_DETAILS_PEOPLE,
  MAX_FLOW_DETAILS_REPORTS,
  MAX_FLOW_IDS,
  MAX_SOURCE_IDS,
} from './api-limits.js';
import {
  DirectionSchema,
  flagParam,
  intParam,
  listParam,
  MAX_ID_LENGTH,
  nameListParam,
  NodeIdSchema,
  PartialDateSchema,
  windowInOrder,
  type Direction,
} from './api-params.js';
import { jsonRecord } from './json-record.js';
import { CERTAINTIES, NODE_LABELS, REL_TYPES } from './labels.js';
import { decodeTimelineCursor, MAX_TIMELINE_CURSOR_LENGTH } from './timeline-cursor.js';
import { MAX_VIEW_IDS, VIEW_NAMES } from './view-queries.js';

export { DirectionSchema, MAX_ID_LENGTH, NodeIdSchema, PartialDateSchema, type Direction };
export * from './flows-api.js';

export const DEFAULT_SEARCH_LIMIT = 20;
export const MAX_SEARCH_LIMIT = 100;
export const MAX_SEARCH_QUERY_LENGTH = 200;
export const DEFAULT_NEIGHBOR_LIMIT = 100;
export const MAX_NEIGHBOR_LIMIT = 1_000;
export const DEFAULT_PATH_LENGTH = 6;
export const MAX_PATH_LENGTH = 10;
export const DEFAULT_TIMELINE_LIMIT = 2_000;
export const MAX_TIMELINE_LIMIT = 10_000;
export const MAX_CYPHER_LENGTH = 100_000;
export const MAX_PARAM_DEPTH = 32;

/** Any JSON value; one named schema so the OpenAPI document defines it once. */
export const JsonValueSchema = z.json().meta({ id: 'JsonValue', description: 'Any JSON value.' });

export const NodeLabelSchema = z.enum(NODE_LABELS);
export const RelTypeSchema = z.enum(REL_TYPES);

// ---- POST /api/cypher ----

/** How deeply a JSON value nests, counted without recursion (a hostile body can nest 100,000 levels). */
export function jsonDepth(value: unknown, stopAt = Number.POSITIVE_INFINITY): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (d > max) max = d;
    if (max > stopAt) return max;
    if (v && typeof v === 'object') for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}

/** A parameter in the Query API's typed form: an exact integer, or a float (whole or not), written as text. */
export interface TypedParam {
  $type: 'Integer' | 'Float';
  _value: string;
}
const INTEGER_TEXT = /^-?\d{1,19}$/;
const FLOAT_TEXT = /^(-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?|NaN|-?Infinity)$/;
const INT64 = { min: -(2n ** 63n), max: 2n ** 63n - 1n };

/** `v` as a typed parameter (exactly the keys $type and _value, $type Integer or Float), else null. */
export function typedParam(v: unknown): TypedParam | null {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  const keys = Object.keys(v);
  const o = v as Record<string, unknown>;
  if (keys.length !== 2 || !('$type' in o) || !('_value' in o)) return null;
  if (o.$type !== 'Integer' && o.$type !== 'Float') return null;
  // A JSON number is taken as the value's text only where JSON keeps it exactly: a whole number past 2^53 has been
  // rounded by the parser already, so it is left as a number for typedParamProblem to refuse.
  const exact = typeof o._value === 'number' && (o.$type === 'Float' || Number.isSafeInteger(o._value));
  return { $type: o.$type, _value: exact ? String(o._value) : (o._value as string) };
}

/** What is wrong with a typed parameter's value, else null. */
function typedParamProblem(p: TypedParam): string | null {
  if (typeof p._value === 'number')
    return `expected _value to be the Integer written as text: ${String(p._value)} is past the whole numbers a JSON number keeps exactly (2^53), so it was rounded already (write "9007199254740993", in quotes)`;
  if (typeof p._value !== 'string') return `expected _value to be the ${p.$type} written as text`;
  if (p.$type === 'Float')
    return FLOAT_TEXT.test(p._value)
      ? null
      : `expected _value to be a float such as "1.0", "2.5e-3" or "NaN"`;
  if (!INTEGER_TEXT.test(p._value) || BigInt(p._value) < INT64.min || BigInt(p._value) > INT64.max)
    return 'expected _value to be a whole number within 64 bits, as text (such as "9007199254740993")';
  return null;
}

/** The typed parameters among `v` that are wrong, with their paths (params.x.0). */
function typedParamIssues(v: unknown, path: string, out: { path: string; message: string }[]): void {
  // A whole JSON number past 2^53 but within 64 bits was rounded by the parser (9007199254740993 arrives as …992),
  // and as a JS number it would reach Cypher as a Float: neither its value nor its type would be the one written.
  // Past 64 bits it can only be a Float, as which it is sent.
  if (typeof v === 'number' && Number.isInteger(v) && !Number.isSafeInteger(v) && Math.abs(v) <= 2 ** 63) {
    out.push({
      path,
      message: `${path}: ${String(v)} is past the whole numbers a JSON number keeps exactly (2^53) and may be an Integer: write an Integer as {"$type": "Integer", "_value": "9007199254740993"} or a Float as {"$type": "Float", "_value": "1e20"}`,
    });
    return;
  }
  const typed = typedParam(v);
  if (typed) {
    const problem = typedParamProblem(typed);
    if (problem) out.push({ path, message: `${path}: ${problem}` });
    return;
  }
  if (Array.isArray(v)) v.forEach((x, i) => typedParamIssues(x, `${path}.${i}`, out));
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) typedParamIssues(x, `${path}.${k}`, out);
}

/**
 * Query parameters: refused before validation recurses into them when they nest too deeply. A value in the Query
 * API's typed form ({"$type": "Integer" | "Float", "_value": "…"}) is sent as that type (server/repositories/
 * cypher-repository.ts toCypherParams), and refused when its text is not one. Every key is kept, `__proto__` too
 * (json-record.ts).
 */
const ParamsSchema = z.preprocess(
  (v, ctx) => {
    if (jsonDepth(v, MAX_PARAM_DEPTH) > MAX_PARAM_DEPTH) {
      ctx.issues.push({
        code: 'custom',
        message: `expected parameters nested at most ${MAX_PARAM_DEPTH} levels deep`,
        input: v,
      });
      return z.NEVER;
    }
    const issues: { path: string; message: string }[] = [];
    if (v && typeof v === 'object' && !Array.isArray(v))
      for (const [k, x] of Object.entries(v)) typedParamIssues(x, `params.${k}`, issues);
    if (issues.length) {
      for (const i of issues) ctx.issues.push({ code: 'custom', message: i.message, input: v });
      return z.NEVER;
    }
    return v;
  },
  jsonRecord(JsonValueSchema, '#/components/schemas/JsonValue'),
);

/** The request header the built-in read endpoints take bookmarks in (comma-separated). */
export const BOOKMARKS_HEADER = 'Neo4j-Bookmarks';
/** What a Neo4j bookmark may look like (Neo4j 5 writes `FB:` and base64); anything else is refused before Neo4j. */
export const BOOKMARK_PATTERN = /^[A-Za-z0-9+/=:_.-]{1,1024}$/;
export const MAX_BOOKMARKS = 32;

export const BookmarksSchema = z
  .array(
    z
      .string({ error: 'expected a bookmark string' })
      .regex(BOOKMARK_PATTERN, 'expected a Neo4j bookmark (letters, digits and + / = : _ . -, at most 1024)'),
    { error: 'expected a list of bookmark strings' },
  )
  .max(MAX_BOOKMARKS, `expected at most ${MAX_BOOKMARKS} bookmarks`);

export const CypherRequestSchema = z
  .strictObject({
    query: z
      .string({
        error: (iss) =>
          iss.input === undefined
            ? 'required, the Cypher query as a string'
            : 'expected the Cypher query as a string',
      })
      .min(1, 'expected a non-empty Cypher query')
      .max(MAX_CYPHER_LENGTH, `expected a query of at most ${MAX_CYPHER_LENGTH} characters`)
      .refine((q) => q.trim().length > 0, 'expected a non-empty Cypher query'),
    params: ParamsSchema.optional().meta({
      description:
        'Query parameters ($name in the query). Whole numbers are sent to Neo4j as integers, other numbers as floats. A value written {"$type": "Integer", "_value": "9007199254740993"} is sent as that exact integer (past the integers a JSON number keeps), and {"$type": "Float", "_value": "1.0"} as a float.',
    }),
    limit: z
      .number({ error: 'expected an integer' })
      .int('expected an integer')
      .min(1, 'expected an integer of at least 1')
      .optional()
      .meta({
        description:
          "Rows to return at most (default and maximum: the server's row cap, 5000 unless configured).",
      }),
    mode: z.enum(['read', 'write']).default('read').meta({
      description:
        'write needs the server to have ALLOW_WRITE_TOKEN set and `Authorization: Bearer <token>`.',
    }),
    bookmarks: BookmarksSchema.optional().meta({
      description:
        'As in the Neo4j Query API: run after the transactions these bookmarks name (the `bookmarks` of an earlier answer, from any server of this database), so a read sees that write on any cluster member.',
    }),
    rows: z.enum(['full', 'refs'], { error: 'expected "full" or "refs"' }).optional().meta({
      description:
        'The plain answer’s format (Accept: application/json only; the typed format ignores it). full (format 1, the default when left out): nodes, relationships and paths in rows are written out in full. refs (format 2): the answer says `format: 2` and rows refer to them in `graph` — {"$node": id}, {"$rel": id}, {"$path": {nodes: [id…], edges: [id…]}} — with the properties the graph leaves out in `omitted`.',
    }),
  })
  .meta({ id: 'CypherRequest' });
export type CypherRequest = z.infer<typeof CypherRequestSchema>;

export const ViewParamsSchema = z.strictObject({
  name: z.enum(VIEW_NAMES, { error: `expected one of ${VIEW_NAMES.join(', ')}` }).meta({
    description:
      'story: who left Meta and where they went (the first screen on Talent Graph’s data); overview: a sample of every label with some of its relationships (the first screen on another database); node-set: the nodes named in `ids` and every relationship among them (a shared link).',
  }),
});

export const ViewRequestSchema = z
  .strictObject({
    ids: z
      .array(NodeIdSchema, { error: 'expected a list of node ids' })
      .min(1, 'expected at least one node id')
      .max(MAX_VIEW_IDS, `expected at most ${MAX_VIEW_IDS} node ids`)
      .optional()
      .meta({
        description: 'node-set only, and required there: the node ids (id property, or neo4j:<elementId>).',
      }),
    derived: z.boolean({ error: 'expected true or false' }).optional().meta({
      description:
        'node-set only: also the talent flows the seed derived among the nodes (a shared link whose view drew some); by default only the facts among them.',
    }),
    rows: CypherRequestSchema.shape.rows,
  })
  .meta({ id: 'ViewRequest' });
export type ViewRequest = z.infer<typeof ViewRequestSchema>;

// ---- GET endpoints ----

export const SearchQuerySchema = z.strictObject({
  q: z
    .string({
      error: (iss) =>
        iss.input === undefined
          ? 'required, the search text as one string'
          : 'expected the search text as one string',
    })
    .min(1, 'expected search text')
    .max(MAX_SEARCH_QUERY_LENGTH, `expected at most ${MAX_SEARCH_QUERY_LENGTH} characters`)
    .meta({
      description:
        'What the user typed: names or aliases in English or Arabic; Lucene syntax is taken literally.',
      example: 'zuckerb',
    }),
  labels: nameListParam().optional().meta({
    description:
      'Only nodes with one of these labels (comma-separated, a name holding a comma, a backtick or spaces at its ends in backticks as in Cypher; any label the database has, else 400 naming it).',
  }),
  limit: intParam(1, MAX_SEARCH_LIMIT, DEFAULT_SEARCH_LIMIT),
});
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

export const NodeParamsSchema = z.strictObject({ id: NodeIdSchema });

export const NeighborsQuerySchema = z.strictObject({
  types: nameListParam().optional().meta({
    description:
      'Only relationships of these types (comma-separated, a name holding a comma, a backtick or spaces at its ends in backticks as in Cypher; any type the database has, else 400 naming it).',
  }),
  labels: nameListParam().optional().meta({
    description:
      'Only neighbours with one of these labels (comma-separated, a name holding a comma, a backtick or spaces at its ends in backticks as in Cypher; any label the database has, else 400 naming it).',
  }),
  direction: DirectionSchema.default('both'),
  limit: intParam(1, MAX_NEIGHBOR_LIMIT, DEFAULT_NEIGHBOR_LIMIT),
});
export type NeighborsQuery = z.infer<typeof NeighborsQuerySchema>;

export const PathsQuerySchema = z.strictObject({
  from: NodeIdSchema,
  to: NodeIdSchema,
  maxLength: intParam(1, MAX_PATH_LENGTH, DEFAULT_PATH_LENGTH),
  all: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .meta({ description: 'true: every shortest path (allShortestPaths); false: one.' }),
  types: nameListParam().optional().meta({
    description:
      "Relationship types a path may use (comma-separated, a name holding a comma, a backtick or spaces at its ends in backticks as in Cypher): any type the database has, else 400 naming it. Default: on a database with Talent Graph's facts, every sourced fact type except REPORTED_BY (so paths do not run through the shared news report); on any other database, every type it has. On a database with Talent Graph's facts, TALENT_FLOW only with derived=true; on any other, its own TALENT_FLOW is one of its types.",
  }),
  derived: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .meta({
      description:
        "true: paths may also follow the derived TALENT_FLOW edges (organisation-level aggregates that no source states as a link between people); false (default): sourced facts only. On a database without Talent Graph's facts there are no derived flows: it adds nothing.",
    }),
  certainties: listParam(
    z.enum(CERTAINTIES, { error: `expected certainties among ${CERTAINTIES.join(', ')}` }),
  )
    .optional()
    .meta({
      description: `The certainties a path may step on, as the view's certainty filter shows them (comma-separated among ${CERTAINTIES.join(', ')}; empty: none). A relationship's certainty is its \`certainty\` property; a derived TALENT_FLOW without one counts as stated (on a database with Talent Graph's facts; on any other, its TALENT_FLOW is one of its own types); a relationship of our fact types without one has no source and is never followed; one of another type without one (a database that is not ours) claims no certainty and is followed whatever is asked. Default: every certainty.`,
    }),
});
// TALENT_FLOW in types without derived=true is refused on our database only (server/services/graph-service.ts): on
// another it is the graph's own type, and this schema cannot tell which database it is.
export type PathsQuery = z.infer<typeof PathsQuerySchema>;

/** Periods a talent series may have at most (a month interval over fifty years). */
export const MAX_TALENT_PERIODS = 600;
export const TALENT_INTERVALS = ['year', 'quarter', 'month'] as const;

/** A talent period's label: a year, a quarter or a month. */
export const TALENT_PERIOD_LABEL = /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/;

export const TalentQuerySchema = z
  .strictObject({
    from: PartialDateSchema.optional().meta({
      description:
        'First period (the one containing this date). Default: the earliest dated hire or departure.',
    }),
    to: PartialDateSchema.optional().meta({
      description: 'Last period (the one containing this date). Default: the latest dated hire or departure.',
    }),
    interval: z
      .enum(TALENT_INTERVALS, { error: 'expected year, quarter or month' })
      .default('year')
      .meta({ description: 'Length of each period.' }),
    divisions: flagParam(
      'true: the organisation alone, its divisions and counterparts as stated. Default false: divisions (PART_OF) roll into their parent, and a move between two divisions of one organisation is no hire or departure of it.',
    ),
    compare: NodeIdSchema.optional().meta({
      description: 'A benchmark organisation: the same series for it, over the same periods.',
      example: 'org:xai',
    }),
    detail: z.enum(['moves', 'counts'], { error: 'expected moves or counts' }).default('moves').meta({
      description:
        'moves (default): every named hire and departure with its facts and quotes in `moves`; counts: the same numbers with `moves` left empty (a large organisation has thousands) — a chart asks for counts, a click for moves.',
    }),
    kind: z.enum(['hire', 'departure'], { error: 'expected hire or departure' }).optional().meta({
      description: 'Lists only the hires or only the departures in `moves` (the counts stay whole).',
    }),
    period: z
      .string()
      .regex(TALENT_PERIOD_LABEL, { error: 'expected a period label: YYYY, YYYY-Qn or YYYY-MM' })
      .optional()
      .meta({ description: 'Lists only the moves counted in this period (its label).', example: '2025' }),
    placement: z
      .enum(['period', 'imprecise', 'undated', 'outside'], {
        error: 'expected period, imprecise, undated or outside',
      })
      .optional()
      .meta({ description: 'Lists only the moves placed so.' }),
    certainty: z.enum(['stated', 'implied'], { error: 'expected stated or implied' }).optional().meta({
      description:
        'Lists only the moves of this certainty; implied (without counterpart) leaves out a person the stated bar counts in that period (a person counts once per period and kind, stated when one of their moves there is).',
    }),
    counterpart: NodeIdSchema.optional().meta({
      description:
        'Lists only the moves from (hires) or to (departures) this organisation, in the window (not outside it).',
      example: 'org:xai',
    }),
  })
  .refine((q) => windowInOrder(q.from, q.to), {
    message: 'expected from to be on or before to',
    path: ['from'],
  });
export type TalentQuery = z.infer<typeof TalentQuerySchema>;

/** The `after` of GET /api/timeline: an earlier answer's nextAfter, read as the position it names. */
const NOT_A_CURSOR = 'expected the nextAfter of an earlier /api/timeline answer';
const TimelineCursorSchema = z
  .string()
  .max(MAX_TIMELINE_CURSOR_LENGTH, NOT_A_CURSOR)
  .transform((text, ctx) => {
    const position = decodeTimelineCursor(text);
    if (position) return position;
    ctx.addIssue({ code: 'custom', message: NOT_A_CURSOR });
    return z.NEVER;
  })
  .meta({
    description:
      'Reads on after the last row of an earlier answer: its `nextAfter`, passed back as it came (the rows strictly after it in date, kind and id order, in the window asked for).',
  });

export const TimelineQuerySchema = z
  .strictObject({
    from: PartialDateSchema.optional(),
    to: PartialDateSchema.optional(),
    limit: intParam(1, MAX_TIMELINE_LIMIT, DEFAULT_TIMELINE_LIMIT),
    after: TimelineCursorSchema.optional(),
  })
  .refine((q) => windowInOrder(q.from, q.to), {
    message: 'expected from to be on or before to',
    path: ['from'],
  });
export type TimelineQuery = z.infer<typeof TimelineQuerySchema>;

export const SourceParamsSchema = z.strictObject({
  id: NodeIdSchema.meta({
    description: 'The id of a Source node.',
    example: 'source:rosa-2025-08-29-musk-meta-talent',
  }),
});

export {
  DEFAULT_FLOW_DETAILS_PEOPLE,
  MAX_FLOW_DETAILS_PEOPLE,
  MAX_FLOW_DETAILS_REPORTS,
  MAX_FLOW_IDS,
  MAX_SOURCE_IDS,
};

export const SourcesQuerySchema = z.strictObject({
  ids: listParam(NodeIdSchema, MAX_SOURCE_IDS, 'source ids').meta({
    description: `The ids of Source nodes (comma-separated, at most ${MAX_SOURCE_IDS}); unknown ids are left out of the answer.`,
    example: 'source:rosa-2025-08-29-musk-meta-talent',
  }),
});

export const EmptyQuerySchema = z.strictObject({});
