// How driver errors become the API's errors. The codes are Neo4j 5's status codes as the driver reports them
// (https://neo4j.com/docs/status-codes/current/); the messages are shaped like the ones Neo4j 5.26 sends.
import { describe, expect, it } from 'vitest';
import { classifyNeo4jError, cypherPosition } from '../../../../server/db/classify-error.js';
import { AppError } from '../../../../server/errors.js';

const driverError = (code: string, message = 'message from the database') =>
  Object.assign(new Error(message), { code });

describe('classifyNeo4jError', () => {
  it('maps a database that cannot be reached to 503 DB_UNAVAILABLE', () => {
    const e = classifyNeo4jError(driverError('ServiceUnavailable', 'Failed to connect to server'));
    expect([e.code, e.status]).toEqual(['DB_UNAVAILABLE', 503]);
  });

  it('maps a transaction timeout to 504 QUERY_TIMEOUT', () => {
    const e = classifyNeo4jError(
      driverError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'),
    );
    expect([e.code, e.status]).toEqual(['QUERY_TIMEOUT', 504]);
  });

  it('maps a refused write to 403 READ_ONLY', () => {
    const e = classifyNeo4jError(driverError('Neo.ClientError.Statement.AccessMode'));
    expect([e.code, e.status]).toEqual(['READ_ONLY', 403]);
  });

  it('maps both kinds of memory exhaustion to a 400 that tells the user to narrow the query', () => {
    for (const code of [
      'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
      'Neo.TransientError.General.OutOfMemoryError',
    ]) {
      const e = classifyNeo4jError(driverError(code, 'java.lang.OutOfMemoryError: Java heap space'));
      expect([e.code, e.status], code).toEqual(['CYPHER_ERROR', 400]);
      expect(e.message, code).toMatch(/memory.*LIMIT/);
      expect(e.message, code).not.toMatch(/java/);
    }
  });

  it('keeps the position of a syntax error for the editor', () => {
    const msg = "Invalid input 'RETRUN': expected a clause (line 1, column 1 (offset: 0))";
    const e = classifyNeo4jError(driverError('Neo.ClientError.Statement.SyntaxError', msg));
    expect(e.code).toBe('CYPHER_ERROR');
    expect(e.details).toMatchObject({ position: { line: 1, column: 1, offset: 0 } });
    expect(cypherPosition('no position here')).toBeUndefined();
  });

  it('maps bookmarks Neo4j refuses to 400 and bookmarks it has not reached in time to 503', () => {
    const refused = classifyNeo4jError(
      driverError('Neo.ClientError.Transaction.InvalidBookmark', 'Parsing of supplied bookmarks failed'),
    );
    expect([refused.code, refused.status]).toEqual(['BAD_REQUEST', 400]);
    expect(refused.message).toMatch(/^Invalid bookmarks: the database refused them/);
    const mixture = classifyNeo4jError(
      driverError('Neo.ClientError.Transaction.InvalidBookmarkMixture', 'x'),
    );
    expect(mixture.status).toBe(400);
    const late = classifyNeo4jError(driverError('Neo.TransientError.Transaction.BookmarkTimeout', 'y'));
    expect([late.code, late.status]).toEqual(['DB_UNAVAILABLE', 503]);
    expect(late.message).toMatch(/not reached the transactions the bookmarks name/);
  });

  it('maps anything unknown to 500 INTERNAL with a generic message, and passes AppErrors through', () => {
    const e = classifyNeo4jError(new TypeError('x is undefined at /srv/app.ts:1:1'));
    expect([e.code, e.status]).toEqual(['INTERNAL', 500]);
    expect(e.message).not.toMatch(/srv|undefined/);
    const own = new AppError('NOT_FOUND', 'No such node.');
    expect(classifyNeo4jError(own)).toBe(own);
  });
});
