// Mounts every API router under /api; the one place routes are registered.
import { Router } from 'express';
import type { AppContext } from '../context.js';
import { createCypherRouter } from './cypher.js';
import { createGraphRouter } from './graph.js';
import { createHealthRouter } from './health.js';
import { createOpenApiRouter } from './openapi.js';
import { createViewsRouter } from './views.js';

export function createApiRouter(ctx: AppContext): Router {
  const router = Router();
  router.use(createHealthRouter(ctx.services.health));
  router.use(createCypherRouter(ctx.services.cypher));
  router.use(createGraphRouter(ctx.services));
  router.use(createViewsRouter(ctx.services.views));
  router.use(createOpenApiRouter());
  return router;
}
