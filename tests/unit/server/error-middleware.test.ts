// What the one error middleware (server/http/error-middleware.ts) makes of what Express and its parsers throw: each
// refusal names where the bad input was and what was expected.
import { describe, expect, it } from 'vitest';
import { toAppError } from '../../../server/http/error-middleware.js';

describe('toAppError', () => {
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
