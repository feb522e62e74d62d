// POST /api/views/:name: the explorer's named views (story, overview, node-set), answered like POST /api/cypher's
// plain JSON, under the general API rate limit instead of the Cypher endpoint's.
import { Router } from 'express';
import { ViewParamsSchema, ViewRequestSchema } from '../../model/api.js';
import { abortOnClose } from '../http/abort-on-close.js';
import { jsonBody, parseInput } from '../http/validate.js';
import type { ViewService } from '../services/view-service.js';

/** Adds the routes to `router` (by default a new one): the API registers every route on its one router. */
export function createViewsRouter(service: ViewService, router: Router = Router()): Router {
  router.post('/views/:name', async (req, res) => {
    const { name } = parseInput(ViewParamsSchema, req.params, 'params');
    const body = parseInput(ViewRequestSchema, jsonBody(req), 'body');
    res.set('Cache-Control', 'no-store');
    const gone = abortOnClose(res);
    res.json(await service.run(name, body, gone));
  });
  return router;
}
