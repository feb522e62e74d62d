// Each endpoint's answer by its schema in model/api-responses.ts: checked in development (a mismatch is an ApiError
// naming the endpoint and the field), trusted in a build, which then carries no zod.
import type {
  CareerResponse,
  CypherResponse,
  DegreesResponse,
  FlowDetailsResponse,
  FlowsResponse,
  NeighborsResponse,
  NodeResponse,
  PathsResponse,
  SchemaResponse,
  SearchResponse,
  SourceResponse,
  SourcesResponse,
  TalentResponse,
  TimelineResponse,
} from '../../model/api-responses.js';
import { ApiError } from './transport.js';

/** Each endpoint's answer type, by reader (model/api-responses.ts), and the name of the schema that defines it. */
export interface Answers {
  search: SearchResponse;
  node: NodeResponse;
  neighbors: NeighborsResponse;
  degrees: DegreesResponse;
  paths: PathsResponse;
  source: SourceResponse;
  sources: SourcesResponse;
  career: CareerResponse;
  flows: FlowsResponse;
  flowDetails: FlowDetailsResponse;
  timeline: TimelineResponse;
  talent: TalentResponse;
  schema: SchemaResponse;
  cypher: CypherResponse;
  view: CypherResponse;
}
const ANSWER_SCHEMAS = {
  search: 'SearchResponseSchema',
  node: 'NodeResponseSchema',
  neighbors: 'NeighborsResponseSchema',
  degrees: 'DegreesResponseSchema',
  paths: 'PathsResponseSchema',
  source: 'SourceResponseSchema',
  sources: 'SourcesResponseSchema',
  career: 'CareerResponseSchema',
  flows: 'FlowsResponseSchema',
  flowDetails: 'FlowDetailsResponseSchema',
  timeline: 'TimelineResponseSchema',
  talent: 'TalentResponseSchema',
  schema: 'SchemaResponseSchema',
  cypher: 'CypherResponseSchema',
  view: 'CypherResponseSchema',
} as const satisfies Record<keyof Answers, string>;

/** Answers are checked against their schema in development (Vite's dev server, vitest), trusted in a build. */
export const DEFAULT_VALIDATE_ANSWERS = import.meta.env?.DEV === true;

/** How many of a mismatch's problems the error names (the first ones say where the contract broke). */
const MAX_CONTRACT_ISSUES = 3;

/**
 * The answer as its endpoint's type. With `validate`, its schema checks it first: the schemas are loaded only then
 * (a separate chunk), so a production build carries no zod. A mismatch is an ApiError naming the endpoint and where.
 */
export async function readAnswer<K extends keyof Answers>(
  endpoint: K,
  body: unknown,
  validate = DEFAULT_VALIDATE_ANSWERS,
): Promise<Answers[K]> {
  if (!validate) return body as Answers[K];
  const schemas = await import('../../model/api-responses.js');
  const checked = schemas[ANSWER_SCHEMAS[endpoint]].safeParse(body);
  if (checked.success) return body as Answers[K];
  const where = checked.error.issues
    .slice(0, MAX_CONTRACT_ISSUES)
    .map((i) => `${i.path.join('.') || '(the answer)'}: ${i.message}`)
    .join('; ');
  throw new ApiError(
    200,
    'CONTRACT',
    `The server's ${endpoint} answer does not match its schema (${where}).`,
  );
}
