// GET /api/health: 200 when Neo4j answers, 503 when it does not (within the database deadline).
import { Router } from 'express';
import type { HealthService } from '../services/health-service.js';

/** Adds the routes to `router` (by default a new one): the API registers every route on its one router. */
export function createHealthRouter(service: HealthService, router: Router = Router()): Router {
  router.get('/health', async (_req, res) => {
    const report = await service.check();
    res
      .status(report.status === 'ok' ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json(report);
  });
  return router;
}
