// What the one error middleware (server/http/error-middleware.ts) makes of what Express and its parsers throw: each
// refusal names where the bad input was and what was expected.
import { describe, expect, it } from 'vitest';
import { toAppError } from '../../../server/http/error-middleware.js';

/** What Express's router throws for a path segment it cannot decode (router/lib/layer.js, decodeParam). */
function undecodable(segment: string): URIError {
  const err = new URIError(`Failed to decode param '${segment}'`) as URIError & { status: number };
  err.status = 400;
  return err;
}

describe('toAppError', () => {
  it('names the path parameter holding a malformed percent escape, and the escape', () => {
    for (const [path, segment, where] of [
      ['/api/nodes/%ZZ', '%ZZ', 'params.id'],
      ['/api/nodes/%ZZ/neighbors', '%ZZ', 'params.id'],
      ['/api/views/%E0%A4%A', '%E0%A4%A', 'params.name'],
      ['/api/nowhere/%ZZ', '%ZZ', 'params'],
    ] as const) {
      const err = toAppError(undecodable(segment), path);
      expect(err.status, path).toBe(400);
      expect(err.code, path).toBe('VALIDATION_ERROR');
      expect(err.message, path).toBe(
        `Invalid ${where}: malformed percent-encoding in "${segment}" (expected UTF-8 bytes written as % and two hex digits)`,
      );
    }
  });

  it('says a body of valid JSON that is not an object must be one, and what it is', () => {
    const strict = Object.assign(new SyntaxError('Unexpected token'), {
      type: 'entity.parse.failed',
      status: 400,
      body: ' "x"',
    });
    expect(toAppError(strict).message).toBe('Invalid body: the request body must be a JSON object, got "x"');
    const broken = Object.assign(new SyntaxError('Unexpected end'), {
      type: 'entity.parse.failed',
      status: 400,
      body: '{"query": ',
    });
    expect(toAppError(broken)).toMatchObject({
      code: 'INVALID_JSON',
      message: 'The request body is not valid JSON.',
    });
  });
});
