// GET /api/openapi.json: the OpenAPI 3.1 document, built once per app.
import { Router } from 'express';
import { buildOpenApiDocument } from '../http/openapi.js';

/** Adds the routes to `router` (by default a new one): the API registers every route on its one router. */
export function createOpenApiRouter(router: Router = Router()): Router {
  let doc: Record<string, unknown> | undefined;
  router.get('/openapi.json', (_req, res) => {
    doc ??= buildOpenApiDocument();
    res.set('Cache-Control', 'public, max-age=300').json(doc);
  });
  return router;
}
