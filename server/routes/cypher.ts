// POST /api/cypher: user Cypher, read-only unless the write token is presented. Answers plain JSON for the client
// (Accept: application/json, the default) or the Neo4j Query API's typed JSON (Accept: application/vnd.neo4j.query).
import { Router, type Response } from 'express';
import { CypherRequestSchema } from '../../model/api.js';
import type { QueryApiResponse } from '../../model/api-responses.js';
import { AppError } from '../errors.js';
import { abortOnClose } from '../http/abort-on-close.js';
import { jsonBody, parseInput } from '../http/validate.js';
import type { CypherTypedResult } from '../repositories/cypher-repository.js';
import type { CypherService } from '../services/cypher-service.js';

/** The Query API's typed-JSON media types (v1.1 adds types Neo4j 5 never returns, so both answer the same). */
export const QUERY_API_MEDIA_TYPES = ['application/vnd.neo4j.query', 'application/vnd.neo4j.query.v1.1'];
/** What the endpoint can answer, the default first. */
export const CYPHER_MEDIA_TYPES = ['application/json', ...QUERY_API_MEDIA_TYPES];

/** The Query API's response envelope: data.fields/values, bookmarks, and the summary parts it has. */
export function queryApiBody(result: CypherTypedResult): QueryApiResponse {
  const { summary } = result;
  return {
    data: { fields: result.columns, values: result.values },
    // The bookmarks after this request's transaction: sent back with a later request, it reads after it.
    bookmarks: result.bookmarks,
    ...(summary.notifications.length > 0 ? { notifications: summary.notifications } : {}),
    ...(summary.counters ? { counters: summary.counters } : {}),
    ...(summary.profile !== undefined
      ? { profiledQueryPlan: summary.profile }
      : summary.plan !== undefined
        ? { queryPlan: summary.plan }
        : {}),
    // Not in the Query API: the row cap of this server may cut a result.
    truncated: summary.truncated,
  };
}

/**
 * Sends a JSON text without an ETag. An answer of this endpoint is never stored or revalidated (POST, no-store), and
 * Express hashed every body for one: a couple of milliseconds for a scene of 1,000 nodes, on the first frame's path.
 */
function sendJson(res: Response, type: string, body: unknown): void {
  const text = JSON.stringify(body);
  res.setHeader('Content-Type', `${type}; charset=utf-8`);
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
}

/** Adds the routes to `router` (by default a new one): the API registers every route on its one router. */
export function createCypherRouter(service: CypherService, router: Router = Router()): Router {
  router.post('/cypher', async (req, res) => {
    const format = req.accepts(CYPHER_MEDIA_TYPES);
    if (!format) {
      throw new AppError(
        'NOT_ACCEPTABLE',
        `Cannot answer Accept: ${req.get('accept')}. POST /api/cypher answers ${CYPHER_MEDIA_TYPES.join(', ')}.`,
        { offered: CYPHER_MEDIA_TYPES },
      );
    }
    const body = parseInput(CypherRequestSchema, jsonBody(req), 'body');
    res.set('Cache-Control', 'no-store').vary('Accept');
    const gone = abortOnClose(res);
    if (format === 'application/json') {
      sendJson(res, format, await service.run(body, req.get('authorization'), gone));
      return;
    }
    const result = await service.runTyped(body, req.get('authorization'), gone);
    sendJson(res, format, queryApiBody(result));
  });
  return router;
}
