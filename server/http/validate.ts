// Parses request input with a zod schema; failures name where the bad value was (query.limit, body.params…).
import type { Request } from 'express';
import { z } from 'zod';
import { describeValue } from '../../model/describe-value.js';
import { AppError } from '../errors.js';

export type InputPlace = 'query' | 'body' | 'params';

/** What the body of a JSON route must be. */
export const BODY_OBJECT = 'the request body must be a JSON object';

/**
 * The body of a JSON route as the JSON parser left it. A body that came but was not parsed — sent as text/plain, as a
 * form or with no Content-Type — is refused (415) as such, not read as a body without its fields.
 */
export function jsonBody(req: Request): unknown {
  const length = req.headers['content-length'];
  const came = req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
  if (req.body === undefined && came) {
    const type = req.get('content-type');
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      `The request body was not read: send Content-Type: application/json (it came ${type ? `as ${describeValue(type)}` : 'with no Content-Type'}).`,
    );
  }
  return req.body;
}

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  array: 'a list',
  object: 'an object',
};

/**
 * The issue's message, said plainly where zod's own words would not tell the user what to fix: a query parameter
 * given more than once (not "expected string, received array"), a required one left out (not "received undefined").
 */
function plainMessage(issue: z.core.$ZodIssue, place: InputPlace): string {
  const { input } = issue as { input?: unknown };
  if (
    place === 'query' &&
    issue.path.length === 1 &&
    Array.isArray(input) &&
    (issue.code === 'invalid_type' || issue.code === 'invalid_value')
  )
    return 'given more than once; expected one value';
  if (issue.code === 'invalid_type' && input === undefined && issue.message.startsWith('Invalid input:'))
    return `required, expected ${EXPECTED[issue.expected] ?? issue.expected}`;
  return issue.message;
}

/** Returns the parsed value or throws a ZodError whose paths start with the place (the error middleware words it). */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, place: InputPlace): z.output<T> {
  if (
    place === 'body' &&
    value !== undefined &&
    (typeof value !== 'object' || !value || Array.isArray(value))
  )
    throw new z.ZodError([
      {
        code: 'custom',
        path: ['body'],
        message: `${BODY_OBJECT}, got ${describeValue(value)}`,
        input: value,
      },
    ]);
  // With each issue's input: plainMessage reads what came (a list, nothing); the answer's details never carry it.
  const result = schema.safeParse(value ?? {}, { reportInput: true });
  if (result.success) return result.data;
  throw new z.ZodError(
    result.error.issues.map((issue) => {
      // An unknown parameter is named in the path too: "Invalid query.foo: Unrecognized key".
      const extra = issue.code === 'unrecognized_keys' && issue.keys.length > 0 ? [issue.keys[0]!] : [];
      const { input: _input, ...rest } = issue as z.core.$ZodIssue & { input?: unknown };
      return { ...rest, message: plainMessage(issue, place), path: [place, ...issue.path, ...extra] };
    }),
  );
}
