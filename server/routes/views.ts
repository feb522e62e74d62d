// POST /api/views/:name: the explorer's named views (story, overview, node-set), answered like POST /api/cypher's
// plain JSON, under the general API rate limit instead of the Cypher endpoint's.
import { Router } from 'express';
import { ViewParamsSchema, ViewRequestSchema } from '../../model/api.js';
import { parseInput } from '../http/validate.js';
import type { ViewService } from '../services/view-service.js';

export function createViewsRouter(service: ViewService): Router {
  const router = Router();
  router.post('/views/:name', async (req, res) => {
    const { name } = parseInput(ViewParamsSchema, req.params, 'params');
    const body = parseInput(ViewRequestSchema, req.body, 'body');
    res.set('Cache-Control', 'no-store');
    // A client that goes away (a newer view, a closed tab) no longer wants the answer: the query is stopped.
    const gone = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) gone.abort();
    });
    res.json(await service.run(name, body, gone.signal));
  });
  return router;
}
