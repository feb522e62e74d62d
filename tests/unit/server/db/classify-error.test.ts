// How driver errors become the API's errors, on real neo4j-driver Neo4jError objects (as the driver builds them:
// its own codes, or Neo4j 5's status codes, https://neo4j.com/docs/status-codes/current/, with `retriable` set
// from the code); the messages are shaped like the ones Neo4j 5.26 and neo4j-driver 5.28 send.
import neo4j, { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { classifyNeo4jError, cypherPosition } from '../../../../server/db/classify-error.js';
import { AppError } from '../../../../server/errors.js';

/** A driver error as neo4j-driver-core's newError builds it (the polyfilled GQL status of a code-only error). */
const driverError = (code: string, message = 'message from the database') =>
  new Neo4jError(
    message,
    code,
    '50N42',
    `error: general processing exception - unexpected error. ${message}`,
  );

describe('classifyNeo4jError', () => {
  it('maps a database that cannot be reached or was lost to 503 DB_UNAVAILABLE, by the driver’s code', () => {
    for (const [code, message] of [
      [
        neo4j.error.SERVICE_UNAVAILABLE,
        'Failed to connect to server. Caused by: connect ECONNREFUSED 127.0.0.1:7687',
      ],
      [neo4j.error.SERVICE_UNAVAILABLE, 'Connection was closed by server'],
      [neo4j.error.SESSION_EXPIRED, 'Failed to obtain connection towards READ server.'],
      ['Neo.TransientError.General.DatabaseUnavailable', 'Database neo4j is unavailable.'],
      // The message decides nothing: a wording the driver may change still maps by its code.
      [neo4j.error.SERVICE_UNAVAILABLE, 'some future wording'],
    ] as const) {
      const err = driverError(code, message);
      expect(err.retriable, code).toBe(true);
      const e = classifyNeo4jError(err);
      expect([e.code, e.status], message).toEqual(['DB_UNAVAILABLE', 503]);
      expect(e.details).toEqual({ neo4jCode: code });
    }
  });

  it('maps the pool’s own codeless errors (acquisition timed out, pool closed) to 503, and no other codeless one', () => {
    const acquisition = driverError(
      'N/A',
      'Connection acquisition timed out in 60000 ms. Pool status: Active conn count = 1, Idle conn count = 0.',
    );
    expect(acquisition.retriable).toBe(false);
    for (const err of [
      acquisition,
      driverError('N/A', 'Pool is closed, it is no more able to serve requests.'),
    ]) {
      const e = classifyNeo4jError(err);
      expect([e.code, e.status], err.message).toEqual(['DB_UNAVAILABLE', 503]);
    }
    // The same words under a database's code are that code's error, not an outage.
    const syntax = classifyNeo4jError(driverError('Neo.ClientError.Statement.SyntaxError', 'Pool is closed'));
    expect(syntax.code).toBe('CYPHER_ERROR');
    expect(classifyNeo4jError(driverError('N/A', 'No connection available')).code).toBe('INTERNAL');
  });

  it('maps what the driver marks retriable but names no outage (a deadlock) to 503, so the client tries again', () => {
    const err = driverError(
      'Neo.TransientError.Transaction.DeadlockDetected',
      'ForsetiClient can’t acquire…',
    );
    expect(neo4j.isRetriableError(err)).toBe(true);
    const e = classifyNeo4jError(err);
    expect([e.code, e.status]).toEqual(['DB_UNAVAILABLE', 503]);
    expect(e.message).toMatch(/try again/);
    expect(e.message).not.toMatch(/Forseti/);
  });

  it('maps a transaction timeout and a terminated query to 504 QUERY_TIMEOUT', () => {
    for (const code of [
      'Neo.ClientError.Transaction.TransactionTimedOut',
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      'Neo.ClientError.Transaction.Terminated',
      'Neo.TransientError.Transaction.Terminated',
      'Neo.ClientError.Transaction.LockClientStopped',
    ]) {
      const e = classifyNeo4jError(driverError(code));
      expect([e.code, e.status], code).toEqual(['QUERY_TIMEOUT', 504]);
    }
  });

  it('maps a refused write to 403 READ_ONLY, and a failed login to 503', () => {
    for (const code of ['Neo.ClientError.Statement.AccessMode', 'Neo.ClientError.Security.Forbidden']) {
      const e = classifyNeo4jError(driverError(code));
      expect([e.code, e.status], code).toEqual(['READ_ONLY', 403]);
    }
    const login = classifyNeo4jError(driverError('Neo.ClientError.Security.Unauthorized', 'bad credentials'));
    expect([login.code, login.status]).toEqual(['DB_UNAVAILABLE', 503]);
    expect(login.message).toMatch(/authenticate/);
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
    // A plain error that merely mentions an outage is still unknown: only the driver's codes say so.
    expect(classifyNeo4jError(new Error('connect ECONNREFUSED 127.0.0.1:7687')).code).toBe('INTERNAL');
    expect(classifyNeo4jError(driverError('Neo.DatabaseError.General.UnknownError')).code).toBe('INTERNAL');
    const own = new AppError('NOT_FOUND', 'No such node.');
    expect(classifyNeo4jError(own)).toBe(own);
  });
});
