// Request input read through a zod schema (server/http/validate.ts), worded as the error middleware sends it: each
// refusal says where (query.since), what is wrong and what was expected, never zod's own "expected string,
// received array".
import { describe, expect, it } from 'vitest';
import {
  CypherRequestSchema,
  PathsQuerySchema,
  SearchQuerySchema,
  SourcesQuerySchema,
  TimelineQuerySchema,
} from '../../../model/api.js';
import { FlowsQuerySchema } from '../../../model/flows-api.js';
import { toAppError } from '../../../server/http/error-middleware.js';
import { parseInput, type InputPlace } from '../../../server/http/validate.js';

/** The message the client gets for `value` read with `schema` at `place`. */
function refusal(
  schema: Parameters<typeof parseInput>[0],
  value: unknown,
  place: InputPlace = 'query',
): string {
  try {
    parseInput(schema, value, place);
  } catch (err) {
    return toAppError(err).message;
  }
  throw new Error('the input was accepted');
}

describe('parseInput', () => {
  it('says a parameter given more than once was, whatever its type', () => {
    expect(refusal(FlowsQuerySchema, { since: ['2025', '2024'] })).toBe(
      'Invalid query.since: given more than once; expected one value',
    );
    expect(refusal(TimelineQuerySchema, { limit: ['1', '2'] })).toBe(
      'Invalid query.limit: given more than once; expected one value',
    );
    expect(refusal(FlowsQuerySchema, { divisions: ['true', 'false'] })).toBe(
      'Invalid query.divisions: given more than once; expected one value',
    );
  });

  it('says a required parameter is required, and what it takes', () => {
    expect(refusal(SourcesQuerySchema, {})).toBe(
      'Invalid query.ids: required, a comma-separated list of source ids',
    );
    expect(refusal(PathsQuerySchema, { from: 'org:meta' })).toBe(
      'Invalid query.to: required, expected a string',
    );
    expect(refusal(SearchQuerySchema, {})).toBe('Invalid query.q: required, the search text as one string');
    expect(refusal(CypherRequestSchema, {}, 'body')).toBe(
      'Invalid body.query: required, the Cypher query as a string',
    );
    expect(refusal(CypherRequestSchema, { query: 5 }, 'body')).toBe(
      'Invalid body.query: expected the Cypher query as a string',
    );
  });

  it('still reads a list parameter given more than once as one list', () => {
    expect(parseInput(SourcesQuerySchema, { ids: ['source:a', 'source:b'] }, 'query').ids).toEqual([
      'source:a',
      'source:b',
    ]);
  });

  it('quotes a value holding characters that show as nothing with them written out', () => {
    expect(refusal(TimelineQuerySchema, { limit: '\u200E5' })).toBe(
      'Invalid query.limit: expected a whole number, got "\\u200E5"',
    );
  });
});
