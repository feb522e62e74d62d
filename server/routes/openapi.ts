// GET /api/openapi.json: the OpenAPI 3.1 document, built once per app.
import { Router } from 'express';
import { buildOpenApiDocument } from '../http/openapi.js';

export function createOpenApiRouter(): Router {
  const router = Router();
  let doc: Record<string, unknown> | undefined;
  router.get('/openapi.json', (_req, res) => {
    doc ??= buildOpenApiDocument();
    res.set('Cache-Control', 'public, max-age=300').json(doc);
  });
  return router;
}
